import { describe, expect, it } from 'vitest';
import { isLive, progressView, resultLines } from './progress';

const base = { status: 'running' as const, percent: 40, rows_done: 32, rows_total: 80, step: 'Tạo mật khẩu ban đầu' };

describe('progressView', () => {
  it('maps a running job to an active bar with rows and step', () => {
    expect(progressView(base)).toEqual({ percent: 40, state: 'active', rows: '32 / 80', step: 'Tạo mật khẩu ban đầu', live: true });
  });

  it('keeps polling a queued job and shows no rows yet', () => {
    const v = progressView({ ...base, status: 'queued', percent: 0, rows_done: 0, rows_total: null, step: null });
    expect(v).toEqual({ percent: 0, state: 'normal', rows: null, step: null, live: true });
  });

  it('shows a done job full and stops polling', () => {
    const v = progressView({ ...base, status: 'done', percent: 99, rows_done: 80 });
    expect(v.percent).toBe(100);
    expect(v.state).toBe('success');
    expect(v.live).toBe(false);
  });

  it('keeps the percent a failed job reached, as an exception', () => {
    const v = progressView({ ...base, status: 'failed', percent: 3, rows_done: 0, rows_total: 2 });
    expect(v).toMatchObject({ percent: 3, state: 'exception', rows: '0 / 2', live: false });
  });

  it('clamps odd percents and shows done rows without a total', () => {
    expect(progressView({ ...base, percent: 140 }).percent).toBe(100);
    expect(progressView({ ...base, percent: -5 }).percent).toBe(0);
    expect(progressView({ ...base, percent: Number.NaN }).percent).toBe(0);
    expect(progressView({ ...base, rows_total: null, rows_done: 7 }).rows).toBe('7');
  });

  it('knows which states are live', () => {
    expect(isLive('queued')).toBe(true);
    expect(isLive('running')).toBe(true);
    expect(isLive('done')).toBe(false);
    expect(isLive('failed')).toBe(false);
  });
});

describe('resultLines', () => {
  it('puts the message apart and lists scalar values', () => {
    expect(resultLines({ created: 80, message: 'Đã tạo 80 tài khoản.', nested: { a: 1 }, ok: true })).toEqual({
      message: 'Đã tạo 80 tài khoản.',
      lines: [
        { key: 'created', value: '80' },
        { key: 'ok', value: 'true' },
      ],
    });
  });

  it('handles no result', () => {
    expect(resultLines(null)).toEqual({ message: null, lines: [] });
  });
});
