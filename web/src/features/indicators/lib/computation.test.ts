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
  it('writes sums as a sentence with the source, field and filter in words', () => {
    expect(describeComputation(t, { sum: { source: 'activities', field: 'students', where: { kind: ['propagation'] } } }, sources)).toBe(
      'Tổng số học sinh tham gia của các hoạt động tuyên truyền, phối hợp, chỉ tính hoạt động tuyên truyền',
    );
    expect(describeComputation(t, { sum: { source: 'enrolment', field: 'students' } })).toBe('Tổng số học sinh của các bản ghi sĩ số');
  });
  it('writes counts, distinct counts and values without words of their own', () => {
    expect(describeComputation(t, { count: { source: 'violations' } }, sources)).toBe('Đếm số lượt vi phạm của học sinh');
    expect(describeComputation(t, { count_distinct: { source: 'violations', field: 'student_id', where: { repeat: [1.0] } } }, sources)).toBe(
      'Đếm số học sinh khác nhau trong các lượt vi phạm của học sinh, chỉ tính học sinh tái phạm',
    );
    expect(describeComputation(t, { count: { source: 'violations', where: { legal_code: ['32.10', '7.2'] } } })).toBe(
      'Đếm số lượt vi phạm của học sinh, chỉ tính điều khoản xử phạt là 32.10 hoặc 7.2',
    );
    expect(describeComputation(t, { count: { source: 'new_source' } }, new Map([['new_source', 'Nguồn Mới']]))).toBe('Đếm số nguồn mới');
    expect(describeComputation(t, { count: { source: 'unknown_src' } })).toBe('Đếm số unknown_src');
  });
  it('writes ratios with the indicator names and the scale', () => {
    expect(describeComputation(t, { ratio: { numerator: 'VIOLATIONS', denominator: 'ENROLLED_STUDENTS', scale: 1000 } }, sources, names)).toBe(
      'Số lượt vi phạm chia cho số học sinh (sĩ số), nhân 1.000',
    );
    expect(describeComputation(t, { ratio: { numerator: 'A', denominator: 'B' } })).toBe('A chia cho B');
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
