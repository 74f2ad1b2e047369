// POST /api/v1/documents/{id}/files?name=&signed=1 (raw body) → 201 {file}. `signed`: the signed
// copy (PDF) of a signed document, before it is issued; the server reads its digital signatures.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { fileResponseSchema } from '../../../lib/files/model';

export function useAttachDocumentFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file, signed }: { id: number; file: File; signed: boolean }) =>
      apiRequest(`/api/v1/documents/${id}/files`, {
        method: 'POST',
        query: { name: file.name, signed: signed ? 1 : undefined },
        rawBody: file,
        schema: fileResponseSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['documents'] }),
  });
}
