// GET /api/v1/calendar/periods?date= (everyone): the school year, semester, peak month, calendar
// year and statistical year a day belongs to, and whether it is a working / teaching day.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

const range = { from: z.string(), to: z.string() };

export const periodsSchema = z.object({
  date: z.string(),
  weekday: z.number(),
  working_day: z.boolean(),
  teaching: z.boolean(),
  school_year: z.object({ code: z.string(), ...range, teaching_from: z.string(), teaching_to: z.string(), from_data: z.boolean() }),
  semester: z.object({ number: z.number(), ...range }),
  peak_month: z.object({ active: z.boolean(), ...range }),
  calendar_year: z.object({ year: z.number(), ...range }),
  statistical_year: z.object({ year: z.number(), start: z.string(), ...range }),
});
export type Periods = z.infer<typeof periodsSchema>;

export function getPeriods(date: string, signal?: AbortSignal) {
  return apiRequest('/api/v1/calendar/periods', { query: { date }, schema: periodsSchema, signal });
}

export function usePeriods(date: string | null) {
  return useQuery({
    queryKey: ['calendar', 'periods', date],
    queryFn: ({ signal }) => getPeriods(date as string, signal),
    enabled: date !== null,
    retry: false,
  });
}
