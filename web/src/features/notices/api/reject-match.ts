// POST /api/v1/match-queue/{id}/reject {reason} (review_matches): none of the proposed students
// is the person recorded.
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export function rejectMatch({ id, reason }: { id: number; reason: string }) {
  return apiRequest(`/api/v1/match-queue/${id}/reject`, {
    method: 'POST',
    body: { reason },
    schema: z.object({ violation_id: z.number(), state: z.string() }),
  });
}
