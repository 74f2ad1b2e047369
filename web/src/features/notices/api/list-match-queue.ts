// GET /api/v1/match-queue?limit=&offset= (view_match_queue) → {items, total, can_decide}: the
// records waiting for a person to say which student they are about, oldest first.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { queueItemSchema } from './model';

export const PAGE = 20;

export function listMatchQueue(page: number, signal?: AbortSignal) {
  return apiRequest('/api/v1/match-queue', {
    query: { limit: PAGE, offset: (page - 1) * PAGE },
    schema: z.object({ items: z.array(queueItemSchema), total: z.number(), can_decide: z.boolean() }),
    signal,
  });
}

export function useMatchQueue(page: number) {
  return useQuery({ queryKey: ['notices', 'queue', page], queryFn: ({ signal }) => listMatchQueue(page, signal), placeholderData: keepPreviousData });
}
