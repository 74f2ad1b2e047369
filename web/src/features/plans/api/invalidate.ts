// After a report, a submission or a review: the assignment, the lists and the matrices change.
import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { assignmentResponseSchema } from './model';

export function afterAssignmentChange(qc: QueryClient, data: z.infer<typeof assignmentResponseSchema>) {
  qc.setQueryData(['plans', 'task', data.task.id], data);
  void qc.invalidateQueries({ queryKey: ['plans', 'tasks'] });
  void qc.invalidateQueries({ queryKey: ['plans', 'compliance'] });
  void qc.invalidateQueries({ queryKey: ['home'] });
}
