import { describe, expect, it } from 'vitest';
import { addMessages, translate } from '../../../lib/i18n';
import { messages } from '../messages';
import { computationToText, describeComputation, parseComputation, whereText } from './computation';

addMessages(messages);
const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('vi', key, params);
const sources = new Map([
  ['activities', 'Hoạt động tuyên truyền, phối hợp'],
  ['violations', 'Vi phạm của học sinh'],
]);
const names = new Map([
  ['VIOLATIONS', 'Số lượt vi phạm'],
  ['ENROLLED_STUDENTS', 'Số học sinh (sĩ số)'],
]);

describe('describeComputation', () => {
  it('writes sums with their source name and filter', () => {
    expect(describeComputation(t, { sum: { source: 'activities', field: 'students', where: { kind: ['propagation'] } } }, sources)).toBe(
      'Tổng trường students của «Hoạt động tuyên truyền, phối hợp», với kind = propagation',
    );
  });
  it('writes counts, distinct counts and several values', () => {
    expect(describeComputation(t, { count: { source: 'violations' } }, sources)).toBe('Đếm số bản ghi của «Vi phạm của học sinh»');
    expect(describeComputation(t, { count_distinct: { source: 'violations', field: 'student_id', where: { repeat: [1.0], behaviour: ['helmet', 'speed'] } } }, sources)).toBe(
      'Đếm không trùng theo trường student_id của «Vi phạm của học sinh», với repeat = 1 và behaviour ∈ {helmet, speed}',
    );
    expect(describeComputation(t, { count: { source: 'unknown_src' } })).toBe('Đếm số bản ghi của «unknown_src»');
  });
  it('writes ratios with the indicator names and the scale', () => {
    expect(describeComputation(t, { ratio: { numerator: 'VIOLATIONS', denominator: 'ENROLLED_STUDENTS', scale: 1000 } }, sources, names)).toBe(
      'Số lượt vi phạm (VIOLATIONS) / Số học sinh (sĩ số) (ENROLLED_STUDENTS) × 1000',
    );
    expect(describeComputation(t, { ratio: { numerator: 'A', denominator: 'B' } })).toBe('A / B');
  });
  it('shows unknown shapes as JSON', () => {
    expect(describeComputation(t, { median: { source: 'x' } })).toBe('Công thức không rõ: {"median":{"source":"x"}}');
    expect(describeComputation(t, {})).toBe('Công thức không rõ: {}');
  });
});

describe('whereText', () => {
  it('is empty without a filter', () => {
    expect(whereText(t, undefined)).toBe('');
    expect(whereText(t, {})).toBe('');
  });
});

describe('computation JSON text', () => {
  it('round-trips', () => {
    const c = { sum: { source: 'activities', field: 'students' } };
    const parsed = parseComputation(computationToText(c));
    expect(parsed).toEqual({ ok: true, value: c });
  });
  it('refuses bad JSON and non-objects', () => {
    expect(parseComputation('{"sum": ').ok).toBe(false);
    expect(parseComputation('[1]')).toEqual({ ok: false, error: 'not_object', message: '' });
    expect(parseComputation('null')).toMatchObject({ ok: false, error: 'not_object' });
  });
});
