// GET /api/v1/plans/{id}/compliance?unit_type=&task_id=&period= → units × tasks of the caller's
// scope: one cell per assignment (a recurring task has one per period), and the totals.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, buildUrl } from '../../../lib/api';
import { complianceSchema } from './model';

export interface ComplianceFilter {
  unit_type?: string | null;
  task_id?: number | null;
  period?: string | null;
}

export function getCompliance(id: number, filter: ComplianceFilter, signal?: AbortSignal) {
  return apiRequest(`/api/v1/plans/${id}/compliance`, { query: { ...filter }, schema: complianceSchema, signal });
}

export function useCompliance(id: number | null, filter: ComplianceFilter) {
  return useQuery({
    queryKey: ['plans', 'compliance', id, filter],
    queryFn: ({ signal }) => getCompliance(id as number, filter, signal),
    enabled: id !== null,
    placeholderData: keepPreviousData,
  });
}

/** GET …/compliance/xlsx: the same matrix as a spreadsheet (a plain download link). */
export function complianceXlsxUrl(id: number, filter: ComplianceFilter): string {
  return buildUrl(`/api/v1/plans/${id}/compliance/xlsx`, { ...filter });
}
