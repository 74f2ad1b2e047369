import { describe, expect, it } from 'vitest';
import { addDays, formatDate, formatDateTime, isIsoDate, parseDisplayDate, periodShape, todayIso } from './dates';

describe('formatDate', () => {
  it('formats ISO dates as dd/mm/yyyy', () => {
    expect(formatDate('2024-12-31')).toBe('31/12/2024');
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    expect(formatDate('2025-07-01T10:00:00Z')).toBe('01/07/2025');
  });
  it('returns empty text for missing or bad input', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('31/12/2024')).toBe('');
  });
});

describe('parseDisplayDate', () => {
  it('parses dd/mm/yyyy', () => {
    expect(parseDisplayDate('31/12/2024')).toBe('2024-12-31');
    expect(parseDisplayDate(' 1/7/2025 ')).toBe('2025-07-01');
  });
  it('rejects impossible dates', () => {
    expect(parseDisplayDate('31/02/2025')).toBeNull();
    expect(parseDisplayDate('29/02/2023')).toBeNull();
    expect(parseDisplayDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDisplayDate('2024-12-31')).toBeNull();
  });
  it('isIsoDate', () => {
    expect(isIsoDate('2024-12-31')).toBe(true);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('31/12/2024')).toBe(false);
  });
});

describe('formatDateTime', () => {
  it('converts UTC to Vietnam time (UTC+7)', () => {
    expect(formatDateTime('2025-06-30T17:00:00Z')).toBe('01/07/2025 00:00');
    expect(formatDateTime('2024-12-31T09:05:00.123Z')).toBe('31/12/2024 16:05');
    expect(formatDateTime('2025-01-01T23:59:00+00:00')).toBe('02/01/2025 06:59');
  });
  it('returns empty text for missing or bad input', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('not a date')).toBe('');
  });
});

describe('todayIso and addDays', () => {
  it('uses the Vietnam calendar day', () => {
    expect(todayIso(new Date('2025-06-30T17:30:00Z'))).toBe('2025-07-01');
    expect(todayIso(new Date('2025-06-30T16:59:00Z'))).toBe('2025-06-30');
  });
  it('adds days across month and year ends', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
  it('periodShape handles open ends', () => {
    expect(periodShape('2025-07-01', '2025-12-31')).toEqual({ kind: 'both', from: '01/07/2025', to: '31/12/2025' });
    expect(periodShape('2025-07-01', null)).toEqual({ kind: 'since', from: '01/07/2025' });
    expect(periodShape(null, '2025-06-30')).toEqual({ kind: 'until', to: '30/06/2025' });
    expect(periodShape(null, undefined)).toEqual({ kind: 'always' });
  });
});
