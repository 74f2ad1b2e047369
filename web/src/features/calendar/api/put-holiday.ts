// PUT /api/v1/calendar/holidays/{day} {kind, name, source?, flags?} (admin, department) →
// {holiday}: adds or replaces the entry of one day. 422 error.fields in Vietnamese.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { HOLIDAY_KINDS, holidaySchema } from './list-holidays';

export const holidayInputSchema = z.object({
  kind: z.enum(HOLIDAY_KINDS),
  name: z.string().min(1).max(200),
  source: z.string().max(1000).nullable().optional(),
  flags: z.array(z.literal('unverified')).optional(),
});
export type HolidayInput = z.infer<typeof holidayInputSchema>;

export function putHoliday({ day, input }: { day: string; input: HolidayInput }) {
  return apiRequest(`/api/v1/calendar/holidays/${encodeURIComponent(day)}`, {
    method: 'PUT',
    body: holidayInputSchema.parse(input),
    schema: z.object({ holiday: holidaySchema }),
  });
}

export function usePutHoliday() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putHoliday,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
}
