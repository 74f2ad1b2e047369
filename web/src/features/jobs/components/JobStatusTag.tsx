// A job's status as a coloured tag: Đang chờ, Đang chạy, Đã xong, Thất bại.
import { Tag } from 'antd';
import { tagColors } from '../../../lib/theme';
import { useI18n } from '../../../lib/i18n';
import type { JobStatus } from '../../../lib/jobs/model';

const COLORS: Record<JobStatus, string> = {
  queued: tagColors.grey,
  running: tagColors.blue,
  done: tagColors.green,
  failed: tagColors.red,
};

export function JobStatusTag({ status }: { status: JobStatus }) {
  const { t } = useI18n();
  return <Tag color={COLORS[status]}>{t(`jobStatus.${status}`)}</Tag>;
}
