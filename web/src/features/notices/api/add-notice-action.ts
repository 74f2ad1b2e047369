// POST /api/v1/notices/{id}/actions {kind, action_date, measure_code?, note?} (handle_notices):
// what the school did. 422 names the field (a measure the date or school type does not allow, a
// principal's measure by a teacher, a date before the violation or in the future).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export interface ActionInput {
  kind: string;
  action_date: string;
  measure_code?: string;
  note?: string;
}

export function addNoticeAction({ id, ...body }: ActionInput & { id: number }) {
  return apiRequest(`/api/v1/notices/${id}/actions`, {
    method: 'POST',
    body,
    schema: z.object({ id: z.number(), notice_id: z.number(), kind: z.string() }),
  });
}

export function useAddNoticeAction() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: addNoticeAction, onSuccess: () => void qc.invalidateQueries({ queryKey: ['notices'] }) });
}
