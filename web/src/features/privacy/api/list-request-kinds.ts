// GET /api/v1/privacy/request-kinds (privacy_requests) → {kinds}: what a parent may ask about
// their child's data, the answer deadline of each and its legal source (data an administrator
// keeps up to date).
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const kindSchema = z.object({
  code: z.string(),
  name: z.string(),
  deadline_days: z.number(),
  working_days: z.boolean(),
  valid_from: z.string(),
  source: z.string(),
  review_note: z.string().nullable(),
});

export function listRequestKinds(signal?: AbortSignal) {
  return apiRequest('/api/v1/privacy/request-kinds', { schema: z.object({ kinds: z.array(kindSchema) }), signal });
}

export function useRequestKinds() {
  return useQuery({ queryKey: ['privacy', 'kinds'], queryFn: ({ signal }) => listRequestKinds(signal), staleTime: 60_000 });
}
