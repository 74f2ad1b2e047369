// POST /api/v1/documents {DocumentDraftRequest} → 201 {document}: a new draft of the caller's unit.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { documentKeys, documentResponseSchema, type DraftInput } from './model';

export function useCreateDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DraftInput) => apiRequest('/api/v1/documents', { method: 'POST', body: input, schema: documentResponseSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.all }),
  });
}
