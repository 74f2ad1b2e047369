// UI strings of my account (/tai-khoan), Vietnamese and English; assembled by src/app/i18n.ts.

import type { Dictionary } from '../../lib/i18n';

export const accountVi = {
  'account.title': 'Tài khoản của tôi',
};

export const accountEn: Record<keyof typeof accountVi, string> = {
  'account.title': 'My account',
};

export const messages: Dictionary<keyof typeof accountVi> = { vi: accountVi, en: accountEn };

declare module '../../lib/i18n' {
  interface Messages extends Record<keyof typeof accountVi, string> {}
}
