// GET /api/v1/notifications?unread=1&before_id=&limit= → {notifications, unread_count,
// next_before_id}: newest first; next_before_id (null on the last page) fetches the next page.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { notificationSchema } from '../model';

export const notificationListSchema = z.object({
  notifications: z.array(notificationSchema),
  unread_count: z.number(),
  next_before_id: z.number().nullable(),
});

export type NotificationList = z.infer<typeof notificationListSchema>;

export interface NotificationQuery {
  unreadOnly?: boolean;
  beforeId?: number | null;
  limit?: number;
}

export function listNotifications(q: NotificationQuery, signal?: AbortSignal) {
  return apiRequest('/api/v1/notifications', {
    query: { unread: q.unreadOnly ? 1 : undefined, before_id: q.beforeId ?? undefined, limit: q.limit },
    schema: notificationListSchema,
    signal,
  });
}

/** The few newest notifications, for the bell's dropdown (fetched when it opens). */
export function useRecentNotifications(enabled: boolean, limit = 8) {
  return useQuery({
    queryKey: ['notifications', 'recent', limit],
    queryFn: ({ signal }) => listNotifications({ limit }, signal),
    enabled,
    staleTime: 0,
  });
}

/** Pages of notifications for /notifications, optionally unread only. */
export function useNotificationPages(unreadOnly: boolean, limit = 20) {
  return useInfiniteQuery({
    queryKey: ['notifications', 'pages', unreadOnly, limit],
    queryFn: ({ pageParam, signal }) => listNotifications({ unreadOnly, beforeId: pageParam, limit }, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.next_before_id,
    staleTime: 0,
  });
}
