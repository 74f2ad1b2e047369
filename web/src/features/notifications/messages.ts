// UI strings of notifications (/notifications), Vietnamese and English; assembled by src/app/i18n.ts.

import type { Dictionary } from '../../lib/i18n';

export const notificationsVi = {
  'notifications.title': 'Thông báo',
  'notifications.description': 'Thông báo về công việc và hoạt động liên quan đến bạn, mới nhất trước.',
  'notifications.settingsLink': 'Cài đặt nhận thư thông báo',
  'notifications.bell': 'Thông báo',
  'notifications.bellUnread': 'Thông báo: {count} chưa đọc',
  'notifications.recent': 'Thông báo gần đây',
  'notifications.markAll': 'Đánh dấu tất cả đã đọc',
  'notifications.viewAll': 'Xem tất cả thông báo',
  'notifications.empty': 'Chưa có thông báo nào.',
  'notifications.emptyUnread': 'Không có thông báo chưa đọc.',
  'notifications.unreadMark': 'Chưa đọc:',
  'notifications.unreadOnly': 'Chỉ hiện thông báo chưa đọc',
  'notifications.unreadCount': '{count} thông báo chưa đọc',
  'notifications.listAll': 'Tất cả thông báo',
  'notifications.listUnread': 'Thông báo chưa đọc',
  'notifications.more': 'Xem thêm',
};

export const notificationsEn: Record<keyof typeof notificationsVi, string> = {
  'notifications.title': 'Notifications',
  'notifications.description': 'Notifications about your jobs and related activity, newest first.',
  'notifications.settingsLink': 'E-mail settings',
  'notifications.bell': 'Notifications',
  'notifications.bellUnread': 'Notifications: {count} unread',
  'notifications.recent': 'Recent notifications',
  'notifications.markAll': 'Mark all as read',
  'notifications.viewAll': 'See all notifications',
  'notifications.empty': 'No notifications yet.',
  'notifications.emptyUnread': 'No unread notifications.',
  'notifications.unreadMark': 'Unread:',
  'notifications.unreadOnly': 'Unread only',
  'notifications.unreadCount': '{count} unread',
  'notifications.listAll': 'All notifications',
  'notifications.listUnread': 'Unread notifications',
  'notifications.more': 'Load more',
};

export const messages: Dictionary<keyof typeof notificationsVi> = { vi: notificationsVi, en: notificationsEn };

declare module '../../lib/i18n' {
  interface Messages extends Record<keyof typeof notificationsVi, string> {}
}
