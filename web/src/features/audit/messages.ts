// UI strings of the audit log (/nhat-ky) and the names of audited actions, Vietnamese and English;
// assembled by src/app/i18n.ts.

import type { Dictionary } from '../../lib/i18n';

export const auditVi = {
  'audit.title': 'Nhật ký hệ thống',
  'audit.description': 'Các thao tác gần nhất được hiển thị trước. Chọn một dòng để xem dữ liệu thay đổi.',
  'audit.page': 'Trang {page}',
  'audit.at': 'Thời gian',
  'audit.user': 'Người thực hiện',
  'audit.allUsers': 'Tất cả người dùng',
  'audit.system': 'Hệ thống',
  'audit.action': 'Hành động',
  'audit.entity': 'Đối tượng',
  'audit.entityPlaceholder': 'Ví dụ: user, unit, session',
  'audit.ip': 'Địa chỉ IP',
  'audit.from': 'Từ ngày',
  'audit.to': 'Đến ngày',
  'audit.empty': 'Không có bản ghi nhật ký phù hợp.',
  'audit.noChanges': 'Không có dữ liệu thay đổi.',
  'audit.changes': 'Dữ liệu thay đổi',
  'audit.newest': 'Mới nhất',
  'audit.newer': 'Trang mới hơn',
  'audit.older': 'Trang cũ hơn',
  'audit.batch': 'Lô thao tác',
  'audit.clearBatch': 'Bỏ lọc theo lô thao tác',
  'auditAction.login': 'Đăng nhập',
  'auditAction.logout': 'Đăng xuất',
  'auditAction.login_failed': 'Đăng nhập thất bại',
  'auditAction.create': 'Tạo mới',
  'auditAction.update': 'Cập nhật',
  'auditAction.delete': 'Xóa',
  'auditAction.password_change': 'Đổi mật khẩu',
  'auditAction.password_reset': 'Đặt lại mật khẩu',
  'auditAction.unit_event': 'Thay đổi danh mục tổ chức',
  'audit.export': 'Xuất nhật ký',
  'audit.exportHelp': 'Xuất nhật ký theo bộ lọc hiện tại (thời gian, đối tượng) ra tệp',
};

export const auditEn: Record<keyof typeof auditVi, string> = {
  'audit.title': 'Audit log',
  'audit.description': 'Newest first. Expand a row to see the recorded changes.',
  'audit.page': 'Page {page}',
  'audit.at': 'Time',
  'audit.user': 'User',
  'audit.allUsers': 'All users',
  'audit.system': 'System',
  'audit.action': 'Action',
  'audit.entity': 'Entity',
  'audit.entityPlaceholder': 'For example: user, unit, session',
  'audit.ip': 'IP address',
  'audit.from': 'From',
  'audit.to': 'To',
  'audit.empty': 'No matching log entry.',
  'audit.noChanges': 'No recorded changes.',
  'audit.changes': 'Recorded changes',
  'audit.newest': 'Newest',
  'audit.newer': 'Newer page',
  'audit.older': 'Older page',
  'audit.batch': 'Batch',
  'audit.clearBatch': 'Clear the batch filter',
  'auditAction.login': 'Log in',
  'auditAction.logout': 'Log out',
  'auditAction.login_failed': 'Failed login',
  'auditAction.create': 'Create',
  'auditAction.update': 'Update',
  'auditAction.delete': 'Delete',
  'auditAction.password_change': 'Password change',
  'auditAction.password_reset': 'Password reset',
  'auditAction.unit_event': 'Organisation change',
  'audit.export': 'Export log',
  'audit.exportHelp': 'Export the log with the current filter (dates, entity) to a file',
};

export const messages: Dictionary<keyof typeof auditVi> = { vi: auditVi, en: auditEn };

declare module '../../lib/i18n' {
  interface Messages extends Record<keyof typeof auditVi, string> {}
}
