// GET /api/v1/calendar/school-years → {school_years} (everyone): teaching dates, semester 2 start,
// peak month, source and note of every known school year.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../api';

export const schoolYearSchema = z.object({
  code: z.string(),
  teaching_from: z.string(),
  teaching_to: z.string(),
  semester2_from: z.string(),
  peak_from: z.string(),
  peak_to: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  source: z.string().nullable(),
  note: z.string().nullable(),
  updated_at: z.string().nullable(),
});
export type SchoolYear = z.infer<typeof schoolYearSchema>;

export const schoolYearsQueryKey = ['calendar', 'school-years'] as const;

export function listSchoolYears(signal?: AbortSignal) {
  return apiRequest('/api/v1/calendar/school-years', { schema: z.object({ school_years: z.array(schoolYearSchema) }), signal });
}

export function useSchoolYears() {
  return useQuery({ queryKey: schoolYearsQueryKey, queryFn: ({ signal }) => listSchoolYears(signal), staleTime: 5 * 60_000 });
}
