// UI strings of background jobs (/jobs), Vietnamese and English; assembled by src/app/i18n.ts.

import type { Dictionary } from '../../lib/i18n';

export const jobsVi = {
  'jobs.title': 'Công việc',
  'jobs.description': 'Các công việc chạy nền bạn đã bắt đầu (nhập, xuất dữ liệu), mới nhất trước.',
  'jobs.list': 'Danh sách công việc ({count})',
  'jobs.empty': 'Bạn chưa có công việc nào.',
  'jobs.job': 'Công việc',
  'jobs.status': 'Trạng thái',
  'jobs.progress': 'Tiến độ',
  'jobs.number': 'Công việc số {id}',
  'jobs.notFound': 'Không tìm thấy công việc.',
  'jobs.backToList': 'Tất cả công việc',
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
  'jobs.doneDefault': 'Công việc đã hoàn thành.',
  'jobs.downloadResult': 'Tải tệp kết quả',
  'jobs.auditTrail': 'Xem nhật ký các thay đổi của lần chạy này',
  'jobs.failed': 'Công việc không thành công',
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
  'jobs.title': 'Jobs',
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
