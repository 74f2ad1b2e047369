// GET /api/v1/decrees → {decrees} (everyone): the decrees on traffic violations and their dates in force.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const decreeSchema = z.object({
  code: z.string(),
  number: z.string(),
  title: z.string(),
  signed_on: z.string().nullable(),
  effective_from: z.string(),
  effective_to: z.string().nullable(),
  source: z.string().nullable(),
  updated_at: z.string().nullable(),
});
export type Decree = z.infer<typeof decreeSchema>;

export function listDecrees(signal?: AbortSignal) {
  return apiRequest('/api/v1/decrees', { schema: z.object({ decrees: z.array(decreeSchema) }), signal });
}

export function useDecrees() {
  return useQuery({ queryKey: ['legal', 'decrees'], queryFn: ({ signal }) => listDecrees(signal), staleTime: 60_000 });
}
