// PUT /api/v1/calendar/settings {statistical_year_start: "MM-DD"} (admin, department) →
// {statistical_year_start}. There is no GET: the current value comes with GET /calendar/periods.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const calendarSettingsSchema = z.object({ statistical_year_start: z.string().regex(/^\d{2}-\d{2}$/) });
export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

export function updateCalendarSettings(input: CalendarSettings) {
  return apiRequest('/api/v1/calendar/settings', {
    method: 'PUT',
    body: calendarSettingsSchema.parse(input),
    schema: z.object({ statistical_year_start: z.string() }),
  });
}

export function useUpdateCalendarSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCalendarSettings,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
}
