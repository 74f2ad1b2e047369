// GET /api/v1/jobs/{id} → {job}: the progress of a roster or commitments import, polled every
// 700 ms while it is queued or running; on "done" the student lists and the coverage are refreshed.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { jobResponseSchema } from '../../../lib/jobs/model';

export const JOB_POLL_MS = 700;

const live = (status: string) => status === 'queued' || status === 'running';

export function useImportJob(id: number | null) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: ['students', 'job', id],
    queryFn: async ({ signal }) => {
      const r = await apiRequest(`/api/v1/jobs/${id}`, { schema: jobResponseSchema, signal });
      if (r.job.status === 'done') {
        void qc.invalidateQueries({ queryKey: ['students', 'list'] });
        void qc.invalidateQueries({ queryKey: ['commitments'] });
      }
      return r;
    },
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && live(query.state.data.job.status) ? JOB_POLL_MS : false),
    refetchIntervalInBackground: true,
  });
}
