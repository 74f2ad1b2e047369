// GET /api/v1/jobs/{id} → {job}: progress and result. Polled every 700 ms while the job is queued
// or running; a finished job is not polled again.
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { isLive } from '../lib/progress';
import { jobResponseSchema } from '../../../lib/jobs/model';

export const JOB_POLL_MS = 700;

export function getJob(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/v1/jobs/${id}`, { schema: jobResponseSchema, signal });
}

export const jobQueryKey = (id: number) => ['jobs', 'detail', id] as const;

export function useJob(id: number | null) {
  return useQuery({
    queryKey: jobQueryKey(id ?? 0),
    queryFn: ({ signal }) => getJob(id as number, signal),
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && isLive(query.state.data.job.status) ? JOB_POLL_MS : false),
    refetchIntervalInBackground: true,
  });
}
