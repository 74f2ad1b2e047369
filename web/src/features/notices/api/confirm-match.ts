// POST /api/v1/match-queue/{id}/confirm {student_id} (review_matches) → {notice_id, school}: the
// record is about this student; a notice opens to their school.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { unitBriefSchema } from './model';

export function confirmMatch({ id, studentId }: { id: number; studentId: number }) {
  return apiRequest(`/api/v1/match-queue/${id}/confirm`, {
    method: 'POST',
    body: { student_id: studentId },
    schema: z.object({ violation_id: z.number(), state: z.string(), notice_id: z.number(), school: unitBriefSchema }),
  });
}

export function useConfirmMatch() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: confirmMatch, onSuccess: () => void qc.invalidateQueries({ queryKey: ['notices'] }) });
}
