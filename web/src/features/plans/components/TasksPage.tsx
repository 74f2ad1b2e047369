// /nhiem-vu (report_tasks): the plan tasks assigned to the user's unit — or, with "Trong phạm vi
// theo dõi", to every unit the user supervises — grouped by plan, with period, due date, progress
// and review; overdue ones stand out. The default view is what the home page counts (not sent or
// returned, due within 30 days). A row opens the assignment drawer (/nhiem-vu/:assignmentId).
import { Empty, Flex, Segmented, Skeleton, Switch, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQueries } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, Outlet, useLocation, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { addDays, formatDate, todayIso } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { useCan } from '../../../lib/session/capabilities';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIsNarrow } from '../../../lib/use-media-query';
import { getPlan } from '../api/get-plan';
import { useTasks } from '../api/list-tasks';
import type { Assignment } from '../api/model';
import { cellState } from '../lib/cell-state';
import { groupByPlan, inView, TASK_VIEWS, type PlanGroup, type TaskView } from '../lib/group';
import { periodText } from '../lib/periods';
import { StateTag } from './parts';
import '../plans.css';

function isView(v: string | null): v is TaskView {
  return (TASK_VIEWS as readonly string[]).includes(v ?? '');
}

function PlanTable({ group, title, all }: { group: PlanGroup; title: string; all: boolean }) {
  const { t } = useI18n();
  const narrow = useIsNarrow();
  const { search } = useLocation();
  const headingId = useId();
  const open = (a: Assignment) => `/nhiem-vu/${a.id}${search}`;
  const due = (a: Assignment) => (
    <span className={a.overdue ? 'plan-overdue' : undefined}>
      {formatDate(a.due_date)}
      {a.overdue && cellState(a) !== 'overdue' && <span className="plan-overdue-note"> ({t('plans.overdue')})</span>}
    </span>
  );
  const columns: ColumnsType<Assignment> = [
    {
      key: 'task',
      title: t('plans.col.task'),
      render: (_, a) => (
        <>
          <Link to={open(a)} className="plan-task-link">
            {a.task_content}
          </Link>
          {all && <div className="muted">{a.unit_name}</div>}
          {narrow && (
            <Flex gap={8} wrap align="center" className="plan-row-meta">
              <span>{periodText(t, a.period)}</span>
              <span>
                {t('plans.col.due')}: {due(a)}
              </span>
              <StateTag state={cellState(a)} />
            </Flex>
          )}
        </>
      ),
    },
    { key: 'period', title: t('plans.col.period'), responsive: ['md'], width: 190, render: (_, a) => periodText(t, a.period) },
    { key: 'due', title: t('plans.col.due'), responsive: ['md'], width: 150, render: (_, a) => due(a) },
    { key: 'status', title: t('plans.col.status'), responsive: ['lg'], width: 140, render: (_, a) => a.status_name },
    { key: 'review', title: t('plans.col.review'), responsive: ['md'], width: 200, render: (_, a) => <StateTag state={cellState(a)} /> },
  ];
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Flex justify="space-between" align="baseline" gap={8} wrap>
        <Typography.Title level={2} id={headingId} className="section-title plan-group-title">
          {title}
        </Typography.Title>
        <Link to={`/ke-hoach/${group.documentId}`}>{t('plans.tasks.openPlan')}</Link>
      </Flex>
      <Table<Assignment>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={group.assignments}
        rowClassName={(a) => (a.overdue ? 'plan-row-overdue' : '')}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        className="plan-tasks-table"
      />
    </section>
  );
}

export default function TasksPage() {
  const { t } = useI18n();
  useDocumentTitle(t('plans.tasks.title'));
  const can = useCan();
  const supervisor = can('review_tasks');
  const [params, setParams] = useSearchParams();
  const scope = supervisor && params.get('pham-vi') === 'tat-ca' ? 'all' : 'mine';
  const viewParam = params.get('xem');
  const view: TaskView = isView(viewParam) ? viewParam : 'todo';
  const list = useTasks(scope);
  const ids = useId();
  const horizon = addDays(todayIso(), 30);

  const shown = (list.data?.tasks ?? []).filter((a) => inView(a, view, horizon));
  const groups = groupByPlan(shown);
  const plans = useQueries({
    queries: groups.map((g) => ({ queryKey: ['plans', 'plan', g.documentId], queryFn: ({ signal }: { signal: AbortSignal }) => getPlan(g.documentId, signal), staleTime: 60_000 })),
  });
  const titleOf = (g: PlanGroup, i: number) => {
    const d = plans[i]?.data?.plan.document;
    if (!d) return t('plans.tasks.planFallback', { id: g.documentId });
    return d.number_text ? `${d.number_text} — ${d.subject}` : d.subject;
  };

  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  const views = TASK_VIEWS.filter((v) => v !== 'submitted' || supervisor);
  return (
    <div className="plan-tasks-page">
      <PageHeader title={t('plans.tasks.title')} description={scope === 'all' ? t('plans.tasks.descriptionAll') : t('plans.tasks.description')} />
      <div className="toolbar plan-toolbar">
        <div className="toolbar-field">
          <span className="field-label" id={`${ids}-view`}>
            {t('plans.tasks.view')}
          </span>
          <Segmented<TaskView>
            aria-labelledby={`${ids}-view`}
            value={view}
            onChange={(v) => update('xem', v === 'todo' ? null : v)}
            options={views.map((v) => ({ value: v, label: t(`plans.view.${v}`) }))}
          />
        </div>
        {supervisor && (
          <div className="toolbar-field plan-scope">
            <Switch id={`${ids}-scope`} checked={scope === 'all'} onChange={(on) => update('pham-vi', on ? 'tat-ca' : null)} />
            <label htmlFor={`${ids}-scope`}>{t('plans.tasks.scopeAll')}</label>
          </div>
        )}
      </div>
      <p className="muted plan-count" aria-live="polite">
        {view === 'todo' && `${t('plans.tasks.todoHelp')} `}
        {list.data && t('plans.tasks.count', { count: shown.length })}
      </p>
      {list.isError && <ErrorAlert error={list.error} className="form-alert" />}
      {list.isPending ? (
        <Skeleton active />
      ) : groups.length === 0 ? (
        <Empty description={view === 'todo' ? t('plans.tasks.emptyTodo') : t('plans.tasks.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        groups.map((g, i) => <PlanTable key={g.documentId} group={g} title={titleOf(g, i)} all={scope === 'all'} />)
      )}
      <Outlet />
    </div>
  );
}
