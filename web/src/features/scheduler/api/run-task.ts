// POST /api/v1/scheduler/{name}/run → 202 {message} (admin): the task runs within a few seconds on
// whichever node holds the lease; the schedule is refetched soon after.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { schedulerQueryKey } from './get-scheduler';

export const runTaskResponseSchema = z.object({ message: z.string() });

export function runTask(name: string) {
  return apiRequest(`/api/v1/scheduler/${encodeURIComponent(name)}/run`, { method: 'POST', schema: runTaskResponseSchema });
}

export function useRunTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runTask,
    onSuccess: () => {
      // The run starts within seconds: look again shortly.
      setTimeout(() => queryClient.invalidateQueries({ queryKey: schedulerQueryKey }), 2500);
      return queryClient.invalidateQueries({ queryKey: schedulerQueryKey });
    },
  });
}
