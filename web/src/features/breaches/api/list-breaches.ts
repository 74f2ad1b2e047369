// GET /api/v1/privacy/breaches (manage_breaches) → {breaches}: the incidents of the unit's
// subtree, newest first, with the 72-hour notification clock (hours left, overdue, on time).
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const breachSchema = z.object({
  id: z.number(),
  unit: z.object({ id: z.number(), code: z.string(), name: z.string() }).nullable(),
  detected_at: z.string().nullable(),
  notify_due_at: z.string().nullable(),
  hours_left: z.number().nullable(),
  overdue: z.boolean(),
  notified_on_time: z.boolean().nullable(),
  description: z.string(),
  data_affected: z.string(),
  subjects_count: z.number().nullable(),
  authority_notified_at: z.string().nullable(),
  authority_reference: z.string().nullable(),
  subjects_notified_at: z.string().nullable(),
  measures: z.string(),
  closed_at: z.string().nullable(),
});
export type Breach = z.infer<typeof breachSchema>;

export function listBreaches(signal?: AbortSignal) {
  return apiRequest('/api/v1/privacy/breaches', { schema: z.object({ breaches: z.array(breachSchema) }), signal });
}

export function useBreaches() {
  return useQuery({ queryKey: ['breaches'], queryFn: ({ signal }) => listBreaches(signal) });
}
