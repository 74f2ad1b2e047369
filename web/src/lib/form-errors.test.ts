import { describe, expect, it } from 'vitest';
import { fieldPath, mapFieldErrors } from './form-errors';

describe('mapFieldErrors', () => {
  it('maps known fields and keeps the rest', () => {
    const out = mapFieldErrors(
      { login: 'Tên đăng nhập đã tồn tại', 'new_unit.code': 'Mã đã dùng', successor_ids: 'Chọn đơn vị', other: 'x' },
      ['login', 'new_unit.code', 'successor_id'],
      { successor_ids: 'successor_id' },
    );
    expect(out.formFields).toEqual([
      { name: ['login'], errors: ['Tên đăng nhập đã tồn tại'] },
      { name: ['new_unit', 'code'], errors: ['Mã đã dùng'] },
      { name: ['successor_id'], errors: ['Chọn đơn vị'] },
    ]);
    expect(out.unmapped).toEqual([{ field: 'other', message: 'x' }]);
  });
  it('fieldPath turns numeric parts into indexes', () => {
    expect(fieldPath('rows.2.name')).toEqual(['rows', 2, 'name']);
  });
});
