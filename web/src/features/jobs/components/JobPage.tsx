// /jobs/:jobId: one job's progress (polled every 700 ms while queued or running), then its result
// with the result file to download, or its error with the row/column table and "Chạy lại".
// Everything comes from the server, so a reload keeps showing the job where it is.
import { AuditOutlined, DownloadOutlined, RedoOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Flex, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ErrorAlert, useErrorText } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RowErrorsTable } from '../../../components/RowErrorsTable';
import { formatDateTime } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { formatBytes, type StoredFile } from '../../../lib/files/model';
import { useJob } from '../api/get-job';
import { useRetryJob } from '../api/retry-job';
import { resultLines } from '../lib/progress';
import { auditBatchOf, type Job } from '../../../lib/jobs/model';
import { useCan } from '../../../lib/session/capabilities';
import { JobProgress } from './JobProgress';
import { JobStatusTag } from './JobStatusTag';

function FileLink({ file, label }: { file: StoredFile; label: string }) {
  const { lang } = useI18n();
  return (
    <a href={file.download_url} download={file.name} className="file-name">
      <DownloadOutlined aria-hidden /> {label} <span className="muted">({file.name}, {formatBytes(file.size, lang)})</span>
    </a>
  );
}

function JobResult({ job }: { job: Job }) {
  const { t } = useI18n();
  const can = useCan();
  const batch = auditBatchOf(job);
  const { message, lines } = resultLines(job.result);
  return (
    <section aria-labelledby="job-result-title" className="page-section">
      <Typography.Title level={2} id="job-result-title" className="section-title">
        {t('jobs.result')}
      </Typography.Title>
      <Alert
        type="success"
        showIcon
        title={message ?? t('jobs.doneDefault')}
        description={
          lines.length > 0 ? (
            <ul className="plain-list">
              {lines.map((l) => (
                <li key={l.key}>
                  {labelFor(t, 'jobResult', l.key)}: <strong>{l.value}</strong>
                </li>
              ))}
            </ul>
          ) : undefined
        }
      />
      {job.result_file && (
        <p className="job-download">
          <FileLink file={job.result_file} label={t('jobs.downloadResult')} />
        </p>
      )}
      {batch && can('read_audit') && (
        <p>
          <Link to={`/nhat-ky?lo=${encodeURIComponent(batch)}`}>
            <AuditOutlined aria-hidden /> {t('jobs.auditTrail')}
          </Link>
        </p>
      )}
    </section>
  );
}

function JobFailure({ job }: { job: Job }) {
  const { t } = useI18n();
  const retry = useRetryJob();
  const errorText = useErrorText();
  const rows = job.error?.rows ?? [];
  return (
    <section aria-labelledby="job-error-title" className="page-section">
      <Typography.Title level={2} id="job-error-title" className="section-title">
        {t('jobs.failed')}
      </Typography.Title>
      <Alert type="error" showIcon role="alert" title={job.error?.message || t('error.generic')} description={rows.length > 0 ? t('import.errorsHint') : undefined} />
      {rows.length > 0 && <RowErrorsTable rows={rows} />}
      <Flex gap={8} wrap align="center" className="wizard-actions">
        <Button type="primary" icon={<RedoOutlined aria-hidden />} loading={retry.isPending} onClick={() => retry.mutate(job.id)}>
          {t('jobs.retry')}
        </Button>
        {retry.isError && <span role="alert">{errorText(retry.error)}</span>}
      </Flex>
    </section>
  );
}

export default function JobPage() {
  const { t } = useI18n();
  const { jobId } = useParams();
  const id = jobId && /^\d+$/.test(jobId) ? Number(jobId) : null;
  const job = useJob(id);
  useDocumentTitle(job.data?.job.title ?? t('jobs.title'));

  if (id === null) return <Empty description={t('jobs.notFound')} />;
  if (job.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (job.isError) {
    return (
      <>
        <PageHeader title={t('jobs.title')} />
        <ErrorAlert error={job.error} />
        <p>
          <Link to="/jobs">{t('jobs.backToList')}</Link>
        </p>
      </>
    );
  }
  const j = job.data.job;
  const none = <span className="muted">{t('common.noData')}</span>;

  return (
    <>
      <PageHeader
        title={j.title}
        description={
          <>
            {t('jobs.number', { id: j.id })} · <JobStatusTag status={j.status} />
          </>
        }
        extra={<Link to="/jobs">{t('jobs.backToList')}</Link>}
      />
      <Card className="page-card">
        <JobProgress job={j} />
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          className="job-details"
          items={[
            { key: 'created', label: t('jobs.createdAt'), children: formatDateTime(j.created_at) },
            { key: 'started', label: t('jobs.startedAt'), children: j.started_at ? formatDateTime(j.started_at) : none },
            { key: 'finished', label: t('jobs.finishedAt'), children: j.finished_at ? formatDateTime(j.finished_at) : none },
            { key: 'attempts', label: t('jobs.attempts'), children: j.attempts },
            ...(j.input_file
              ? [{ key: 'input', label: t('jobs.inputFile'), children: <FileLink file={j.input_file} label={t('jobs.downloadInput')} /> }]
              : []),
          ]}
        />
      </Card>
      {j.status === 'done' && <JobResult job={j} />}
      {j.status === 'failed' && <JobFailure job={j} />}
    </>
  );
}
