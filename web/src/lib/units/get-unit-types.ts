// GET /api/v1/unit-types → {types}: the catalogue of unit types (rarely changes; cached long).
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../api';
import { unitTypeSchema } from './model';

export const unitTypesResponseSchema = z.object({ types: z.array(unitTypeSchema) });

export function getUnitTypes(signal?: AbortSignal) {
  return apiRequest('/api/v1/unit-types', { schema: unitTypesResponseSchema, signal });
}

export function useUnitTypes() {
  return useQuery({
    queryKey: ['unit-types'],
    queryFn: ({ signal }) => getUnitTypes(signal),
    staleTime: 60 * 60_000,
  });
}
