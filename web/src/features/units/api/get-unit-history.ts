// GET /api/v1/units/{id}/history → {events}: creation, renames, moves, merges, splits, dissolution.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { unitEventSchema } from '../../../lib/units/model';

export const unitHistoryResponseSchema = z.object({ events: z.array(unitEventSchema) });

export function getUnitHistory(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/v1/units/${id}/history`, { schema: unitHistoryResponseSchema, signal });
}

export function useUnitHistory(id: number | null) {
  return useQuery({
    queryKey: ['units', 'history', id],
    queryFn: ({ signal }) => getUnitHistory(id as number, signal),
    enabled: id !== null,
  });
}
