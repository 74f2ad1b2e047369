// UI strings of the home page, Vietnamese and English; assembled by src/app/i18n.ts.

import type { Dictionary } from '../../lib/i18n';

export const homeVi = {
  'home.greeting': 'Xin chào, {name}',
  'home.unit': 'Đơn vị',
  'home.actions': 'Việc cần xử lý',
  'home.noActions': 'Hiện không có việc nào cần xử lý.',
  'home.open': 'Mở',
  'home.quick': 'Chức năng',
  'home.quick.org': 'Xem cơ cấu tổ chức ngành giáo dục và công an theo từng thời điểm.',
  'home.quick.registry': 'Sáp nhập, chia tách, giải thể, đổi tên, chuyển đơn vị.',
  'home.quick.users': 'Tạo tài khoản, phân vai trò, khóa và đặt lại mật khẩu.',
  'home.quick.audit': 'Tra cứu các thao tác đã thực hiện trên hệ thống.',
};

export const homeEn: Record<keyof typeof homeVi, string> = {
  'home.greeting': 'Hello, {name}',
  'home.unit': 'Unit',
  'home.actions': 'To do',
  'home.noActions': 'Nothing needs your action right now.',
  'home.open': 'Open',
  'home.quick': 'Functions',
  'home.quick.org': 'Browse the education and police organisation as of any date.',
  'home.quick.registry': 'Merge, split, dissolve, rename and move units.',
  'home.quick.users': 'Create accounts, assign roles, lock accounts and reset passwords.',
  'home.quick.audit': 'Look up what was done in the system.',
};

export const messages: Dictionary<keyof typeof homeVi> = { vi: homeVi, en: homeEn };

declare module '../../lib/i18n' {
  interface Messages extends Record<keyof typeof homeVi, string> {}
}
