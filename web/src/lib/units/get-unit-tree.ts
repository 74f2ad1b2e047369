// GET /api/v1/units/tree?date=YYYY-MM-DD → {date, units}: every unit valid on that date, flat;
// the tree is built client-side from parent_id (see ../lib/tree.ts).
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../api';
import { unitNodeSchema } from './model';

export const unitTreeResponseSchema = z.object({
  date: z.string(),
  units: z.array(unitNodeSchema),
});

export type UnitTreeResponse = z.infer<typeof unitTreeResponseSchema>;

export function getUnitTree(date: string, signal?: AbortSignal) {
  return apiRequest('/api/v1/units/tree', { query: { date }, schema: unitTreeResponseSchema, signal });
}

export function useUnitTree(date: string | null | undefined) {
  return useQuery({
    queryKey: ['units', 'tree', date],
    queryFn: ({ signal }) => getUnitTree(date as string, signal),
    enabled: !!date,
    staleTime: 5 * 60_000,
  });
}
