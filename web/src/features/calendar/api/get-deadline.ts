// GET /api/v1/calendar/deadline?from=&working_days= → {from, working_days, due_date, due_at}
// (everyone): the day `working_days` working days after `from`, due at 23:59:59 Vietnam time.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const deadlineSchema = z.object({
  from: z.string(),
  working_days: z.number(),
  due_date: z.string(),
  due_at: z.string(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export interface DeadlineInput {
  from: string;
  working_days: number;
}

export function getDeadline(input: DeadlineInput, signal?: AbortSignal) {
  return apiRequest('/api/v1/calendar/deadline', { query: { ...input }, schema: deadlineSchema, signal });
}

/** Runs only once `input` is set (the tool's "Tính" button sets it). */
export function useDeadline(input: DeadlineInput | null) {
  return useQuery({
    queryKey: ['calendar', 'deadline', input],
    queryFn: ({ signal }) => getDeadline(input as DeadlineInput, signal),
    enabled: input !== null,
    retry: false,
  });
}
