// UI strings of my account (/tai-khoan), Vietnamese and English; assembled by src/app/i18n.ts.

import type { Dictionary } from '../../lib/i18n';

export const accountVi = {
  'account.title': 'Tài khoản của tôi',
  'account.editEmail': 'Sửa thư điện tử',
  'account.emailHelp': 'Thông báo và liên kết đặt lại mật khẩu được gửi tới địa chỉ này. Để trống để xóa.',
  'account.emailInvalid': 'Địa chỉ thư điện tử không hợp lệ.',
};

export const accountEn: Record<keyof typeof accountVi, string> = {
  'account.title': 'My account',
  'account.editEmail': 'Edit e-mail',
  'account.emailHelp': 'Notifications and password-reset links go to this address. Leave it empty to remove it.',
  'account.emailInvalid': 'Not a valid e-mail address.',
};

export const messages: Dictionary<keyof typeof accountVi> = { vi: accountVi, en: accountEn };

declare module '../../lib/i18n' {
  interface Messages extends Record<keyof typeof accountVi, string> {}
}
