import { describe, expect, it } from 'vitest';
import { hasMessage, labelFor, messages, translate } from './i18n';

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
    expect(translate('vi', 'home.greeting', { name: 'Nguyễn Văn An' })).toBe('Xin chào, Nguyễn Văn An');
    expect(translate('en', 'org.unitCount', { count: 3, date: '31/12/2024' })).toBe('3 units valid on 31/12/2024.');
  });
  it('labels codes and falls back to the code', () => {
    const t = (k: Parameters<typeof translate>[1]) => translate('vi', k);
    expect(labelFor(t, 'role', 'school_staff')).toBe('Giáo viên');
    expect(labelFor(t, 'role', 'astronaut')).toBe('astronaut');
    expect(hasMessage('role.admin')).toBe(true);
  });
});
