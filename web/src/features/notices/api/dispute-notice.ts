// POST /api/v1/notices/{id}/dispute {reason} (handle_notices): "not our student" — the record goes
// back to the review queue without this student and the recording police unit is told.
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export function disputeNotice({ id, reason }: { id: number; reason: string }) {
  return apiRequest(`/api/v1/notices/${id}/dispute`, {
    method: 'POST',
    body: { reason },
    schema: z.object({ id: z.number(), state: z.string(), match_state: z.string() }),
  });
}

