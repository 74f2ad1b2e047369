// GET /api/v1/enrolments/totals?school_year=&unit_id= → {unit_id, school_year, as_of, total,
// units_reporting, by_level}: the enrolment of a unit and every unit under it (default: the
// user's own unit).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import type { EnrolmentFilter } from './list-enrolments';

export const enrolmentTotalsSchema = z.object({
  unit_id: z.number(),
  school_year: z.string(),
  as_of: z.string(),
  total: z.number(),
  units_reporting: z.number(),
  by_level: z.array(z.object({ level: z.string(), students: z.number() })),
});
export type EnrolmentTotals = z.infer<typeof enrolmentTotalsSchema>;

export function getEnrolmentTotals(filter: EnrolmentFilter, signal?: AbortSignal) {
  return apiRequest('/api/v1/enrolments/totals', { query: { ...filter }, schema: enrolmentTotalsSchema, signal });
}

export function useEnrolmentTotals(filter: EnrolmentFilter) {
  return useQuery({
    queryKey: ['enrolments', 'totals', filter],
    queryFn: ({ signal }) => getEnrolmentTotals(filter, signal),
    enabled: filter.school_year !== '',
    placeholderData: keepPreviousData,
  });
}
