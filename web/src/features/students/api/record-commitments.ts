// PUT /api/v1/commitments {school_year, kind, unit_id, entries: [{student_id, signed, signed_date?}]}
// (record_commitments, the student's own school) → {recorded, signed, batch_id}. All or nothing: a
// bad entry answers 422 with the rows.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import type { CommitmentKind } from './model';

export interface CommitmentEntry {
  student_id: number;
  signed: boolean;
  signed_date?: string;
}

export interface RecordCommitmentsInput {
  school_year: string;
  kind: CommitmentKind;
  unit_id: number;
  entries: CommitmentEntry[];
}

export function recordCommitments(body: RecordCommitmentsInput) {
  return apiRequest('/api/v1/commitments', {
    method: 'PUT',
    body,
    schema: z.object({ recorded: z.number(), signed: z.number(), batch_id: z.string() }),
  });
}

export function useRecordCommitments() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: recordCommitments,
    onSuccess: () => qc.invalidateQueries({ queryKey: ['commitments'] }),
  });
}
