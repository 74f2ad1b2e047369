// POST /api/v1/tasks/{id}/files?name= (attach_files; raw body) → 201 {file}: evidence for the
// report. 413 too large, 415 a type the server does not take: its message explains.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { fileResponseSchema } from '../../../lib/files/model';

export function attachTaskFile(id: number, file: File) {
  return apiRequest(`/api/v1/tasks/${id}/files`, { method: 'POST', query: { name: file.name }, rawBody: file, schema: fileResponseSchema });
}

export function useAttachTaskFile(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => attachTaskFile(id, file),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['plans', 'task-files', id] }),
  });
}
