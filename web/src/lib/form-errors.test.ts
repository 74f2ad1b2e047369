import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import type { FormInstance } from 'antd';
import { applyServerErrors, fieldPath, mapFieldErrors, serverFormErrors } from './form-errors';

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

describe('serverFormErrors', () => {
  const error = new ApiError(422, 'validation', 'Dữ liệu chưa hợp lệ', {
    full_name: 'Nhập họ tên',
    flags: 'Cờ không hợp lệ',
    'computation.sum.source': 'Nguồn không có',
    'computation.where': 'Trường lọc không có',
    password: 'Quá ngắn',
  });

  it('puts known fields on the form and lists the others', () => {
    const out = serverFormErrors(error, ['full_name', 'unverified'], { flags: 'unverified' });
    expect(out?.formFields).toEqual([
      { name: ['full_name'], errors: ['Nhập họ tên'] },
      { name: ['unverified'], errors: ['Cờ không hợp lệ'] },
    ]);
    expect(out?.unmapped).toEqual(['Nguồn không có', 'Trường lọc không có', 'Quá ngắn']);
  });

  it('renames first and joins the messages of one field', () => {
    const out = serverFormErrors(error, ['computation'], {}, (f) => (f.startsWith('computation') ? 'computation' : f));
    expect(out?.formFields).toEqual([{ name: ['computation'], errors: ['Nguồn không có Trường lọc không có'] }]);
    expect(out?.unmapped).toEqual(['Nhập họ tên', 'Cờ không hợp lệ', 'Quá ngắn']);
  });

  it('without field errors lists nothing; not an API error: null', () => {
    expect(serverFormErrors(new ApiError(409, 'conflict', 'Trùng'), ['login'])).toEqual({ formFields: [], unmapped: [] });
    expect(serverFormErrors(new Error('boom'), ['login'])).toBeNull();
  });
});

describe('applyServerErrors (what useServerForm does on an error)', () => {
  const fakeForm = () => {
    const calls: unknown[] = [];
    return { calls, form: { setFields: (f: unknown) => calls.push(f) } as unknown as FormInstance<unknown> };
  };

  it('sets the field errors on the form and returns the rest', () => {
    const { calls, form } = fakeForm();
    const rest = applyServerErrors(form, new ApiError(422, 'validation', '', { 'new_unit.code': 'Mã đã dùng', note: 'Quá dài' }), ['new_unit.code']);
    expect(calls).toEqual([[{ name: ['new_unit', 'code'], errors: ['Mã đã dùng'] }]]);
    expect(rest).toEqual(['Quá dài']);
  });

  it('leaves the form alone for other errors', () => {
    const { calls, form } = fakeForm();
    expect(applyServerErrors(form, new TypeError('x'), ['login'])).toBeNull();
    expect(calls).toEqual([]);
  });
});
