// POST /api/v1/privacy/requests/{id}/answer {answer, refused?} (the school's management) →
// {request} with on_time. 409 once answered.
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { requestSchema } from './list-requests';

export function answerRequest({ id, answer, refused }: { id: number; answer: string; refused: boolean }) {
  return apiRequest(`/api/v1/privacy/requests/${id}/answer`, { method: 'POST', body: { answer, refused }, schema: z.object({ request: requestSchema }) });
}
