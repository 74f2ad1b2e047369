// PUT /api/v1/plans/{id}/tasks (draft_documents, a draft plan of one's unit) → {plan}: replaces the
// plan's sections and tasks. 409 once the plan is no longer a draft; 422 with the server's message
// for a task without a responsible party or with a wrong date.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { planResponseSchema, type Evidence, type Recurrence } from './model';

export interface PlanTaskInput {
  /** Index (from 0) of the task's section in `sections`. */
  section?: number;
  content: string;
  responsible_type?: string;
  responsible_under?: number;
  lead?: string;
  cooperating?: string;
  joint?: boolean;
  recurrence: Recurrence;
  due_date?: string;
  due_md?: string;
  until_date?: string;
  evidence?: Partial<Evidence>;
}

export interface PlanTasksInput {
  sections: { title: string }[];
  tasks: PlanTaskInput[];
}

export function putPlanTasks(id: number, body: PlanTasksInput) {
  return apiRequest(`/api/v1/plans/${id}/tasks`, { method: 'PUT', body, schema: planResponseSchema });
}

export function usePutPlanTasks(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanTasksInput) => putPlanTasks(id, body),
    onSuccess: (data) => {
      qc.setQueryData(['plans', 'plan', id], data);
      void qc.invalidateQueries({ queryKey: ['plans', 'compliance', id] });
    },
  });
}
