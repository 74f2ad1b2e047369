// GET /api/v1/tasks?scope=mine|all&document_id= → {tasks}: the assignments of the caller's unit
// (mine) or of the units the caller supervises (all).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { assignmentSchema } from './model';

export type TaskScope = 'mine' | 'all';

export function listTasks(scope: TaskScope, documentId?: number | null, signal?: AbortSignal) {
  return apiRequest('/api/v1/tasks', { query: { scope, document_id: documentId }, schema: z.object({ tasks: z.array(assignmentSchema) }), signal });
}

export function useTasks(scope: TaskScope, documentId?: number | null) {
  return useQuery({
    queryKey: ['plans', 'tasks', scope, documentId ?? null],
    queryFn: ({ signal }) => listTasks(scope, documentId, signal),
    placeholderData: keepPreviousData,
  });
}
