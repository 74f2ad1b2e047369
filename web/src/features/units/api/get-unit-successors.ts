// GET /api/v1/units/{id}/successors?date=YYYY-MM-DD → {units}: what the unit has become on a date.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { unitNodeSchema } from '../../../lib/units/model';

export const unitSuccessorsResponseSchema = z.object({ units: z.array(unitNodeSchema) });

export function getUnitSuccessors(id: number, date: string, signal?: AbortSignal) {
  return apiRequest(`/api/v1/units/${id}/successors`, { query: { date }, schema: unitSuccessorsResponseSchema, signal });
}

export function useUnitSuccessors(id: number | null, date: string) {
  return useQuery({
    queryKey: ['units', 'successors', id, date],
    queryFn: ({ signal }) => getUnitSuccessors(id as number, date, signal),
    enabled: id !== null,
  });
}
