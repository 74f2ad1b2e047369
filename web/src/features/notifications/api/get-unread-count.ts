// GET /api/v1/notifications/unread-count → {unread_count}: the bell's number, polled every 15 s
// and refetched when the window regains focus.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const UNREAD_POLL_MS = 15_000;

export const unreadCountSchema = z.object({ unread_count: z.number() });

export function getUnreadCount(signal?: AbortSignal) {
  return apiRequest('/api/v1/notifications/unread-count', { schema: unreadCountSchema, signal });
}

export const unreadCountQueryKey = ['notifications', 'unread-count'] as const;

export function useUnreadCount() {
  return useQuery({
    queryKey: unreadCountQueryKey,
    queryFn: ({ signal }) => getUnreadCount(signal),
    staleTime: 0,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
  });
}
