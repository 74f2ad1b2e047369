// UI strings of background jobs (/jobs), Vietnamese and English; assembled by src/app/i18n.ts.

import type { Dictionary } from '../../lib/i18n';
import type { LabelList } from '../../lib/labels';

export const jobsVi = {
  'jobs.title': 'Tác vụ nền',
  'jobs.description': 'Các tác vụ chạy nền bạn đã bắt đầu (nhập, xuất dữ liệu), mới nhất trước.',
  'jobs.list': 'Danh sách tác vụ nền ({count})',
  'jobs.empty': 'Bạn chưa có tác vụ nền nào.',
  'jobs.job': 'Tác vụ',
  'jobs.status': 'Trạng thái',
  'jobs.progress': 'Tiến độ',
  'jobs.number': 'Tác vụ số {id}',
  'jobs.notFound': 'Không tìm thấy tác vụ nền.',
  'jobs.backToList': 'Tất cả tác vụ nền',
  'jobs.progressLabel': 'Tiến độ: {title}',
  'jobs.step': 'Bước',
  'jobs.rows': 'Đã xử lý {rows} dòng',
  'jobs.createdAt': 'Tạo lúc',
  'jobs.startedAt': 'Bắt đầu',
  'jobs.finishedAt': 'Kết thúc',
  'jobs.attempts': 'Số lần chạy',
  'jobs.inputFile': 'Tệp đầu vào',
  'jobs.downloadInput': 'Tải tệp đầu vào',
  'jobs.result': 'Kết quả',
  'jobs.doneDefault': 'Tác vụ đã hoàn thành.',
  'jobs.downloadResult': 'Tải tệp kết quả',
  'jobs.auditTrail': 'Xem nhật ký các thay đổi của lần chạy này',
  'jobs.failed': 'Tác vụ không thành công',
  'jobs.retry': 'Chạy lại',
  'jobStatus.queued': 'Đang chờ',
  'jobStatus.running': 'Đang chạy',
  'jobStatus.done': 'Đã xong',
  'jobStatus.failed': 'Thất bại',
  'jobResult.created': 'Số tài khoản đã tạo',
  'jobResult.rows': 'Số dòng',
  'jobResult.count': 'Số bản ghi',
};

export const jobsEn: Record<keyof typeof jobsVi, string> = {
  'jobs.title': 'Background jobs',
  'jobs.description': 'Background jobs you started (imports, exports), newest first.',
  'jobs.list': 'Jobs ({count})',
  'jobs.empty': 'You have no jobs yet.',
  'jobs.job': 'Job',
  'jobs.status': 'Status',
  'jobs.progress': 'Progress',
  'jobs.number': 'Job #{id}',
  'jobs.notFound': 'Job not found.',
  'jobs.backToList': 'All jobs',
  'jobs.progressLabel': 'Progress: {title}',
  'jobs.step': 'Step',
  'jobs.rows': '{rows} rows processed',
  'jobs.createdAt': 'Created',
  'jobs.startedAt': 'Started',
  'jobs.finishedAt': 'Finished',
  'jobs.attempts': 'Attempts',
  'jobs.inputFile': 'Input file',
  'jobs.downloadInput': 'Download input file',
  'jobs.result': 'Result',
  'jobs.doneDefault': 'The job is done.',
  'jobs.downloadResult': 'Download result file',
  'jobs.auditTrail': 'See the audit entries of this run',
  'jobs.failed': 'The job failed',
  'jobs.retry': 'Run again',
  'jobStatus.queued': 'Queued',
  'jobStatus.running': 'Running',
  'jobStatus.done': 'Done',
  'jobStatus.failed': 'Failed',
  'jobResult.created': 'Accounts created',
  'jobResult.rows': 'Rows',
  'jobResult.count': 'Records',
};

export const messages: Dictionary<keyof typeof jobsVi> = { vi: jobsVi, en: jobsEn };

declare module '../../lib/i18n' {
  interface Messages extends Record<keyof typeof jobsVi, string> {}
}

export const labels: LabelList[] = [{ prefix: 'jobStatus', codes: ['queued', 'running', 'done', 'failed'] }];
