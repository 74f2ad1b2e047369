import { describe, expect, it } from 'vitest';
import { hasMessage, labelFor, messages, translate } from '../lib/i18n';
import { FEATURE_MESSAGES } from './i18n';

describe('the assembled dictionary', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.vi).sort());
    for (const lang of ['vi', 'en'] as const) {
      for (const [k, v] of Object.entries(messages[lang])) expect(v.trim(), `${lang}:${k}`).not.toBe('');
    }
  });
  it('holds every feature', () => {
    expect(translate('en', 'org.unitCount', { count: 3, date: '31/12/2024' })).toBe('3 units valid on 31/12/2024.');
    const t = (k: Parameters<typeof translate>[1]) => translate('vi', k);
    expect(labelFor(t, 'role', 'school_staff')).toBe('Giáo viên');
    expect(labelFor(t, 'role', 'astronaut')).toBe('astronaut');
    expect(hasMessage('role.admin')).toBe(true);
    expect(hasMessage('enrolments.title')).toBe(true);
  });
  it('takes every feature that has messages', () => {
    const dictionaries = Object.values(import.meta.glob<{ messages: unknown }>('../features/*/messages.ts', { eager: true })).map((m) => m.messages);
    expect(dictionaries.length).toBeGreaterThan(0);
    for (const d of dictionaries) expect(FEATURE_MESSAGES).toContain(d);
  });
});
