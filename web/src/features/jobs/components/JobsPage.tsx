// /jobs: my background jobs (imports, exports), newest first, with status and progress; a row
// opens the job page.
import { Progress, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useJobs } from '../api/list-jobs';
import { progressView } from '../lib/progress';
import type { Job } from '../../../lib/jobs/model';
import { JobStatusTag } from './JobStatusTag';

export default function JobsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('jobs.title'));
  const narrow = useIsNarrow();
  const jobs = useJobs();

  const columns: ColumnsType<Job> = [
    {
      key: 'title',
      title: t('jobs.job'),
      render: (_, j) => (
        <>
          <Link to={`/jobs/${j.id}`} className="cell-strong">
            {j.title}
          </Link>
          <div className="muted">
            {t('jobs.number', { id: j.id })} · {formatDateTime(j.created_at)}
          </div>
          {narrow && <JobStatusTag status={j.status} />}
        </>
      ),
    },
    { key: 'status', title: t('jobs.status'), responsive: ['md'], width: 130, render: (_, j) => <JobStatusTag status={j.status} /> },
    {
      key: 'progress',
      title: t('jobs.progress'),
      width: narrow ? 110 : 220,
      render: (_, j) => {
        const v = progressView(j);
        return <Progress percent={v.percent} status={v.state} size="small" aria-label={t('jobs.progressLabel', { title: j.title })} />;
      },
    },
  ];

  return (
    <>
      <PageHeader title={t('jobs.title')} description={t('jobs.description')} />
      <section aria-labelledby="jobs-list-title" className="page-section">
        <Typography.Title level={2} id="jobs-list-title" className="section-title">
          {t('jobs.list', { count: jobs.data?.jobs.length ?? 0 })}
        </Typography.Title>
        {jobs.isError && <ErrorAlert error={jobs.error} className="form-alert" />}
        <Table<Job>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={jobs.data?.jobs ?? []}
          loading={jobs.isPending}
          pagination={{ pageSize: 25, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: jobs.isPending ? t('common.loading') : t('jobs.empty') }}
          className="responsive-table"
        />
      </section>
    </>
  );
}
