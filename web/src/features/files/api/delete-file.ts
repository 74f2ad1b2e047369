// DELETE /api/v1/files/{id} → 204. 403 when the user may not delete it (the message says why).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';

export function deleteFile(id: number) {
  return apiRequest(`/api/v1/files/${id}`, { method: 'DELETE' });
}

export function useDeleteFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteFile,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['files'] }),
  });
}
