// /thong-ke-vi-pham (view_violation_stats): violation counts of the period. Education users see
// them by school (records matched to a student; the share of notices handled on time); the police
// by place (every record under the commune police unit of the place); the Department and the
// observer may switch. Columns by behaviour, legal point, month or age band; rows per school (or
// place) or per supervising office. Outside a school, "—" marks a count hidden because it is under
// 5 or could be worked out from the others — the page says so.
import { Alert, Card, DatePicker, Descriptions, Flex, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { DISPLAY_DATE_FORMAT, todayIso } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useCurrentUser } from '../../../lib/session/use-current-user';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { DIMENSIONS, GROUPS, useViolationStats, VIEWS, type Stats, type StatsQuery } from '../api/get-violation-stats';
import '../violation-stats.css';

type Row = Stats['rows'][number] & { key: string };

export default function ViolationStatsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('stats.title'));
  const user = useCurrentUser();
  const police = user.roles.some((r) => r === 'traffic_police' || r === 'commune_police');
  const city = user.roles.some((r) => r === 'department' || r === 'observer');
  const today = todayIso();
  const [q, setQ] = useState<StatsQuery>({ view: police ? 'place' : 'school', by: 'behaviour', group: 'unit', from: `${today.slice(0, 4)}-01-01`, to: today });
  const stats = useViolationStats(q);
  const d = stats.data;
  const dash = (v: number | null) => (v === null ? <span aria-label={t('stats.hidden')}>—</span> : v.toLocaleString('vi-VN'));
  const columns: ColumnsType<Row> = [
    { key: 'unit', title: q.view === 'place' ? t('stats.place') : t('stats.school'), fixed: 'left', render: (_, r) => r.unit?.name ?? t('stats.noPlace') },
    ...(d?.columns ?? []).map((c, j) => ({
      key: c.key || `k${j}`,
      title: c.label,
      align: 'right' as const,
      width: 150,
      onHeaderCell: () => ({ className: 'stats-head' }),
      render: (_: unknown, r: Row) => dash(r.cells[j] ?? null),
    })),
    { key: 'total', title: t('stats.total'), align: 'right', render: (_, r) => <strong>{dash(r.total)}</strong> },
  ];
  const data: Row[] = (d?.rows ?? []).map((r, i) => ({ ...r, key: `${r.unit?.id ?? 0}-${i}` }));
  const set = (patch: Partial<StatsQuery>) => setQ((old) => ({ ...old, ...patch }));
  return (
    <>
      <PageHeader title={t('stats.title')} description={t('stats.description')} />
      <Card size="small">
        <Flex gap={12} wrap align="flex-end" className="stats-filters">
          {city && (
            <label className="toolbar-field">
              <span className="field-label">{t('stats.view')}</span>
              <Select value={q.view} onChange={(view) => set({ view })} options={VIEWS.map((v) => ({ value: v, label: labelFor(t, 'stats.viewOption', v) }))} style={{ width: 200 }} />
            </label>
          )}
          <label className="toolbar-field">
            <span className="field-label">{t('stats.by')}</span>
            <Select value={q.by} onChange={(by) => set({ by })} options={DIMENSIONS.map((v) => ({ value: v, label: labelFor(t, 'stats.byOption', v) }))} style={{ width: 200 }} />
          </label>
          {q.view === 'school' && !police && (
            <label className="toolbar-field">
              <span className="field-label">{t('stats.group')}</span>
              <Select value={q.group} onChange={(group) => set({ group })} options={GROUPS.map((v) => ({ value: v, label: labelFor(t, 'stats.groupOption', v) }))} style={{ width: 200 }} />
            </label>
          )}
          <label className="toolbar-field">
            <span className="field-label">{t('stats.from')}</span>
            <DatePicker allowClear={false} format={DISPLAY_DATE_FORMAT} value={dayjs(q.from)} onChange={(v) => v && set({ from: v.format('YYYY-MM-DD') })} />
          </label>
          <label className="toolbar-field">
            <span className="field-label">{t('stats.to')}</span>
            <DatePicker allowClear={false} format={DISPLAY_DATE_FORMAT} value={dayjs(q.to)} onChange={(v) => v && set({ to: v.format('YYYY-MM-DD') })} />
          </label>
        </Flex>
        <ErrorAlert error={stats.error} />
        {d?.suppressed && <Alert type="info" showIcon className="form-alert" title={t('stats.suppressed', { n: d.hidden })} />}
        <div className="stats-table-box" tabIndex={0} role="region" aria-label={t('stats.tableLabel')}>
        <Table<Row>
          rowKey="key"
          size="small"
          loading={stats.isFetching}
          columns={columns}
          dataSource={data}
          pagination={data.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: t('stats.none') }}
          summary={() =>
            d && d.rows.length > 0 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <strong>{t('stats.total')}</strong>
                </Table.Summary.Cell>
                {d.column_totals.map((v, j) => (
                  <Table.Summary.Cell key={j} index={j + 1} align="right">
                    {dash(v)}
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={d.columns.length + 1} align="right">
                  <strong>{dash(d.total)}</strong>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
        </div>
        {d?.timeliness && (
          <>
            <Typography.Title level={2} className="section-title">
              {t('stats.timeliness')}
            </Typography.Title>
            <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
              <Descriptions.Item label={t('stats.notices')}>{dash(d.timeliness.notices)}</Descriptions.Item>
              <Descriptions.Item label={t('stats.closed')}>{dash(d.timeliness.closed)}</Descriptions.Item>
              <Descriptions.Item label={t('stats.onTime')}>
                {d.timeliness.on_time_share === null ? dash(null) : `${Math.round(d.timeliness.on_time_share * 100)}%`}
              </Descriptions.Item>
              <Descriptions.Item label={t('stats.overdue')}>{dash(d.timeliness.overdue)}</Descriptions.Item>
            </Descriptions>
          </>
        )}
      </Card>
    </>
  );
}
