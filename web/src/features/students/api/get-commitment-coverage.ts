// GET /api/v1/commitments/coverage?kind&school_year&unit_id (view_students) → signed ÷ roster for
// the unit, each school under it and each class, plus the parking operators (signed ÷ listed).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { coverageSchema, type CommitmentKind } from './model';

export interface CoverageFilter {
  kind: CommitmentKind;
  school_year: string;
  unit_id?: number | null;
}

export function getCommitmentCoverage(filter: CoverageFilter, signal?: AbortSignal) {
  return apiRequest('/api/v1/commitments/coverage', { query: { ...filter }, schema: coverageSchema, signal });
}

export function useCommitmentCoverage(filter: CoverageFilter) {
  return useQuery({
    queryKey: ['commitments', 'coverage', filter],
    queryFn: ({ signal }) => getCommitmentCoverage(filter, signal),
    enabled: filter.school_year !== '',
    placeholderData: keepPreviousData,
  });
}
