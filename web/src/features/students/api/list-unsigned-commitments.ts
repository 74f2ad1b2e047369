// GET /api/v1/commitments/unsigned?kind&class_name&school_year&unit_id (view_students) → the title
// and the students of one class who have not signed (for printing, and to tick the others).
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { unsignedSchema, type CommitmentKind } from './model';

export interface UnsignedFilter {
  kind: CommitmentKind;
  class_name: string;
  school_year: string;
  unit_id?: number | null;
}

export function listUnsignedCommitments(filter: UnsignedFilter, signal?: AbortSignal) {
  return apiRequest('/api/v1/commitments/unsigned', { query: { ...filter }, schema: unsignedSchema, signal });
}

export function useUnsignedCommitments(filter: UnsignedFilter | null) {
  return useQuery({
    queryKey: ['commitments', 'unsigned', filter],
    queryFn: ({ signal }) => listUnsignedCommitments(filter as UnsignedFilter, signal),
    enabled: !!filter && filter.class_name !== '' && filter.school_year !== '',
  });
}
