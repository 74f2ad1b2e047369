// POST /api/v1/accidents/{id}/withdraw {reason} (the recording unit) → {id, status}.
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export function withdrawAccident({ id, reason }: { id: number; reason: string }) {
  return apiRequest(`/api/v1/accidents/${id}/withdraw`, { method: 'POST', body: { reason }, schema: z.object({ id: z.number(), status: z.string() }) });
}
