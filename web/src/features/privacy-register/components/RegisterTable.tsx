// A table of the register page inside a keyboard-reachable region that scrolls sideways on narrow
// screens (the region, not antd's inner box, scrolls, so the arrow keys move it).
import { Table, type TableColumnsType } from 'antd';

const BOX_SCROLLS = { content: { overflowX: 'visible', overflowY: 'visible' } } as const;

interface Props<T> {
  label: string;
  rowKey: keyof T & string;
  columns: TableColumnsType<T>;
  rows: T[];
  loading: boolean;
  width: number;
  pageSize: number;
  empty: string;
}

export function RegisterTable<T extends object>({ label, rowKey, columns, rows, loading, width, pageSize, empty }: Props<T>) {
  return (
    <div className="privacy-table-box" tabIndex={0} role="region" aria-label={label}>
      <Table<T>
        rowKey={rowKey}
        size="small"
        className="privacy-table"
        loading={loading}
        columns={columns}
        dataSource={rows}
        scroll={{ x: width }}
        styles={BOX_SCROLLS}
        pagination={{ pageSize, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: empty }}
      />
    </div>
  );
}
