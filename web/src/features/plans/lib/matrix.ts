// The compliance matrix as the screen shows it: a row per unit, a column per task (or, for one
// task, a column per period), and in each cell the occurrence that matters now. A recurring task
// has one assignment per period; without a chosen period the cell shows the latest one already due
// (or, when none is due yet, the next one) and counts the other overdue ones.
import type { Compliance, ComplianceCell } from '../api/model';
import { cellState, type CellState } from './cell-state';

export interface MatrixColumn {
  key: string;
  taskId: number;
  ordinal: number;
  content: string;
  /** Set when the columns are the periods of one task. */
  period?: string;
}

export interface MatrixCell {
  shown: ComplianceCell;
  state: CellState;
  /** Occurrences of the same unit and task besides the one shown. */
  others: ComplianceCell[];
  /** How many of the others are overdue. */
  otherOverdue: number;
}

export interface MatrixRow {
  unitId: number;
  unitName: string;
  unitType: string;
  cells: Record<string, MatrixCell>;
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

/** The occurrence a cell shows: the latest one due by `today`, else the earliest one to come. */
export function currentOccurrence(cells: readonly ComplianceCell[], today: string): ComplianceCell {
  const sorted = [...cells].sort((a, b) => a.due_date.localeCompare(b.due_date) || a.assignment_id - b.assignment_id);
  const due = sorted.filter((c) => c.due_date <= today);
  return due.length > 0 ? due[due.length - 1] : sorted[0];
}

export function buildMatrix(data: Compliance, today: string, taskId: number | null): Matrix {
  const tasks = [...data.tasks].sort((a, b) => a.ordinal - b.ordinal);
  let columns: MatrixColumn[];
  const keyOf = (c: ComplianceCell) => (taskId !== null ? `p:${c.period}` : `t:${c.task_id}`);
  if (taskId !== null) {
    const task = tasks.find((x) => x.id === taskId);
    const periods = new Map<string, string>();
    for (const c of data.cells) if (c.task_id === taskId && !periods.has(c.period)) periods.set(c.period, c.due_date);
    columns = [...periods.entries()]
      .sort((a, b) => a[1].localeCompare(b[1]))
      .map(([period]) => ({ key: `p:${period}`, taskId, ordinal: task?.ordinal ?? 0, content: task?.content ?? '', period }));
  } else {
    const used = new Set(data.cells.map((c) => c.task_id));
    columns = tasks.filter((x) => used.has(x.id)).map((x) => ({ key: `t:${x.id}`, taskId: x.id, ordinal: x.ordinal, content: x.content }));
  }

  const groups = new Map<number, Map<string, ComplianceCell[]>>();
  for (const c of data.cells) {
    if (taskId !== null && c.task_id !== taskId) continue;
    let byKey = groups.get(c.unit_id);
    if (!byKey) groups.set(c.unit_id, (byKey = new Map()));
    const k = keyOf(c);
    const list = byKey.get(k);
    if (list) list.push(c);
    else byKey.set(k, [c]);
  }

  const rows: MatrixRow[] = [];
  for (const u of data.units) {
    const byKey = groups.get(u.id);
    if (!byKey) continue;
    const cells: Record<string, MatrixCell> = {};
    for (const [k, list] of byKey) {
      const shown = currentOccurrence(list, today);
      const others = list.filter((c) => c !== shown);
      cells[k] = { shown, state: cellState(shown), others, otherOverdue: others.filter((c) => cellState(c) === 'overdue').length };
    }
    rows.push({ unitId: u.id, unitName: u.name, unitType: u.type, cells });
  }
  return { columns, rows };
}

/** The distinct periods of the cells, latest first (for the period filter). */
export function periodsOf(cells: readonly ComplianceCell[]): string[] {
  const due = new Map<string, string>();
  for (const c of cells) {
    const d = due.get(c.period);
    if (d === undefined || c.due_date > d) due.set(c.period, c.due_date);
  }
  return [...due.entries()].sort((a, b) => b[1].localeCompare(a[1]) || a[0].localeCompare(b[0])).map(([p]) => p);
}

/** The totals of a set of cells, counted as the server counts them (for a period chosen here). */
export function totalsOf(cells: readonly ComplianceCell[]): Compliance['totals'] {
  return {
    assigned: cells.length,
    done: cells.filter((c) => c.status === 'done').length,
    submitted: cells.filter((c) => c.review === 'submitted').length,
    accepted: cells.filter((c) => c.review === 'accepted').length,
    overdue: cells.filter((c) => c.overdue).length,
  };
}
