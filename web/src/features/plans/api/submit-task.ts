// POST /api/v1/tasks/{id}/submit (report_tasks) → {task}: sends the report to the supervising side.
// 422 with the server's Vietnamese message when the task's required evidence is missing.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { afterAssignmentChange } from './invalidate';
import { assignmentResponseSchema } from './model';

export function submitTask(id: number) {
  return apiRequest(`/api/v1/tasks/${id}/submit`, { method: 'POST', schema: assignmentResponseSchema });
}

export function useSubmitTask(id: number) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: () => submitTask(id), onSuccess: (data) => afterAssignmentChange(qc, data) });
}
