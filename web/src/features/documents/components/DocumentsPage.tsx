// /van-ban: the unit's documents (drafts included); /van-ban/den: the inbox (box=inbox), the
// unacknowledged highlighted; /van-ban?hop=cho-xu-ly: the documents awaiting the user's step (the
// home page's count links here); /van-ban?hop=den goes to the inbox. Search by number, symbol or
// subject (accents ignored by the server), filters by status, type and year.
import { FileAddOutlined, InboxOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useCan } from '../../../lib/session/capabilities';
import { tagColors } from '../../../lib/theme';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useDocumentsById } from '../api/get-document';
import { useDocumentTypes } from '../api/list-document-types';
import { useDocuments } from '../api/list-documents';
import { DOCUMENT_STATUSES, type OfficialDocument } from '../api/model';
import { IncomingModal } from './IncomingModal';
import { NumberText, StatusTag, UrgencyTag } from './parts';
import '../documents.css';

type Mode = 'own' | 'inbox' | 'awaiting';

const STEP_ACTIONS = ['check', 'sign', 'issue'];

function yearOptions(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 8 }, (_, i) => now - i);
}

/** The date a row shows: the issue date, else the date received (a registered incoming document). */
function docDate(d: OfficialDocument): string | null {
  return d.issued_date ?? d.received_date ?? null;
}

export default function DocumentsPage({ box }: { box?: 'inbox' }) {
  const [params] = useSearchParams();
  const hop = params.get('hop');
  if (!box && hop === 'den') return <Navigate to="/van-ban/den" replace />;
  const mode: Mode = box === 'inbox' ? 'inbox' : hop === 'cho-xu-ly' ? 'awaiting' : 'own';
  return <DocumentList key={mode} mode={mode} />;
}

function DocumentList({ mode }: { mode: Mode }) {
  const { t } = useI18n();
  const can = useCan();
  const narrow = useIsNarrow();
  const navigate = useNavigate();
  const title = mode === 'inbox' ? t('doc.inboxTitle') : mode === 'awaiting' ? t('doc.awaitingTitle') : t('doc.title');
  useDocumentTitle(title);
  const [q, setQ] = useState('');
  const deferredQ = useDebouncedValue(q, 300);
  const [status, setStatus] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [pending, setPending] = useState(false);
  const [registering, setRegistering] = useState(false);
  const types = useDocumentTypes();
  const list = useDocuments({
    box: mode === 'inbox' ? 'inbox' : 'own',
    q: deferredQ,
    status: mode === 'inbox' ? (pending ? 'pending' : null) : status,
    type,
    year,
  });

  // Awaiting my step: the documents in progress, whose own answer lists check, sign or issue for me.
  const inProgress = useMemo(
    () => (mode === 'awaiting' ? (list.data?.documents ?? []).filter((d) => d.direction === 'out' && ['draft', 'checked', 'signed'].includes(d.status)).map((d) => d.id) : []),
    [mode, list.data],
  );
  const details = useDocumentsById(inProgress);
  const detailsPending = details.some((d) => d.isPending);
  const rows = useMemo(() => {
    const all = list.data?.documents ?? [];
    if (mode !== 'awaiting') return all;
    const mine = new Set(details.flatMap((d) => (d.data && d.data.document.actions?.some((a) => STEP_ACTIONS.includes(a)) ? [d.data.document.id] : [])));
    return all.filter((d) => mine.has(d.id));
  }, [list.data, details, mode]);

  const subjectCell = (d: OfficialDocument) => (
    <>
      <div className="muted">
        {d.type_name}
        {d.illustrative ? (
          <Tag className="tag-inline" color={tagColors.grey}>
            {t('doc.illustrative')}
          </Tag>
        ) : null}
      </div>
      <Link to={`/van-ban/${d.id}`} className="doc-subject">
        {d.subject}
      </Link>
      {narrow && (
        <div className="tag-row">
          {mode === 'inbox' ? <ReceiptTag doc={d} /> : <StatusTag status={d.status} />}
          <UrgencyTag urgency={d.urgency} />
        </div>
      )}
    </>
  );

  const numberCell = (d: OfficialDocument) => (
    <>
      <NumberText doc={d} />
      {docDate(d) && <div className="muted">{formatDate(docDate(d))}</div>}
    </>
  );

  const columns: ColumnsType<OfficialDocument> =
    mode === 'inbox'
      ? [
          { key: 'incoming', title: t('doc.col.incoming'), width: 80, responsive: ['md'], render: (_, d) => d.incoming?.incoming_number ?? '' },
          { key: 'number', title: t('doc.col.number'), width: narrow ? 120 : 170, render: (_, d) => numberCell(d) },
          { key: 'sender', title: t('doc.col.sender'), responsive: ['lg'], render: (_, d) => (d.direction === 'in' ? d.sender_name : d.unit_name) },
          { key: 'subject', title: t('doc.col.subject'), render: (_, d) => subjectCell(d) },
          {
            key: 'receipt',
            title: t('doc.col.receipt'),
            responsive: ['md'],
            render: (_, d) => (
              <span className="tag-row">
                <ReceiptTag doc={d} />
                <UrgencyTag urgency={d.urgency} />
              </span>
            ),
          },
        ]
      : [
          { key: 'number', title: t('doc.col.number'), width: narrow ? 120 : 170, render: (_, d) => numberCell(d) },
          { key: 'subject', title: t('doc.col.subject'), render: (_, d) => subjectCell(d) },
          {
            key: 'status',
            title: t('doc.col.status'),
            responsive: ['md'],
            width: 170,
            render: (_, d) => (
              <span className="tag-row">
                <StatusTag status={d.status} />
                <UrgencyTag urgency={d.urgency} />
              </span>
            ),
          },
        ];

  const description = mode === 'inbox' ? t('doc.inboxDescription') : mode === 'awaiting' ? t('doc.awaitingDescription') : t('doc.description');
  const extra = (
    <Flex gap={8} wrap>
      {mode === 'inbox' && can('draft_documents') && (
        <Button icon={<InboxOutlined aria-hidden />} onClick={() => setRegistering(true)}>
          {t('doc.registerIncoming')}
        </Button>
      )}
      {mode !== 'inbox' && can('draft_documents') && (
        <Button type="primary" icon={<FileAddOutlined aria-hidden />} onClick={() => navigate('/van-ban/moi')}>
          {t('doc.new')}
        </Button>
      )}
    </Flex>
  );

  return (
    <>
      <PageHeader title={title} description={description} extra={extra} />
      {mode === 'awaiting' && (
        <Typography.Paragraph>
          <Link to="/van-ban">{t('doc.showAll')}</Link>
        </Typography.Paragraph>
      )}
      <Flex gap={8} wrap className="doc-filters" align="center">
        <Input
          className="doc-search"
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          placeholder={t('doc.search')}
          aria-label={t('doc.searchLabel')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        {mode === 'own' && (
          <Select
            aria-label={t('doc.filterStatus')}
            value={status ?? ''}
            onChange={(v) => setStatus(v || null)}
            options={[{ value: '', label: t('doc.allStatuses') }, ...DOCUMENT_STATUSES.map((s) => ({ value: s, label: labelFor(t, 'docStatus', s) }))]}
          />
        )}
        <Select
          aria-label={t('doc.filterType')}
          value={type ?? ''}
          onChange={(v) => setType(v || null)}
          options={[{ value: '', label: t('doc.allTypes') }, ...(types.data?.types ?? []).map((x) => ({ value: x.code, label: x.name }))]}
        />
        <Select
          aria-label={t('doc.filterYear')}
          value={year ?? 0}
          onChange={(v) => setYear(v || null)}
          options={[{ value: 0, label: t('doc.allYears') }, ...yearOptions().map((y) => ({ value: y, label: String(y) }))]}
        />
        {mode === 'inbox' && (
          <Checkbox checked={pending} onChange={(e) => setPending(e.target.checked)}>
            {t('doc.pendingOnly')}
          </Checkbox>
        )}
      </Flex>
      <ErrorAlert error={list.error} className="form-alert" />
      <Table<OfficialDocument>
        rowKey="id"
        size={narrow ? 'small' : 'middle'}
        columns={columns}
        dataSource={rows}
        loading={list.isFetching || (mode === 'awaiting' && detailsPending)}
        rowClassName={(d) => (mode === 'inbox' && d.incoming && !d.incoming.acknowledged_at ? 'doc-unacknowledged' : '')}
        locale={{ emptyText: mode === 'awaiting' ? t('doc.awaitingEmpty') : t('doc.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      />
      {registering && <IncomingModal onClose={() => setRegistering(false)} />}
    </>
  );
}

function ReceiptTag({ doc }: { doc: OfficialDocument }) {
  const { t } = useI18n();
  if (!doc.incoming) return null;
  return doc.incoming.acknowledged_at ? (
    <Tag color={tagColors.green}>{t('doc.acknowledgedShort')}</Tag>
  ) : (
    <Tag color={tagColors.orange}>{t('doc.unacknowledged')}</Tag>
  );
}
