// What an event would change (POST /api/v1/unit-events/preview): one table of unit changes and
// one of child units moving to another parent. Narrow screens fold the detail column into the first.
import { Alert, Empty, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { tagColors } from '../../../lib/theme';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useIsNarrow } from '../../../lib/use-media-query';
import type { PreviewChange, PreviewChild, UnitEventPreview } from '../api/preview-unit-event';

const ACTION_COLORS: Record<string, string> = {
  ends: tagColors.red,
  starts: tagColors.green,
  renamed: tagColors.blue,
  moved: tagColors.teal,
  children_move: tagColors.purple,
};

/** The server's warnings (mixed unit types or managing offices), before the tables; none: nothing. */
export function PreviewWarnings({ warnings }: { warnings: readonly string[] }) {
  const { t } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="form-alert preview-warnings"
      title={t('wizard.warningsTitle')}
      description={
        warnings.length === 1 ? (
          warnings[0]
        ) : (
          <ul className="reform-steps">
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        )
      }
    />
  );
}

interface PreviewTablesProps {
  preview: UnitEventPreview;
  /** Name of a unit by id (from the tree as of the event date). */
  nameOf: (id: number | null) => string;
  headingLevel?: 2 | 3;
}

export function PreviewTables({ preview, nameOf, headingLevel = 3 }: PreviewTablesProps) {
  const { t } = useI18n();
  const narrow = useIsNarrow();

  const changeColumns: ColumnsType<PreviewChange> = [
    {
      key: 'unit',
      title: t('preview.unit'),
      render: (_, c) => (
        <>
          <div>{c.name}</div>
          <div className="muted">{c.code}</div>
          {narrow && c.detail ? <div>{c.detail}</div> : null}
        </>
      ),
    },
    {
      key: 'action',
      title: t('preview.action'),
      width: narrow ? 120 : 170,
      render: (_, c) => <Tag color={ACTION_COLORS[c.action] ?? tagColors.grey}>{labelFor(t, 'action', c.action)}</Tag>,
    },
    ...(narrow ? [] : [{ key: 'detail', title: t('preview.detail'), dataIndex: 'detail' } as const]),
  ];

  const childColumns: ColumnsType<PreviewChild> = [
    {
      key: 'child',
      title: t('preview.child'),
      render: (_, c) => (
        <>
          <div>{c.name}</div>
          <div className="muted">{c.code}</div>
        </>
      ),
    },
    {
      key: 'move',
      title: t('preview.move'),
      render: (_, c) => (
        <>
          <div>
            {t('preview.fromParent')}: {nameOf(c.from_parent_id)}
          </div>
          <div>
            {t('preview.toParent')}: {nameOf(c.to_parent_id)}
          </div>
        </>
      ),
    },
  ];

  return (
    <>
      <Typography.Title level={headingLevel} className="section-title">
        {t('preview.changes')}
      </Typography.Title>
      {preview.changes.length === 0 ? (
        <Empty description={t('preview.noChanges')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Table<PreviewChange>
          size="small"
          rowKey={(c, i) => `${c.unit_id ?? 'new'}-${c.action}-${i}`}
          columns={changeColumns}
          dataSource={preview.changes}
          pagination={false}
          className="preview-table"
        />
      )}
      <Typography.Title level={headingLevel} className="section-title">
        {t('preview.children', { count: preview.children.length })}
      </Typography.Title>
      {preview.children.length === 0 ? (
        <Empty description={t('preview.noChildren')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Table<PreviewChild>
          size="small"
          rowKey="id"
          columns={childColumns}
          dataSource={preview.children}
          pagination={preview.children.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          className="preview-table"
        />
      )}
    </>
  );
}
