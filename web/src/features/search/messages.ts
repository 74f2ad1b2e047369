// UI strings of the quick search in the header, Vietnamese and English; assembled by src/app/i18n.ts.

import type { Dictionary } from '../../lib/i18n';

export const searchVi = {
  'search.label': 'Tìm kiếm nhanh (đơn vị, người dùng)',
  'search.placeholder': 'Tìm đơn vị, người dùng…',
  'search.units': 'Đơn vị',
  'search.people': 'Người dùng',
  'search.empty': 'Không tìm thấy kết quả phù hợp.',
  'search.labelUnits': 'Tìm kiếm nhanh đơn vị',
  'search.placeholderUnits': 'Tìm trường, đơn vị…',
  'search.abolished': 'Không còn hoạt động',
};

export const searchEn: Record<keyof typeof searchVi, string> = {
  'search.label': 'Quick search (units, users)',
  'search.placeholder': 'Search units, people…',
  'search.units': 'Units',
  'search.people': 'Users',
  'search.empty': 'Nothing matches.',
  'search.labelUnits': 'Quick search for units',
  'search.placeholderUnits': 'Search schools, units…',
  'search.abolished': 'No longer active',
};

export const messages: Dictionary<keyof typeof searchVi> = { vi: searchVi, en: searchEn };

declare module '../../lib/i18n' {
  interface Messages extends Record<keyof typeof searchVi, string> {}
}
