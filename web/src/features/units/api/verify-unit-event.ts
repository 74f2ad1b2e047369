// POST /api/v1/unit-events/{id}/verify {source} → {event} (edit_registry): records the legal
// document an event was checked against; the event loses its "unverified" flag.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { unitEventSchema } from '../../../lib/units/model';

export const verifyUnitEventResponseSchema = z.object({ event: unitEventSchema });

export interface VerifyUnitEventInput {
  id: number;
  source: string;
}

export function verifyUnitEvent({ id, source }: VerifyUnitEventInput) {
  return apiRequest(`/api/v1/unit-events/${id}/verify`, { method: 'POST', body: { source }, schema: verifyUnitEventResponseSchema });
}

/** Refetches the registry queries and the home page's counts (its query key is ['home']). */
export function useVerifyUnitEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyUnitEvent,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['units'] }), queryClient.invalidateQueries({ queryKey: ['home'] })]),
  });
}
