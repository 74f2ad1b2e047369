// POST /api/v1/tasks/{id}/review (review_tasks, the supervising side) {decision, comment} → {task}.
// Returning a report needs a reason (422 otherwise).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { afterAssignmentChange } from './invalidate';
import { assignmentResponseSchema } from './model';

export interface TaskReviewInput {
  decision: 'accept' | 'return';
  comment?: string;
}

export function reviewTask(id: number, body: TaskReviewInput) {
  return apiRequest(`/api/v1/tasks/${id}/review`, { method: 'POST', body, schema: assignmentResponseSchema });
}

export function useReviewTask(id: number) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (body: TaskReviewInput) => reviewTask(id, body), onSuccess: (data) => afterAssignmentChange(qc, data) });
}
