// POST /api/v1/jobs/{id}/retry → {job}: queues a failed job again (same input file).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { jobResponseSchema } from '../../../lib/jobs/model';
import { jobQueryKey } from './get-job';

export function retryJob(id: number) {
  return apiRequest(`/api/v1/jobs/${id}/retry`, { method: 'POST', schema: jobResponseSchema });
}

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryJob,
    onSuccess: (data) => {
      queryClient.setQueryData(jobQueryKey(data.job.id), data);
      return queryClient.invalidateQueries({ queryKey: ['jobs', 'list'] });
    },
  });
}
