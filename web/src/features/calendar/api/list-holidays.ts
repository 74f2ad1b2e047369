// GET /api/v1/calendar/holidays?year= → {year, holidays} (everyone): public holidays, days off in
// lieu and make-up working days of one calendar year, each with its source and flags.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const HOLIDAY_KINDS = ['holiday', 'day_off', 'working_day'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export const holidaySchema = z.object({
  day: z.string(),
  kind: z.enum(HOLIDAY_KINDS),
  name: z.string(),
  source: z.string().nullable(),
  flags: z.array(z.string()),
  weekday: z.number(),
  updated_at: z.string().nullable(),
});
export type Holiday = z.infer<typeof holidaySchema>;

export const holidaysQueryKey = (year: number) => ['calendar', 'holidays', year] as const;

export function listHolidays(year: number, signal?: AbortSignal) {
  return apiRequest('/api/v1/calendar/holidays', {
    query: { year },
    schema: z.object({ year: z.number(), holidays: z.array(holidaySchema) }),
    signal,
  });
}

export function useHolidays(year: number) {
  return useQuery({ queryKey: holidaysQueryKey(year), queryFn: ({ signal }) => listHolidays(year, signal), placeholderData: keepPreviousData });
}
