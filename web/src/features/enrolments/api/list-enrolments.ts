// GET /api/v1/enrolments?school_year=&unit_id= → {enrolments} (everyone, within their scope):
// students per school, school year and level.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const ENROLMENT_LEVELS = ['preschool', 'primary', 'lower_secondary', 'upper_secondary', 'continuing', 'vocational'] as const;

export const enrolmentSchema = z.object({
  unit_id: z.number(),
  unit_code: z.string(),
  unit_name: z.string(),
  school_year: z.string(),
  level: z.string(),
  students: z.number(),
  source: z.string(),
  updated_at: z.string().nullable(),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

export interface EnrolmentFilter {
  school_year: string;
  unit_id?: number | null;
}

export function listEnrolments(filter: EnrolmentFilter, signal?: AbortSignal) {
  return apiRequest('/api/v1/enrolments', { query: { ...filter }, schema: z.object({ enrolments: z.array(enrolmentSchema) }), signal });
}

export function useEnrolments(filter: EnrolmentFilter) {
  return useQuery({
    queryKey: ['enrolments', 'list', filter],
    queryFn: ({ signal }) => listEnrolments(filter, signal),
    enabled: filter.school_year !== '',
    placeholderData: keepPreviousData,
  });
}
