// GET /api/v1/emails → {emails} (admin): the outgoing e-mail queue with status, attempts and the
// last delivery error.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const emailSchema = z.object({
  id: z.number(),
  kind: z.string(),
  to: z.string(),
  subject: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number(),
  next_attempt_at: z.string(),
  last_error: z.string().nullable(),
  created_at: z.string(),
  sent_at: z.string().nullable(),
});
export type QueuedEmail = z.infer<typeof emailSchema>;

export const emailListSchema = z.object({ emails: z.array(emailSchema) });

export function listEmails(signal?: AbortSignal) {
  return apiRequest('/api/v1/emails', { schema: emailListSchema, signal });
}

export function useEmails() {
  return useQuery({ queryKey: ['emails'], queryFn: ({ signal }) => listEmails(signal), staleTime: 0, refetchInterval: 10_000 });
}
