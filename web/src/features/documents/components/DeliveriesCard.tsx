// For the sender of an issued document: each recipient unit with its incoming number, who opened it
// and when, who acknowledged it and when, when it was last reminded; counts above.
import { Card, Checkbox, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useDeliveries, type Delivery } from '../api/list-deliveries';

export function DeliveriesCard({ documentId }: { documentId: number }) {
  const { t } = useI18n();
  const narrow = useIsNarrow();
  const deliveries = useDeliveries(documentId, true);
  const [pendingOnly, setPendingOnly] = useState(false);
  const data = deliveries.data;
  const rows = (data?.deliveries ?? []).filter((d) => !pendingOnly || !d.acknowledged_at);
  const byAt = (name: string, at: string | null) => (at ? t('doc.byAt', { name: name || '—', time: formatDateTime(at) }) : <span className="muted">{t('doc.notYet')}</span>);
  const columns: ColumnsType<Delivery> = [
    { key: 'number', title: t('doc.col.incoming'), dataIndex: 'incoming_number', width: 80, responsive: ['md'] },
    {
      key: 'unit',
      title: t('doc.col.unit'),
      render: (_, d) => (
        <>
          <div>{d.unit_name}</div>
          {narrow && (
            <div className="muted">
              {t('doc.col.acknowledged')}: {byAt(d.acknowledged_by_name, d.acknowledged_at)}
            </div>
          )}
        </>
      ),
    },
    { key: 'opened', title: t('doc.col.opened'), responsive: ['md'], render: (_, d) => byAt(d.opened_by_name, d.opened_at) },
    { key: 'ack', title: t('doc.col.acknowledged'), responsive: ['md'], render: (_, d) => byAt(d.acknowledged_by_name, d.acknowledged_at) },
    { key: 'reminded', title: t('doc.col.reminded'), responsive: ['lg'], render: (_, d) => (d.reminded_at ? formatDateTime(d.reminded_at) : '') },
  ];
  return (
    <Card title={t('doc.deliveries')} className="doc-section" size="small">
      <ErrorAlert error={deliveries.error} />
      {data && (
        <Typography.Paragraph>
          <strong>{t('doc.deliveriesSummary', { total: data.total, opened: data.opened, acknowledged: data.acknowledged })}</strong>
        </Typography.Paragraph>
      )}
      <Checkbox checked={pendingOnly} onChange={(e) => setPendingOnly(e.target.checked)}>
        {t('doc.deliveriesFilter')}
      </Checkbox>
      <Table<Delivery>
        rowKey="unit_id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={deliveries.isPending}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      />
    </Card>
  );
}
