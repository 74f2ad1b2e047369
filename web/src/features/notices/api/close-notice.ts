// POST /api/v1/notices/{id}/close {summary} (handle_notices) → {state, on_time}. 422 until a
// measure or a parent meeting is recorded.
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export function closeNotice({ id, summary }: { id: number; summary: string }) {
  return apiRequest(`/api/v1/notices/${id}/close`, {
    method: 'POST',
    body: { summary },
    schema: z.object({ id: z.number(), state: z.string(), on_time: z.boolean() }),
  });
}

