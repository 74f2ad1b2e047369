// GET /api/v1/tasks/{id}/files → {files}: the evidence attached to the unit's report.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { fileSchema } from '../../../lib/files/model';

export function listTaskFiles(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/v1/tasks/${id}/files`, { schema: z.object({ files: z.array(fileSchema) }), signal });
}

export function useTaskFiles(id: number | null) {
  return useQuery({
    queryKey: ['plans', 'task-files', id],
    queryFn: ({ signal }) => listTaskFiles(id as number, signal),
    enabled: id !== null,
  });
}
