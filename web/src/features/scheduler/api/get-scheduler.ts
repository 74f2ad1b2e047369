// GET /api/v1/scheduler → {tasks, runs} (operate_system): the periodic tasks with their schedule, next and
// last run, and the most recent runs of all tasks. Refetched every 5 s while the page is open.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const taskRunSchema = z.object({
  id: z.number(),
  task: z.string(),
  instance: z.string(),
  status: z.enum(['running', 'ok', 'failed']),
  started_at: z.string(),
  finished_at: z.string().nullable(),
  summary: z.string().nullable(),
});
export type TaskRun = z.infer<typeof taskRunSchema>;

export const scheduledTaskSchema = z.object({
  name: z.string(),
  title: z.string(),
  every_seconds: z.number().nullable(),
  daily_at: z.string().nullable(),
  enabled: z.boolean(),
  next_run_at: z.string(),
  running_on: z.string().nullable(),
  last_run_at: z.string().nullable(),
  last_status: z.string().nullable(),
});
export type ScheduledTask = z.infer<typeof scheduledTaskSchema>;

export const schedulerSchema = z.object({ tasks: z.array(scheduledTaskSchema), runs: z.array(taskRunSchema) });

export const schedulerQueryKey = ['scheduler'] as const;

export function getScheduler(signal?: AbortSignal) {
  return apiRequest('/api/v1/scheduler', { schema: schedulerSchema, signal });
}

export function useScheduler() {
  return useQuery({ queryKey: schedulerQueryKey, queryFn: ({ signal }) => getScheduler(signal), staleTime: 0, refetchInterval: 5000 });
}
