// PATCH /api/v1/documents/{id} {DocumentEditRequest} → {document}: edits a draft (refused once checked).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { documentKeys, documentResponseSchema, type DraftInput } from './model';

export function useUpdateDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: Partial<DraftInput> }) =>
      apiRequest(`/api/v1/documents/${id}`, { method: 'PATCH', body: input, schema: documentResponseSchema }),
    onSuccess: (data) => {
      queryClient.setQueryData(documentKeys.one(data.document.id), data);
      return queryClient.invalidateQueries({ queryKey: documentKeys.all });
    },
  });
}
