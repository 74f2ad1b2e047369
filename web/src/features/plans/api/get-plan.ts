// GET /api/v1/plans/{id} → {plan}: the plan's document, its sections and tasks.
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { planResponseSchema } from './model';

export function getPlan(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/v1/plans/${id}`, { schema: planResponseSchema, signal });
}

export function usePlan(id: number | null) {
  return useQuery({
    queryKey: ['plans', 'plan', id],
    queryFn: ({ signal }) => getPlan(id as number, signal),
    enabled: id !== null,
  });
}
