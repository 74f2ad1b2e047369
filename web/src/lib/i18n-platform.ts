// Shared UI strings of the platform screens (menu labels, error codes, notification preferences,
// documents), Vietnamese and English; merged into the dictionary in i18n.ts. Strings of one
// feature live in that feature's messages.ts.

export const platformVi = {
  'nav.jobs': 'Tác vụ nền',
  'nav.notifications': 'Thông báo',
  'nav.scheduler': 'Tác vụ định kỳ',
  'nav.account': 'Tài khoản của tôi',

  'error.unsupported_media': 'Loại tệp không được phép.',
  'error.file_type': 'Loại tệp không được phép.',
  'error.payload_too_large': 'Tệp vượt quá dung lượng cho phép.',
  'error.reset_link_invalid': 'Liên kết đặt lại mật khẩu không hợp lệ, đã dùng hoặc đã hết hạn.',

  'prefs.title': 'Cài đặt nhận thư thông báo',
  'prefs.emailMode': 'Gửi thông báo qua thư điện tử',
  'prefs.off': 'Không gửi thư (chỉ xem trong hệ thống)',
  'prefs.immediate': 'Gửi thư ngay khi có thông báo',
  'prefs.daily': 'Gửi thư tổng hợp hằng ngày',
  'prefs.saved': 'Đã lưu cài đặt thông báo.',
  'prefs.sentTo': 'Thư được gửi tới {email}.',
  'prefs.noEmail': 'Tài khoản chưa có địa chỉ thư điện tử: thư sẽ không được gửi. Liên hệ quản trị hệ thống để bổ sung.',

  'files.title': 'Tài liệu',
  'files.listLabel': 'Tài liệu của đơn vị',
  'files.empty': 'Đơn vị chưa có tài liệu nào.',
  'files.upload': 'Tải lên tài liệu',
  'files.uploading': 'Đang tải lên…',
  'files.choose': 'Chọn tệp tài liệu để tải lên',
  'files.help': 'Nhận PDF, DOCX, XLSX, CSV, PNG, JPEG hoặc WEBP. Người dùng khác của đơn vị và cấp quản lý có thể tải xuống.',
  'files.uploaded': 'Đã tải lên {name}.',
  'files.delete': 'Xóa',
  'files.deleteNamed': 'Xóa {name}',
  'files.deleteConfirm': 'Xóa tài liệu {name}?',
  'files.deleted': 'Đã xóa {name}.',


};

export const platformEn: Record<keyof typeof platformVi, string> = {
  'nav.jobs': 'Background jobs',
  'nav.notifications': 'Notifications',
  'nav.scheduler': 'Scheduled tasks',
  'nav.account': 'My account',

  'error.unsupported_media': 'This file type is not allowed.',
  'error.file_type': 'This file type is not allowed.',
  'error.payload_too_large': 'The file is larger than allowed.',
  'error.reset_link_invalid': 'The password reset link is invalid, already used or expired.',

  'prefs.title': 'Notification e-mails',
  'prefs.emailMode': 'Send notifications by e-mail',
  'prefs.off': 'No e-mail (in the app only)',
  'prefs.immediate': 'E-mail each notification at once',
  'prefs.daily': 'One daily digest e-mail',
  'prefs.saved': 'Notification settings saved.',
  'prefs.sentTo': 'E-mails go to {email}.',
  'prefs.noEmail': 'Your account has no e-mail address, so no e-mail is sent. Ask an administrator to add one.',

  'files.title': 'Documents',
  'files.listLabel': 'Documents of the unit',
  'files.empty': 'The unit has no documents yet.',
  'files.upload': 'Upload a document',
  'files.uploading': 'Uploading…',
  'files.choose': 'Choose a document to upload',
  'files.help': 'PDF, DOCX, XLSX, CSV, PNG, JPEG or WEBP. Other users of the unit and its supervisors can download it.',
  'files.uploaded': '{name} uploaded.',
  'files.delete': 'Delete',
  'files.deleteNamed': 'Delete {name}',
  'files.deleteConfirm': 'Delete the document {name}?',
  'files.deleted': '{name} deleted.',


};
