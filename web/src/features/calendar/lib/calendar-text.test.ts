import { describe, expect, it } from 'vitest';
import { formatDueAt, holidayYears, monthDayToDisplay, parseMonthDay } from './calendar-text';

describe('month-day', () => {
  it('shows MM-DD as dd/mm', () => {
    expect(monthDayToDisplay('12-15')).toBe('15/12');
    expect(monthDayToDisplay('01-05')).toBe('05/01');
    expect(monthDayToDisplay('bad')).toBe('bad');
  });
  it('parses dd/mm into MM-DD and refuses days not in every year', () => {
    expect(parseMonthDay('15/12')).toBe('12-15');
    expect(parseMonthDay(' 5/1 ')).toBe('01-05');
    expect(parseMonthDay('31/12')).toBe('12-31');
    expect(parseMonthDay('29/02')).toBeNull();
    expect(parseMonthDay('31/04')).toBeNull();
    expect(parseMonthDay('0/1')).toBeNull();
    expect(parseMonthDay('15/13')).toBeNull();
    expect(parseMonthDay('12-15')).toBeNull();
  });
});

describe('holidayYears', () => {
  it('joins the years of the school years with this year ± 1', () => {
    expect(holidayYears(['2024-2025', '2025-2026'], 2026)).toEqual([2024, 2025, 2026, 2027]);
    expect(holidayYears([], 2026)).toEqual([2025, 2026, 2027]);
    expect(holidayYears(['junk'], 2030)).toEqual([2029, 2030, 2031]);
  });
});

describe('formatDueAt', () => {
  it('keeps the Vietnam wall-clock time', () => {
    expect(formatDueAt('2026-02-24T23:59:59+07:00')).toBe('24/02/2026 23:59');
    expect(formatDueAt('x')).toBe('x');
  });
});
