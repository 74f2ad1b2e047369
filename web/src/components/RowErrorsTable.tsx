// The row/column errors of a refused file (422 error.rows, a failed job's error.rows) as a table:
// "Dòng", "Cột", "Lỗi".
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { RowError } from '../lib/api';
import { useI18n } from '../lib/i18n';
import { useIsNarrow } from '../lib/use-media-query';

type KeyedRowError = RowError & { key: number };

export function RowErrorsTable({ rows, className }: { rows: RowError[]; className?: string }) {
  const { t } = useI18n();
  const narrow = useIsNarrow();
  const data: KeyedRowError[] = rows.map((r, i) => ({ ...r, key: i }));
  const columns: ColumnsType<KeyedRowError> = [
    { key: 'row', title: t('import.row'), dataIndex: 'row', width: narrow ? 64 : 80 },
    {
      key: 'column',
      title: t('import.column'),
      width: narrow ? 110 : 160,
      render: (_, r) => (r.column ? <span className="import-column">{r.column}</span> : '—'),
    },
    { key: 'message', title: t('import.message'), dataIndex: 'message' },
  ];
  return (
    <Table<KeyedRowError>
      size="small"
      columns={columns}
      dataSource={data}
      pagination={data.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      className={['import-errors', className].filter(Boolean).join(' ')}
    />
  );
}
