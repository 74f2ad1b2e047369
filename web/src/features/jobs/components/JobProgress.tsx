// The progress bar of one job (antd Progress with the server's percent) plus its step and rows.
import { Progress } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { progressView } from '../lib/progress';
import type { Job } from '../../../lib/jobs/model';

export function JobProgress({ job }: { job: Job }) {
  const { t } = useI18n();
  const view = progressView(job);
  return (
    <div className="job-progress">
      <Progress percent={view.percent} status={view.state} aria-label={t('jobs.progressLabel', { title: job.title })} />
      <div className="job-progress-text" aria-live="polite">
        {view.step && (
          <span>
            {t('jobs.step')}: <strong>{view.step}</strong>
          </span>
        )}
        {view.rows && <span className="job-rows">{t('jobs.rows', { rows: view.rows })}</span>}
      </div>
    </div>
  );
}
