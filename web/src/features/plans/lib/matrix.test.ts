import { describe, expect, it } from 'vitest';
import type { Compliance, ComplianceCell } from '../api/model';
import { cellState, needsReport, stateTone } from './cell-state';
import { buildMatrix, currentOccurrence, periodsOf, totalsOf } from './matrix';
import { toDayMonth, toMonthDay } from './editor';
import { groupByPlan, inView } from './group';

function cell(p: Partial<ComplianceCell>): ComplianceCell {
  return { assignment_id: 1, unit_id: 1, task_id: 1, period: '', due_date: '2026-01-01', status: 'not_started', review: '', overdue: false, on_time: false, ...p };
}

describe('cell state', () => {
  it('puts the review first, then overdue, then progress', () => {
    expect(cellState({ status: 'done', review: 'accepted', overdue: false })).toBe('accepted');
    expect(cellState({ status: 'done', review: 'submitted', overdue: true })).toBe('submitted');
    expect(cellState({ status: 'in_progress', review: 'returned', overdue: true })).toBe('returned');
    expect(cellState({ status: 'in_progress', review: '', overdue: true })).toBe('overdue');
    expect(cellState({ status: 'done', review: '', overdue: false })).toBe('unsent');
    expect(cellState({ status: 'in_progress', review: '', overdue: false })).toBe('in_progress');
    expect(cellState({ status: 'not_started', review: '', overdue: false })).toBe('not_started');
  });
  it('colours: accepted green, submitted blue, returned orange, overdue red, the rest grey', () => {
    expect(['accepted', 'submitted', 'returned', 'overdue', 'unsent', 'in_progress', 'not_started'].map((s) => stateTone(s as never))).toEqual([
      'green', 'blue', 'orange', 'red', 'grey', 'grey', 'grey',
    ]);
  });
  it('counts as the home page counts: not sent or returned, due by the horizon', () => {
    expect(needsReport({ review: '', due_date: '2026-12-31' }, '2027-01-05')).toBe(true);
    expect(needsReport({ review: 'returned', due_date: '2026-12-31' }, '2027-01-05')).toBe(true);
    expect(needsReport({ review: 'submitted', due_date: '2026-12-31' }, '2027-01-05')).toBe(false);
    expect(needsReport({ review: '', due_date: '2027-01-06' }, '2027-01-05')).toBe(false);
  });
});

describe('matrix', () => {
  const data: Compliance = {
    tasks: [
      { id: 4, ordinal: 2, content: 'Mỗi học kỳ' },
      { id: 3, ordinal: 1, content: 'Tháng 9' },
    ],
    units: [
      { id: 1, name: 'Trường A', type: 'THPT' },
      { id: 2, name: 'Trường B', type: 'THPT' },
      { id: 9, name: 'Trường không giao', type: 'THPT' },
    ],
    cells: [
      cell({ assignment_id: 10, unit_id: 1, task_id: 3, period: '2025', due_date: '2025-09-30', overdue: true }),
      cell({ assignment_id: 11, unit_id: 1, task_id: 3, period: '2026', due_date: '2026-09-30', status: 'done', review: 'submitted' }),
      cell({ assignment_id: 12, unit_id: 1, task_id: 3, period: '2027', due_date: '2027-09-30' }),
      cell({ assignment_id: 20, unit_id: 2, task_id: 3, period: '2026', due_date: '2026-09-30', status: 'done', review: 'accepted' }),
      cell({ assignment_id: 30, unit_id: 2, task_id: 4, period: '2026-2027 HK1', due_date: '2027-01-17' }),
    ],
    totals: { assigned: 5, done: 2, submitted: 1, accepted: 1, overdue: 1 },
  };

  it('shows the latest occurrence already due, else the next one', () => {
    const list = data.cells.filter((c) => c.unit_id === 1);
    expect(currentOccurrence(list, '2026-12-06').assignment_id).toBe(11);
    expect(currentOccurrence(list, '2025-01-01').assignment_id).toBe(10);
    expect(currentOccurrence(list, '2030-01-01').assignment_id).toBe(12);
  });

  it('builds a row per assigned unit and a column per task in plan order', () => {
    const m = buildMatrix(data, '2026-12-06', null);
    expect(m.columns.map((c) => c.key)).toEqual(['t:3', 't:4']);
    expect(m.rows.map((r) => r.unitId)).toEqual([1, 2]);
    const a = m.rows[0].cells['t:3'];
    expect(a.shown.assignment_id).toBe(11);
    expect(a.state).toBe('submitted');
    expect(a.others.map((c) => c.assignment_id)).toEqual([10, 12]);
    expect(a.otherOverdue).toBe(1);
    expect(m.rows[0].cells['t:4']).toBeUndefined();
    expect(m.rows[1].cells['t:3'].state).toBe('accepted');
    expect(m.rows[1].cells['t:4'].state).toBe('not_started');
  });

  it('for one task, a column per period in due order', () => {
    const m = buildMatrix(data, '2026-12-06', 3);
    expect(m.columns.map((c) => c.period)).toEqual(['2025', '2026', '2027']);
    expect(m.rows[0].cells['p:2025'].state).toBe('overdue');
    expect(m.rows[1].cells['p:2025']).toBeUndefined();
  });

  it('lists periods latest first and counts totals as the server does', () => {
    expect(periodsOf(data.cells)).toEqual(['2027', '2026-2027 HK1', '2026', '2025']);
    expect(totalsOf(data.cells)).toEqual(data.totals);
  });
});

describe('editor and lists', () => {
  it('converts the yearly due day both ways', () => {
    expect(toMonthDay('15/12')).toBe('12-15');
    expect(toMonthDay(' 1/9 ')).toBe('09-01');
    expect(toMonthDay('29/02')).toBe('02-29');
    expect(toMonthDay('31/04')).toBeNull();
    expect(toMonthDay('12-15')).toBeNull();
    expect(toDayMonth('12-15')).toBe('15/12');
    expect(toDayMonth(null)).toBe('');
  });

  it('groups assignments by plan, earliest due first', () => {
    const base = { task_id: 1, task_content: '', unit_id: 1, unit_name: 'A', period: '', status: 'not_started' as const, status_name: '', review: '' as const, review_name: '', overdue: false, narrative: '', figures: {}, submitted_at: null, submitted_by_name: '', reviewed_at: null, reviewed_by_name: '', review_comment: '', on_time: false, actions: [] };
    const list = [
      { ...base, id: 1, document_id: 7, due_date: '2026-09-30' },
      { ...base, id: 2, document_id: 3, due_date: '2026-05-31', review: 'submitted' as const },
      { ...base, id: 3, document_id: 7, due_date: '2025-09-30' },
    ];
    expect(groupByPlan(list).map((g) => [g.documentId, g.assignments.map((a) => a.id)])).toEqual([
      [7, [3, 1]],
      [3, [2]],
    ]);
    expect(list.filter((a) => inView(a, 'todo', '2026-07-01')).map((a) => a.id)).toEqual([3]);
    expect(list.filter((a) => inView(a, 'submitted', '2026-07-01')).map((a) => a.id)).toEqual([2]);
  });
});
