// /tac-vu-dinh-ky (operate_system): the periodic tasks (schedule, next run, last run and status) with
// "Chạy ngay", their recent runs, the outgoing e-mail queue, and the notification templates.
import { PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { tagColors } from '../../../lib/theme';
import { ErrorAlert, useErrorText } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useEmails, type QueuedEmail } from '../api/list-emails';
import { useScheduler, type ScheduledTask, type TaskRun } from '../api/get-scheduler';
import { useRunTask } from '../api/run-task';
import { scheduleText } from '../lib/schedule';
import { RetentionSection } from './RetentionSection';
import { TemplatesSection } from './TemplatesSection';
import { useCan } from '../../../lib/session/capabilities';

const STATUS_COLORS: Record<string, string> = {
  ok: tagColors.green,
  sent: tagColors.green,
  running: tagColors.blue,
  pending: tagColors.orange,
  failed: tagColors.red,
};

function StatusTag({ status }: { status: string | null }) {
  const { t } = useI18n();
  if (!status) return <span className="muted">{t('scheduler.never')}</span>;
  return <Tag color={STATUS_COLORS[status] ?? tagColors.grey}>{labelFor(t, 'runStatus', status)}</Tag>;
}

function RunNowButton({ task }: { task: ScheduledTask }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const run = useRunTask();
  return (
    <Button
      icon={<PlayCircleOutlined aria-hidden />}
      loading={run.isPending}
      aria-label={t('scheduler.runNamed', { title: task.title })}
      onClick={() =>
        run.mutate(task.name, {
          onSuccess: (r) => message.success(r.message),
          onError: (e) => message.error(errorText(e)),
        })
      }
    >
      {t('scheduler.run')}
    </Button>
  );
}

export default function SchedulerPage() {
  const { t } = useI18n();
  const can = useCan();
  useDocumentTitle(t('scheduler.title'));
  const narrow = useIsNarrow();
  const scheduler = useScheduler();
  const emails = useEmails();
  const titles = new Map((scheduler.data?.tasks ?? []).map((task) => [task.name, task.title]));
  // Runner ids ("vm:23772:…") mean nothing to a reader: servers are numbered in order of appearance,
  // the id stays in a tooltip.
  const instances = new Map<string, number>();
  for (const r of scheduler.data?.runs ?? []) if (!instances.has(r.instance)) instances.set(r.instance, instances.size + 1);

  const taskColumns: ColumnsType<ScheduledTask> = [
    {
      key: 'task',
      title: t('scheduler.task'),
      render: (_, task) => (
        <>
          <div className="cell-strong">{task.title}</div>
          {!task.enabled && <div className="muted">{t('scheduler.disabled')}</div>}
          {narrow && (
            <div className="muted">
              {scheduleText(t, task)} · {t('scheduler.nextRun')}: {formatDateTime(task.next_run_at)}
            </div>
          )}
        </>
      ),
    },
    { key: 'schedule', title: t('scheduler.schedule'), responsive: ['md'], render: (_, task) => scheduleText(t, task) },
    { key: 'next', title: t('scheduler.nextRun'), responsive: ['md'], render: (_, task) => formatDateTime(task.next_run_at) },
    {
      key: 'last',
      title: t('scheduler.lastRun'),
      responsive: ['sm'],
      render: (_, task) => (
        <>
          <StatusTag status={task.running_on ? 'running' : task.last_status} />
          {task.last_run_at && <div className="muted">{formatDateTime(task.last_run_at)}</div>}
        </>
      ),
    },
    { key: 'actions', title: t('common.actions'), width: narrow ? 120 : 140, render: (_, task) => <RunNowButton task={task} /> },
  ];

  const runColumns: ColumnsType<TaskRun> = [
    {
      key: 'task',
      title: t('scheduler.task'),
      render: (_, r) => (
        <>
          <div>{titles.get(r.task) ?? t('scheduler.otherTask')}</div>
          <div className="muted">{formatDateTime(r.started_at)}</div>
        </>
      ),
    },
    { key: 'status', title: t('scheduler.status'), width: 120, render: (_, r) => <StatusTag status={r.status} /> },
    { key: 'summary', title: t('scheduler.summary'), responsive: ['md'], render: (_, r) => r.summary ?? <span className="muted">{t('common.noData')}</span> },
    {
      key: 'instance',
      title: t('scheduler.instance'),
      responsive: ['xl'],
      render: (_, r) => (
        <Tooltip title={t('scheduler.instanceHelp', { id: r.instance })}>
          <span tabIndex={0}>{t('scheduler.instanceN', { n: instances.get(r.instance) ?? 1 })}</span>
        </Tooltip>
      ),
    },
  ];

  const emailColumns: ColumnsType<QueuedEmail> = [
    {
      key: 'subject',
      title: t('emails.subject'),
      render: (_, e) => (
        <>
          <div>{e.subject}</div>
          <div className="muted">
            {e.to} · {formatDateTime(e.created_at)}
          </div>
        </>
      ),
    },
    { key: 'status', title: t('scheduler.status'), width: 120, render: (_, e) => <StatusTag status={e.status} /> },
    { key: 'attempts', title: t('emails.attempts'), width: 90, responsive: ['sm'], dataIndex: 'attempts' },
    {
      key: 'error',
      title: t('emails.lastError'),
      responsive: ['md'],
      render: (_, e) =>
        e.last_error ? (
          <>
            <div>{e.last_error}</div>
            {e.status === 'pending' && <div className="muted">{t('emails.nextAttempt', { at: formatDateTime(e.next_attempt_at) })}</div>}
          </>
        ) : e.sent_at ? (
          <span className="muted">{t('emails.sentAt', { at: formatDateTime(e.sent_at) })}</span>
        ) : (
          <span className="muted">{t('common.none')}</span>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('scheduler.title')} description={t('scheduler.description')} />
      <section aria-labelledby="tasks-title" className="page-section">
        <Typography.Title level={2} id="tasks-title" className="section-title">
          {t('scheduler.tasks')}
        </Typography.Title>
        {scheduler.isError && <ErrorAlert error={scheduler.error} className="form-alert" />}
        <Table<ScheduledTask>
          rowKey="name"
          size="middle"
          columns={taskColumns}
          dataSource={scheduler.data?.tasks ?? []}
          loading={scheduler.isPending}
          pagination={false}
          className="responsive-table scheduler-tasks"
        />
      </section>
      <section aria-labelledby="runs-title" className="page-section">
        <Typography.Title level={2} id="runs-title" className="section-title">
          {t('scheduler.runs')}
        </Typography.Title>
        <Table<TaskRun>
          rowKey="id"
          size="small"
          columns={runColumns}
          dataSource={scheduler.data?.runs ?? []}
          loading={scheduler.isPending}
          pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: t('scheduler.noRuns') }}
          className="responsive-table scheduler-runs"
        />
      </section>
      <section aria-labelledby="emails-title" className="page-section">
        <Typography.Title level={2} id="emails-title" className="section-title">
          {t('emails.title')}
        </Typography.Title>
        {emails.isError && <ErrorAlert error={emails.error} className="form-alert" />}
        <Table<QueuedEmail>
          rowKey="id"
          size="small"
          columns={emailColumns}
          dataSource={emails.data?.emails ?? []}
          loading={emails.isPending}
          pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: t('emails.empty') }}
          className="responsive-table"
        />
      </section>
      {can('manage_global_settings') && <RetentionSection />}
      {can('view_notification_templates') && <TemplatesSection canEdit={can('manage_global_settings')} />}
    </>
  );
}
