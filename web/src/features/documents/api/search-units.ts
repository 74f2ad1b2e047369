// GET /api/v1/units/search?q= → {units}: recipient units picked one by one (accents ignored).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { unitNodeSchema } from '../../../lib/units/model';

export function useUnitSearch(q: string, date: string) {
  const query = q.trim();
  return useQuery({
    queryKey: ['documents', 'unit-search', query, date],
    queryFn: ({ signal }) => apiRequest('/api/v1/units/search', { query: { q: query, date }, schema: z.object({ units: z.array(unitNodeSchema) }), signal }),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
