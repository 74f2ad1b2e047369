// GET /api/v1/jobs → {jobs}: the current user's jobs, newest first. Refetched every few seconds
// while one of them is still queued or running.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { isLive } from '../lib/progress';
import { jobSchema } from '../../../lib/jobs/model';

export const jobListSchema = z.object({ jobs: z.array(jobSchema) });

export function listJobs(signal?: AbortSignal) {
  return apiRequest('/api/v1/jobs', { schema: jobListSchema, signal });
}

export function useJobs() {
  return useQuery({
    queryKey: ['jobs', 'list'],
    queryFn: ({ signal }) => listJobs(signal),
    refetchInterval: (query) => (query.state.data?.jobs.some((j) => isLive(j.status)) ? 2000 : false),
  });
}
