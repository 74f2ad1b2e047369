// The unit's assignments grouped by plan (the plans in the order of their earliest open due date)
// and the views of the list.
import type { Assignment } from '../api/model';
import { needsReport } from './cell-state';

export const TASK_VIEWS = ['todo', 'submitted', 'all'] as const;
export type TaskView = (typeof TASK_VIEWS)[number];

export function inView(a: Assignment, view: TaskView, horizon: string): boolean {
  if (view === 'todo') return needsReport(a, horizon);
  if (view === 'submitted') return a.review === 'submitted';
  return true;
}

export interface PlanGroup {
  documentId: number;
  assignments: Assignment[];
}

export function groupByPlan(list: readonly Assignment[]): PlanGroup[] {
  const groups = new Map<number, Assignment[]>();
  for (const a of list) {
    const g = groups.get(a.document_id);
    if (g) g.push(a);
    else groups.set(a.document_id, [a]);
  }
  return [...groups.entries()]
    .map(([documentId, assignments]) => ({
      documentId,
      assignments: assignments.sort((x, y) => x.due_date.localeCompare(y.due_date) || x.unit_name.localeCompare(y.unit_name, 'vi') || x.id - y.id),
    }))
    .sort((a, b) => a.assignments[0].due_date.localeCompare(b.assignments[0].due_date) || a.documentId - b.documentId);
}
