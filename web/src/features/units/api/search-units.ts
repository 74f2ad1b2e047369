// GET /api/v1/units/search?q=…&date=… → {units}. The server folds accents ("hong bang" finds
// "Hồng Bàng"); without a date it searches every period.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { unitNodeSchema } from '../../../lib/units/model';

export const searchUnitsResponseSchema = z.object({ units: z.array(unitNodeSchema) });

export function searchUnits(q: string, date?: string | null, signal?: AbortSignal) {
  return apiRequest('/api/v1/units/search', { query: { q: q.trim(), date }, schema: searchUnitsResponseSchema, signal });
}

/** Runs only for queries of at least 2 characters. */
export function useSearchUnits(q: string, date?: string | null) {
  const query = q.trim();
  return useQuery({
    queryKey: ['units', 'search', query, date ?? null],
    queryFn: ({ signal }) => searchUnits(query, date, signal),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
