// PUT /api/v1/tasks/{id}/report (report_tasks) → {task}: status, narrative and figures typed by
// the unit (stored as reported). 409 while a submitted report waits for its review.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { afterAssignmentChange } from './invalidate';
import { assignmentResponseSchema, type TaskStatus } from './model';

export interface TaskReportInput {
  status: TaskStatus;
  narrative: string;
  figures: Record<string, number>;
}

export function reportTask(id: number, body: TaskReportInput) {
  return apiRequest(`/api/v1/tasks/${id}/report`, { method: 'PUT', body, schema: assignmentResponseSchema });
}

export function useReportTask(id: number) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (body: TaskReportInput) => reportTask(id, body), onSuccess: (data) => afterAssignmentChange(qc, data) });
}
