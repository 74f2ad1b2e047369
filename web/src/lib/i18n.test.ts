import { describe, expect, it } from 'vitest';
import { addMessages, hasMessage, labelFor, messages, translate } from './i18n';

describe('i18n', () => {
  it('both languages have the same keys, none empty', () => {
    const vi = Object.keys(messages.vi).sort();
    const en = Object.keys(messages.en).sort();
    expect(en).toEqual(vi);
    for (const lang of ['vi', 'en'] as const) {
      for (const [k, v] of Object.entries(messages[lang])) expect(v.trim(), `${lang}:${k}`).not.toBe('');
    }
  });
  it('fills placeholders', () => {
    expect(translate('vi', 'nav.userMenu', { name: 'Nguyễn Văn An' })).toBe('Tài khoản: Nguyễn Văn An');
    expect(translate('en', 'error.row', { row: 3, column: 'name', message: 'empty' })).toBe('Row 3, column name: empty');
  });
  it('labels codes and falls back to the code', () => {
    const t = (k: Parameters<typeof translate>[1]) => translate('vi', k);
    expect(labelFor(t, 'error', 'forbidden')).toBe('Bạn không có quyền thực hiện thao tác này.');
    expect(labelFor(t, 'error', 'astronaut')).toBe('astronaut');
    expect(hasMessage('error.conflict')).toBe(true);
  });
  it('takes a feature dictionary', () => {
    addMessages({ vi: { 'test.only': 'Chỉ để thử' }, en: { 'test.only': 'Test only' } });
    expect(hasMessage('test.only')).toBe(true);
    expect(translate('en', 'test.only' as Parameters<typeof translate>[1])).toBe('Test only');
  });
});
