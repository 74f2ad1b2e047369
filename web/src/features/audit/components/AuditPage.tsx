// /nhat-ky (read_audit): the audit log, newest first, filtered by entity, user and date range, paged
// by the server's before_id cursor ("older" / "newer"); a row expands to its recorded changes.
// "Xuất nhật ký" starts an audit_export job with the current filter and opens its page.
// ?lo=job:42 limits the list to one bulk operation (a job page links here) until it is cleared.
import { ExportOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { DISPLAY_DATE_FORMAT, formatDateTime, todayIso } from '../../../lib/dates';
import { labelFor, useI18n, type Translate } from '../../../lib/i18n';
import { sortByVietnameseName } from '../../../lib/names';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUsers } from '../../../lib/users/list-users';
import { useCreateJob } from '../../../lib/jobs/create-job';
import { unitCardPath } from '../../../lib/units/use-view-date';
import { useUnitForest } from '../../../lib/units/use-unit-forest';
import type { User } from '../../../lib/users/model';
import { useAudit, type AuditEntry, type AuditFilter } from '../api/list-audit';
import { AUDIT_ENTITIES } from '../messages';

interface Lookups {
  users: ReadonlyMap<number, User>;
  unitName: (id: number) => string | undefined;
}

function detail(e: AuditEntry, key: string): string | undefined {
  const c = e.changes;
  if (c && typeof c === 'object' && !Array.isArray(c)) {
    const v = (c as Record<string, unknown>)[key];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return undefined;
}

/** The object of an entry in words: its kind, then its name (a link while it still exists). */
function AuditObject({ e, lookups, t }: { e: AuditEntry; lookups: Lookups; t: Translate }) {
  const kind = labelFor(t, 'auditEntity', e.entity);
  const id = e.entity_id;
  const numbered = id ? t('audit.numbered', { id }) : null;
  const unitLink = (unitId: number, fallback: string | null) => {
    const name = lookups.unitName(unitId) ?? fallback ?? t('audit.numbered', { id: unitId });
    return <Link to={unitCardPath(unitId, todayIso())}>{name}</Link>;
  };
  let name: ReactNode = numbered;
  if ((e.entity === 'user' || e.entity === 'session') && id) {
    const user = lookups.users.get(Number(id));
    const who = user ? <Link to={`/nguoi-dung?q=${encodeURIComponent(user.login)}`}>{user.full_name}</Link> : numbered;
    name = e.entity === 'session' ? <>{t('audit.of')} {who}</> : who;
  } else if (e.entity === 'unit' && id && /^\d+$/.test(id)) {
    name = unitLink(Number(id), detail(e, 'name') ?? null);
  } else if ((e.entity === 'unit_version' || e.entity === 'unit_event') && detail(e, 'unit_id')) {
    name = <>{numbered} · {unitLink(Number(detail(e, 'unit_id')), null)}</>;
  } else if (e.entity === 'file') {
    name = detail(e, 'name') ?? numbered;
  } else if (e.entity === 'processing_purpose') {
    name = detail(e, 'name') ?? null;
  } else if (e.entity === 'job') {
    const k = detail(e, 'kind');
    name = <>{numbered}{k ? ` · ${labelFor(t, 'auditJobKind', k)}` : ''}</>;
  } else if (e.entity === 'scheduler_task' && id) {
    name = labelFor(t, 'auditTask', id);
  } else if (e.entity === 'notification_template' && id) {
    name = labelFor(t, 'auditTemplate', id);
  } else if (e.entity === 'notification_prefs' && id) {
    const user = lookups.users.get(Number(id));
    name = user ? t('audit.sessionOf', { name: user.full_name }) : null;
  }
  return (
    <span className="audit-object">
      {kind}
      {name ? <> {name}</> : null}
    </span>
  );
}

function Changes({ changes }: { changes: unknown }) {
  const { t } = useI18n();
  if (changes === null || (typeof changes === 'object' && Object.keys(changes as object).length === 0)) {
    return <span className="muted">{t('audit.noChanges')}</span>;
  }
  return <pre className="audit-changes">{JSON.stringify(changes, null, 2)}</pre>;
}

export default function AuditPage() {
  const { t } = useI18n();
  useDocumentTitle(t('audit.title'));
  const narrow = useIsNarrow();
  const [entity, setEntity] = useState<string | null>(null);
  const [userId, setUserId] = useState<number | null>(null);
  const [from, setFrom] = useState<Dayjs | null>(null);
  const [to, setTo] = useState<Dayjs | null>(null);
  const [params, setParams] = useSearchParams();
  const batch = params.get('lo') || null;
  // Cursor stack: cursors[i] is the before_id of page i (null = newest).
  const [cursors, setCursors] = useState<(number | null)[]>([null]);

  const filter: AuditFilter = useMemo(
    () => ({
      entity: entity ?? '',
      user_id: userId,
      batch_id: batch,
      from: from ? from.format('YYYY-MM-DD') : null,
      to: to ? to.format('YYYY-MM-DD') : null,
    }),
    [entity, userId, batch, from, to],
  );
  const filterKey = JSON.stringify(filter);
  const [lastFilterKey, setLastFilterKey] = useState(filterKey);
  if (filterKey !== lastFilterKey) {
    setLastFilterKey(filterKey);
    setCursors([null]);
  }
  const page = cursors.length - 1;
  const audit = useAudit(filter, cursors[page]);
  const users = useUsers({});
  const navigate = useNavigate();
  const exportJob = useCreateJob();
  const startExport = () =>
    exportJob.mutate(
      {
        kind: 'audit_export',
        params: {
          ...(filter.entity ? { entity: filter.entity } : {}),
          ...(filter.batch_id ? { batch_id: filter.batch_id } : {}),
          ...(filter.from ? { from: filter.from } : {}),
          ...(filter.to ? { to: filter.to } : {}),
        },
      },
      { onSuccess: ({ job }) => navigate(`/jobs/${job.id}`) },
    );
  const forest = useUnitForest(todayIso()).forest;
  const lookups: Lookups = useMemo(
    () => ({
      users: new Map((users.data?.users ?? []).map((u) => [u.id, u])),
      unitName: (id: number) => forest?.byId.get(id)?.unit.name,
    }),
    [users.data, forest],
  );
  const entityOptions = useMemo(
    () =>
      AUDIT_ENTITIES.filter((c) => c !== 'token' && c !== 'calendar' && c !== 'settings')
        .map((c) => ({ value: c, label: labelFor(t, 'auditEntity', c) }))
        .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    [t],
  );
  const userOptions = useMemo(
    () => sortByVietnameseName(users.data?.users ?? [], (u) => u.full_name).map((u) => ({ value: u.id, label: `${u.full_name} (${u.login})` })),
    [users.data],
  );

  const columns: ColumnsType<AuditEntry> = [
    {
      key: 'at',
      title: t('audit.at'),
      width: narrow ? 110 : 160,
      render: (_, e) => formatDateTime(e.at),
    },
    {
      key: 'user',
      title: t('audit.user'),
      render: (_, e) => (
        <>
          <div>
            {e.user_login === null ? (
              <span className="muted">{t('audit.system')}</span>
            ) : (
              <>
                {(e.user_id !== null && lookups.users.get(e.user_id)?.full_name) || e.user_login}{' '}
                {e.user_id !== null && lookups.users.has(e.user_id) && <span className="muted">({e.user_login})</span>}
              </>
            )}
          </div>
          {narrow && (
            <div className="muted">
              {labelFor(t, 'auditAction', e.action)} · <AuditObject e={e} lookups={lookups} t={t} />
            </div>
          )}
        </>
      ),
    },
    { key: 'action', title: t('audit.action'), responsive: ['md'], render: (_, e) => labelFor(t, 'auditAction', e.action) },
    {
      key: 'entity',
      title: t('audit.entity'),
      responsive: ['md'],
      render: (_, e) => <AuditObject e={e} lookups={lookups} t={t} />,
    },
    { key: 'ip', title: t('audit.ip'), responsive: ['lg'], render: (_, e) => e.ip ?? <span className="muted">{t('common.noData')}</span> },
  ];

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        extra={
          <Button icon={<ExportOutlined aria-hidden />} onClick={startExport} loading={exportJob.isPending} title={t('audit.exportHelp')}>
            {t('audit.export')}
          </Button>
        }
      />
      {exportJob.isError && <ErrorAlert error={exportJob.error} className="form-alert" />}

      <section aria-label={t('common.filters')} className="toolbar">
        <div className="toolbar-field toolbar-grow">
          <label htmlFor="audit-entity" className="field-label">
            {t('audit.entity')}
          </label>
          <Select
            id="audit-entity"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={entity ?? undefined}
            onChange={(v) => setEntity(v ?? null)}
            options={entityOptions}
            placeholder={t('audit.entityPlaceholder')}
            style={{ width: '100%' }}
          />
        </div>
        <div className="toolbar-field toolbar-grow">
          <label htmlFor="audit-user" className="field-label">
            {t('audit.user')}
          </label>
          <Select
            id="audit-user"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={userId ?? undefined}
            onChange={(v) => setUserId(v ?? null)}
            options={userOptions}
            placeholder={t('audit.allUsers')}
            loading={users.isPending}
            style={{ width: '100%' }}
          />
        </div>
        <div className="toolbar-field">
          <label htmlFor="audit-from" className="field-label">
            {t('audit.from')}
          </label>
          <DatePicker id="audit-from" format={DISPLAY_DATE_FORMAT} value={from} onChange={setFrom} />
        </div>
        <div className="toolbar-field">
          <label htmlFor="audit-to" className="field-label">
            {t('audit.to')}
          </label>
          <DatePicker id="audit-to" format={DISPLAY_DATE_FORMAT} value={to} onChange={setTo} />
        </div>
        {batch && (
          <div className="toolbar-field">
            <span className="field-label">{t('audit.batch')}</span>
            <Flex gap={4} align="center">
              <Tag>{batch}</Tag>
              <Button
                size="small"
                type="link"
                onClick={() => {
                  params.delete('lo');
                  setParams(params, { replace: true });
                }}
              >
                {t('audit.clearBatch')}
              </Button>
            </Flex>
          </div>
        )}
      </section>

      <section aria-labelledby="audit-list-title" className="page-section">
        <Typography.Title level={2} id="audit-list-title" className="section-title">
          {t('audit.page', { page: page + 1 })}
        </Typography.Title>
        {audit.isError && <ErrorAlert error={audit.error} className="form-alert" />}
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={audit.data?.entries ?? []}
          loading={audit.isFetching}
          pagination={false}
          expandable={{
            expandedRowRender: (e) => <Changes changes={e.changes} />,
            columnTitle: <span className="sr-only">{t('audit.changes')}</span>,
          }}
          locale={{ emptyText: audit.isPending ? t('common.loading') : t('audit.empty') }}
          className="responsive-table"
        />
        <Flex gap={8} justify="flex-end" wrap className="pager">
          <Button onClick={() => setCursors([null])} disabled={page === 0}>
            {t('audit.newest')}
          </Button>
          <Button onClick={() => setCursors((c) => c.slice(0, -1))} disabled={page === 0}>
            {t('audit.newer')}
          </Button>
          <Button
            type="primary"
            onClick={() => {
              const next = audit.data?.next_before_id;
              if (next != null) setCursors((c) => [...c, next]);
            }}
            disabled={audit.data?.next_before_id == null || audit.isFetching}
          >
            {t('audit.older')}
          </Button>
        </Flex>
      </section>
    </>
  );
}
