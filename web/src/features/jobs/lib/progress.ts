// Pure mapping from a job to what the progress view shows: the bar's percent and state, the
// "rows done / total" text, whether to keep polling, and the result summary lines.
import type { Job, JobStatus } from '../../../lib/jobs/model';

export type ProgressState = 'normal' | 'active' | 'success' | 'exception';

export interface ProgressView {
  percent: number;
  state: ProgressState;
  /** "35 / 80" when the total is known, "35" when only done rows are, null before any row. */
  rows: string | null;
  step: string | null;
  /** Queued or running: poll the server. */
  live: boolean;
}

export function isLive(status: JobStatus): boolean {
  return status === 'queued' || status === 'running';
}

function clampPercent(p: number): number {
  if (!Number.isFinite(p)) return 0;
  return Math.min(100, Math.max(0, Math.round(p)));
}

export function progressView(job: Pick<Job, 'status' | 'percent' | 'rows_done' | 'rows_total' | 'step'>): ProgressView {
  const state: ProgressState =
    job.status === 'done' ? 'success' : job.status === 'failed' ? 'exception' : job.status === 'running' ? 'active' : 'normal';
  const percent = job.status === 'done' ? 100 : clampPercent(job.percent);
  let rows: string | null = null;
  if (job.rows_total !== null && job.rows_total > 0) rows = `${job.rows_done} / ${job.rows_total}`;
  else if (job.rows_done > 0) rows = String(job.rows_done);
  return { percent, state, rows, step: job.step, live: isLive(job.status) };
}

export interface ResultLine {
  key: string;
  value: string;
}

/**
 * The result object as lines to show: its `message` first (a sentence from the server), then the
 * other scalar values ("created: 80"); nested values are left out.
 */
export function resultLines(result: Record<string, unknown> | null): { message: string | null; lines: ResultLine[] } {
  if (!result) return { message: null, lines: [] };
  const message = typeof result.message === 'string' ? result.message : null;
  const lines: ResultLine[] = [];
  for (const [key, value] of Object.entries(result)) {
    if (key === 'message') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') lines.push({ key, value: String(value) });
  }
  return { message, lines };
}
