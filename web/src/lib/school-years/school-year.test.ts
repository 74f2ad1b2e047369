import { describe, expect, it } from 'vitest';
import { currentSchoolYear, schoolYearOf } from './school-year';

describe('schoolYearOf', () => {
  it('starts a school year on 05/09', () => {
    expect(schoolYearOf('2025-09-05')).toBe('2025-2026');
    expect(schoolYearOf('2025-09-04')).toBe('2024-2025');
    expect(schoolYearOf('2026-02-16')).toBe('2025-2026');
  });
});

describe('currentSchoolYear', () => {
  it('prefers today, then the latest known year', () => {
    expect(currentSchoolYear(['2024-2025', '2025-2026'], '2026-02-01')).toBe('2025-2026');
    expect(currentSchoolYear(['2024-2025', '2025-2026'], '2026-11-29')).toBe('2025-2026');
    expect(currentSchoolYear([], '2026-11-29')).toBe('2026-2027');
  });
});
