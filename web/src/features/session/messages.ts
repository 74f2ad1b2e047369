// UI strings of logging in and password reset, Vietnamese and English; assembled by src/app/i18n.ts.

import type { Dictionary } from '../../lib/i18n';

export const sessionVi = {
  'login.title': 'Đăng nhập',
  'login.login': 'Tên đăng nhập',
  'login.password': 'Mật khẩu',
  'login.loginRequired': 'Nhập tên đăng nhập',
  'login.passwordRequired': 'Nhập mật khẩu',
  'login.submit': 'Đăng nhập',
  'login.forgot': 'Quên mật khẩu?',
  'reset.requestTitle': 'Quên mật khẩu',
  'reset.requestHelp': 'Nhập tên đăng nhập hoặc địa chỉ thư điện tử của tài khoản. Nếu tài khoản có thư điện tử, hệ thống sẽ gửi liên kết đặt lại mật khẩu tới đó.',
  'reset.loginOrEmail': 'Tên đăng nhập hoặc thư điện tử',
  'reset.loginRequired': 'Nhập tên đăng nhập hoặc thư điện tử',
  'reset.requestSubmit': 'Gửi liên kết đặt lại mật khẩu',
  'reset.backToLogin': 'Quay lại đăng nhập',
  'reset.title': 'Đặt lại mật khẩu',
  'reset.noToken': 'Liên kết không đầy đủ. Hãy mở đúng liên kết trong thư hoặc yêu cầu liên kết mới.',
  'reset.submit': 'Đặt mật khẩu mới',
  'reset.done': 'Đã đặt mật khẩu mới cho tài khoản {login}.',
  'reset.goLogin': 'Đăng nhập bằng mật khẩu mới',
};

export const sessionEn: Record<keyof typeof sessionVi, string> = {
  'login.title': 'Log in',
  'login.login': 'Login',
  'login.password': 'Password',
  'login.loginRequired': 'Enter your login',
  'login.passwordRequired': 'Enter your password',
  'login.submit': 'Log in',
  'login.forgot': 'Forgot password?',
  'reset.requestTitle': 'Forgot password',
  'reset.requestHelp': 'Enter the login or e-mail address of the account. If the account has an e-mail address, a password reset link is sent to it.',
  'reset.loginOrEmail': 'Login or e-mail',
  'reset.loginRequired': 'Enter the login or e-mail',
  'reset.requestSubmit': 'Send reset link',
  'reset.backToLogin': 'Back to login',
  'reset.title': 'Reset password',
  'reset.noToken': 'The link is incomplete. Open the exact link from the e-mail or request a new one.',
  'reset.submit': 'Set new password',
  'reset.done': 'A new password is set for {login}.',
  'reset.goLogin': 'Log in with the new password',
};

export const messages: Dictionary<keyof typeof sessionVi> = { vi: sessionVi, en: sessionEn };

declare module '../../lib/i18n' {
  interface Messages extends Record<keyof typeof sessionVi, string> {}
}
