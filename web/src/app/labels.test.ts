// Every code of every feature's label map (`labels` of its messages.ts) has a label in both
// languages that is not the code itself: a new audit action, level or role added to a list without
// its words fails here, before it reaches a screen.
import { describe, expect, it } from 'vitest';
import { hasMessage, messages } from '../lib/i18n';
import type { LabelList } from '../lib/labels';
import './i18n';

const lists = Object.entries(import.meta.glob<{ labels?: LabelList[] }>('../features/*/messages.ts', { eager: true })).flatMap(([file, m]) =>
  (m.labels ?? []).map((l) => ({ file, ...l })),
);

describe('label maps', () => {
  it('exist for the enumerated values users see', () => {
    const prefixes = lists.map((l) => l.prefix);
    for (const p of ['auditAction', 'auditEntity', 'auditTask', 'auditJobKind', 'level', 'role', 'jobStatus', 'runStatus', 'indicatorSource'])
      expect(prefixes, p).toContain(p);
  });

  for (const list of lists) {
    it(`${list.prefix} (${list.file}): every code has a label`, () => {
      expect(list.codes.length).toBeGreaterThan(0);
      for (const code of list.codes) {
        const key = `${list.prefix}.${code}`;
        expect(hasMessage(key), key).toBe(true);
        for (const lang of ['vi', 'en'] as const) {
          const text = messages[lang][key];
          expect(text?.trim(), `${lang}:${key}`).toBeTruthy();
          if (lang === 'vi') expect(text, `${lang}:${key} is the code`).not.toBe(code);
        }
      }
    });
  }
});
