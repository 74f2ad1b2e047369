// GET /api/v1/tasks/{id} → {task}: one assignment with its task, the unit's report and `actions`.
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { assignmentResponseSchema } from './model';

export function getTask(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/v1/tasks/${id}`, { schema: assignmentResponseSchema, signal });
}

export function useTask(id: number | null) {
  return useQuery({
    queryKey: ['plans', 'task', id],
    queryFn: ({ signal }) => getTask(id as number, signal),
    enabled: id !== null,
  });
}
