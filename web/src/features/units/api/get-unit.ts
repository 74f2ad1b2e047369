// GET /api/v1/units/{id} → {unit}: one unit with contact details and all its versions.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { unitDetailSchema } from '../../../lib/units/model';

export const unitResponseSchema = z.object({ unit: unitDetailSchema });

export function getUnit(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/v1/units/${id}`, { schema: unitResponseSchema, signal });
}

export function useUnit(id: number | null) {
  return useQuery({
    queryKey: ['units', 'detail', id],
    queryFn: ({ signal }) => getUnit(id as number, signal),
    enabled: id !== null,
  });
}
