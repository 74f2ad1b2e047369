// GET /api/v1/unit-events/unverified?limit=50&before_id=N → {events, total} (edit_registry): the
// registry events whose legal basis nobody has checked yet, newest first, with their provenance.
import { useInfiniteQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { unitEventSchema } from '../../../lib/units/model';

export const unverifiedEventsResponseSchema = z.object({
  events: z.array(unitEventSchema),
  total: z.number(),
});
export type UnverifiedEvents = z.infer<typeof unverifiedEventsResponseSchema>;

export const UNVERIFIED_PAGE_SIZE = 50;

export function listUnverifiedEvents(beforeId: number | null, signal?: AbortSignal) {
  return apiRequest('/api/v1/unit-events/unverified', {
    query: { limit: UNVERIFIED_PAGE_SIZE, before_id: beforeId ?? undefined },
    schema: unverifiedEventsResponseSchema,
    signal,
  });
}

/** Pages of 50; the next page starts before the last event shown. */
export function useUnverifiedEvents() {
  return useInfiniteQuery({
    queryKey: ['units', 'unverified-events'],
    queryFn: ({ pageParam, signal }) => listUnverifiedEvents(pageParam, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => (last.events.length < UNVERIFIED_PAGE_SIZE ? null : last.events[last.events.length - 1].id),
    staleTime: 0,
  });
}
