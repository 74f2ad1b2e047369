// POST /api/v1/unit-events → 201 {event_id}: applies a merge/split/dissolve/rename/move.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import type { UnitEventInput } from '../../../lib/units/model';

export const applyUnitEventResponseSchema = z.object({ event_id: z.number() });

export function applyUnitEvent(input: UnitEventInput) {
  return apiRequest('/api/v1/unit-events', { method: 'POST', body: input, schema: applyUnitEventResponseSchema });
}

export function useApplyUnitEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyUnitEvent,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['units'] }),
  });
}
