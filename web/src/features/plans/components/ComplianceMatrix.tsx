// The compliance matrix of a plan: units × tasks (or, for one task, units × its periods), a cell
// per report with colour, icon and words; filters by unit type (on the server), task, period and
// unit name (here); the totals; "Xuất Excel" with the same filters. Up to 1,600 units: the rows
// are paged, and the table scrolls sideways inside its own box, never the page.
import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { todayIso } from '../../../lib/dates';
import { foldedIncludes } from '../../../lib/fold';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useUnitTypes } from '../../../lib/units/get-unit-types';
import { complianceXlsxUrl, useCompliance } from '../api/get-compliance';
import { CELL_STATES } from '../lib/cell-state';
import { buildMatrix, periodsOf, totalsOf, type MatrixColumn, type MatrixRow } from '../lib/matrix';
import { periodText } from '../lib/periods';
import { StateTag } from './parts';

export function ComplianceMatrix({ planId }: { planId: number }) {
  const { t } = useI18n();
  const ids = useId();
  const [unitType, setUnitType] = useState<string | null>(null);
  const [taskId, setTaskId] = useState<number | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  // The unfiltered matrix gives the filters' options; with no unit type chosen it is the same query.
  const all = useCompliance(planId, {});
  const shown = useCompliance(planId, { unit_type: unitType });
  const types = useUnitTypes();
  const today = todayIso();

  const data = shown.data;
  const cells = useMemo(() => (data?.cells ?? []).filter((c) => (period === null || c.period === period) && (taskId === null || c.task_id === taskId)), [data, period, taskId]);
  const matrix = useMemo(() => (data ? buildMatrix({ ...data, cells }, today, taskId) : null), [data, cells, today, taskId]);
  const rows = useMemo(() => (matrix?.rows ?? []).filter((r) => !query.trim() || foldedIncludes(r.unitName, query)), [matrix, query]);
  const totals = data && (period !== null || taskId !== null) ? totalsOf(cells) : data?.totals;

  const typeCodes = [...new Set((all.data?.units ?? []).map((u) => u.type))];
  const typeName = (code: string) => types.data?.types.find((x) => x.code === code)?.name ?? '…';
  const periodOptions = periodsOf((data?.cells ?? []).filter((c) => taskId === null || c.task_id === taskId));
  const tasks = [...(all.data?.tasks ?? [])].sort((a, b) => a.ordinal - b.ordinal);

  const columnTitle = (c: MatrixColumn) =>
    c.period !== undefined ? (
      periodText(t, c.period)
    ) : (
      <div className="plan-col-head" title={c.content}>
        <div className="plan-col-no">{t('plans.matrix.colTask', { ordinal: c.ordinal })}</div>
        <div className="plan-col-content">{c.content}</div>
      </div>
    );

  const columns: ColumnsType<MatrixRow> = [
    {
      key: 'unit',
      title: t('plans.matrix.unit'),
      fixed: 'left',
      width: 200,
      render: (_, r) => (
        <>
          <div className="cell-strong">{r.unitName}</div>
          <div className="muted">{typeName(r.unitType)}</div>
        </>
      ),
    },
    ...(matrix?.columns ?? []).map((c) => ({
      key: c.key,
      title: columnTitle(c),
      width: 150,
      render: (_: unknown, r: MatrixRow) => {
        const cell = r.cells[c.key];
        if (!cell)
          return (
            <span className="muted">
              <span aria-hidden>—</span>
              <span className="sr-only">{t('plans.matrix.noAssignment')}</span>
            </span>
          );
        const state = labelFor(t, 'plans.state', cell.state);
        return (
          <Link
            to={`/ke-hoach/${planId}/nhiem-vu/${cell.shown.assignment_id}`}
            className="plan-cell-link"
            aria-label={t('plans.matrix.cellLabel', { unit: r.unitName, task: t('plans.matrix.colTask', { ordinal: c.ordinal }), period: periodText(t, cell.shown.period), state })}
          >
            <StateTag state={cell.state} compact />
            {c.period === undefined && cell.others.length > 0 && <span className="plan-cell-period">{periodText(t, cell.shown.period)}</span>}
            {cell.otherOverdue > 0 && <span className="plan-cell-more">{t('plans.matrix.moreOverdue', { count: cell.otherOverdue })}</span>}
          </Link>
        );
      },
    })),
  ];

  const filter = { unit_type: unitType, task_id: taskId, period };
  return (
    <div className="plan-matrix">
      <p className="muted">{t('plans.matrix.help')}</p>
      <div className="toolbar plan-matrix-filters">
        <div className="toolbar-field">
          <label htmlFor={`${ids}-type`} className="field-label">
            {t('plans.matrix.unitType')}
          </label>
          <Select
            id={`${ids}-type`}
            value={unitType ?? ''}
            onChange={(v) => {
              setUnitType(v || null);
              setPage(1);
            }}
            options={[{ value: '', label: t('plans.matrix.allTypes') }, ...typeCodes.map((c) => ({ value: c, label: typeName(c) }))]}
            style={{ width: 220, maxWidth: '100%' }}
          />
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${ids}-task`} className="field-label">
            {t('plans.matrix.task')}
          </label>
          <Select
            id={`${ids}-task`}
            value={taskId ?? 0}
            onChange={(v) => {
              setTaskId(v || null);
              setPeriod(null);
            }}
            options={[{ value: 0, label: t('plans.matrix.allTasks') }, ...tasks.map((x) => ({ value: x.id, label: `${t('plans.matrix.colTask', { ordinal: x.ordinal })}: ${x.content}` }))]}
            style={{ width: 260, maxWidth: '100%' }}
            popupMatchSelectWidth={false}
          />
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${ids}-period`} className="field-label">
            {t('plans.matrix.period')}
          </label>
          <Select
            id={`${ids}-period`}
            value={period ?? '*'}
            onChange={(v) => setPeriod(v === '*' ? null : v)}
            options={[{ value: '*', label: t('plans.matrix.allPeriods') }, ...periodOptions.map((p) => ({ value: p, label: periodText(t, p) }))]}
            style={{ width: 240, maxWidth: '100%' }}
          />
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${ids}-q`} className="field-label">
            {t('plans.matrix.search')}
          </label>
          <Input.Search
            id={`${ids}-q`}
            allowClear
            placeholder={t('plans.matrix.searchPlaceholder')}
            onChange={(e) => {
              setQuery(e.target.value);
              setPage(1);
            }}
            style={{ width: 220, maxWidth: '100%' }}
          />
        </div>
        <Button icon={<FileExcelOutlined aria-hidden />} href={complianceXlsxUrl(planId, filter)} download className="plan-export">
          {t('plans.matrix.export')}
        </Button>
      </div>

      {shown.isError && <ErrorAlert error={shown.error} className="form-alert" />}
      {totals && (
        <div className="plan-totals" role="group" aria-label={t('plans.matrix.title')}>
          {(['assigned', 'done', 'submitted', 'accepted', 'overdue'] as const).map((k) => (
            <Statistic key={k} title={t(`plans.totals.${k}`)} value={totals[k]} groupSeparator="." className={`plan-total plan-total-${k}`} />
          ))}
        </div>
      )}
      <Flex gap={8} wrap className="plan-legend" role="list" aria-label={t('plans.matrix.legend')}>
        {CELL_STATES.map((s) => (
          <span role="listitem" key={s}>
            <StateTag state={s} compact />
          </span>
        ))}
      </Flex>
      <Typography.Paragraph className="muted plan-count">{t('plans.matrix.units', { count: rows.length })}</Typography.Paragraph>
      <div className="plan-matrix-box">
        <Table<MatrixRow>
          rowKey="unitId"
          size="small"
          bordered
          columns={columns}
          dataSource={rows}
          loading={shown.isFetching && !shown.data}
          scroll={{ x: 'max-content' }}
          pagination={{ current: page, onChange: setPage, pageSize: 30, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: t('plans.matrix.empty') }}
          className="plan-matrix-table"
        />
      </div>
    </div>
  );
}
