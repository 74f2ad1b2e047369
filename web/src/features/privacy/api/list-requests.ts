// GET /api/v1/privacy/requests (privacy_requests) → {requests}: the requests of the schools in
// scope, newest first; the parent's name, the details and the answer only for the child's school.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const STATES = ['open', 'answered', 'refused'] as const;

export const requestSchema = z.object({
  id: z.number(),
  school: z.object({ id: z.number(), code: z.string(), name: z.string() }).nullable(),
  student_id: z.number().nullable(),
  requester_name: z.string().nullable(),
  relation: z.string(),
  kind: z.string(),
  details: z.string().nullable(),
  received_date: z.string(),
  deadline_date: z.string(),
  state: z.enum(STATES),
  answer: z.string().nullable(),
  answered_date: z.string().nullable(),
  overdue: z.boolean(),
  on_time: z.boolean().nullable(),
  can_answer: z.boolean(),
});
export type PrivacyRequest = z.infer<typeof requestSchema>;

export function listRequests(signal?: AbortSignal) {
  return apiRequest('/api/v1/privacy/requests', { schema: z.object({ requests: z.array(requestSchema) }), signal });
}

export function useRequests() {
  return useQuery({ queryKey: ['privacy', 'requests'], queryFn: ({ signal }) => listRequests(signal) });
}
