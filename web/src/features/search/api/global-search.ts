// GET /api/v1/search?q=&limit= → {units, people}: units (and, for administrators, people) whose
// names match every word of q at a word start, accents and case ignored. Runs from 2 characters.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { unitNodeSchema } from '../../../lib/units/model';
import { userSchema } from '../../../lib/users/model';

export const searchResponseSchema = z.object({ units: z.array(unitNodeSchema), people: z.array(userSchema) });
export type SearchResult = z.infer<typeof searchResponseSchema>;

export function globalSearch(q: string, limit: number, signal?: AbortSignal) {
  return apiRequest('/api/v1/search', { query: { q: q.trim(), limit }, schema: searchResponseSchema, signal });
}

export function useGlobalSearch(q: string, limit = 8) {
  const query = q.trim();
  return useQuery({
    queryKey: ['search', query, limit],
    queryFn: ({ signal }) => globalSearch(query, limit, signal),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
