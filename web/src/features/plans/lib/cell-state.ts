// The state one assignment shows in the compliance matrix and the lists: one of a few states, each
// with a colour AND a text and an icon (colour alone tells nothing to a colour-blind reader).
import type { TaskReview, TaskStatus } from '../api/model';

export const CELL_STATES = ['accepted', 'submitted', 'returned', 'overdue', 'unsent', 'in_progress', 'not_started'] as const;
export type CellState = (typeof CELL_STATES)[number];

export interface StateInput {
  status: TaskStatus;
  review: TaskReview;
  overdue: boolean;
}

/**
 * Accepted (green) > submitted, waiting for review (blue) > returned for changes (orange) >
 * overdue (red) > done but not sent / in progress / not started (grey).
 */
export function cellState({ status, review, overdue }: StateInput): CellState {
  if (review === 'accepted') return 'accepted';
  if (review === 'submitted') return 'submitted';
  if (review === 'returned') return 'returned';
  if (overdue) return 'overdue';
  if (status === 'done') return 'unsent';
  if (status === 'in_progress') return 'in_progress';
  return 'not_started';
}

/** Colour class of a state (plans.css); grey for the states that need nothing from a supervisor. */
export function stateTone(state: CellState): 'green' | 'blue' | 'orange' | 'red' | 'grey' {
  switch (state) {
    case 'accepted':
      return 'green';
    case 'submitted':
      return 'blue';
    case 'returned':
      return 'orange';
    case 'overdue':
      return 'red';
    default:
      return 'grey';
  }
}

/** What the home page counts as "not reported yet": not sent (or returned) and due within 30 days. */
export function needsReport(a: { review: TaskReview; due_date: string }, horizon: string): boolean {
  return (a.review === '' || a.review === 'returned') && a.due_date <= horizon;
}
