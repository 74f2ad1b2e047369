// A background job as the API returns it: status, progress (percent, rows, step), result or error,
// and the files it read and wrote. State lives on the server, so a reload shows the same job.
import { z } from 'zod';
import { fileSchema } from '../files/model';

export const jobStatusSchema = z.enum(['queued', 'running', 'done', 'failed']);
export type JobStatus = z.infer<typeof jobStatusSchema>;

export const jobErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  rows: z
    .array(z.object({ row: z.number(), column: z.string(), message: z.string() }))
    .nullish()
    .transform((v) => v ?? []),
});

export const jobSchema = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  status: jobStatusSchema,
  percent: z.number(),
  rows_done: z.number(),
  rows_total: z.number().nullable(),
  step: z.string().nullable(),
  result: z.record(z.string(), z.unknown()).nullable(),
  error: jobErrorSchema.nullable(),
  result_file: fileSchema.nullable(),
  input_file: fileSchema.nullable(),
  attempts: z.number(),
  created_at: z.string(),
  started_at: z.string().nullable(),
  finished_at: z.string().nullable(),
});

export type Job = z.infer<typeof jobSchema>;

export const jobResponseSchema = z.object({ job: jobSchema });

/** Kinds whose writes are audited as one batch "job:<id>" (see the audit log's batch filter). */
const AUDITED_KINDS: readonly string[] = ['users_import'];

/** The audit batch of a finished job that wrote audited rows, or null. */
export function auditBatchOf(job: Pick<Job, 'id' | 'kind' | 'status'>): string | null {
  return job.status === 'done' && AUDITED_KINDS.includes(job.kind) ? `job:${job.id}` : null;
}
