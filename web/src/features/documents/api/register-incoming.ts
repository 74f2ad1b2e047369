// POST /api/v1/documents/incoming {IncomingDocumentRequest} → 201 {document}: a document from outside
// (a Ministry directive) entered in the unit's incoming register by hand.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { documentKeys, documentResponseSchema, type Urgency } from './model';

export interface IncomingInput {
  type_code: string;
  number_text: string;
  issued_date: string;
  sender_name: string;
  subject: string;
  received_date?: string;
  eoffice_ref?: string;
  urgency?: Urgency;
}

export function useRegisterIncoming() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IncomingInput) => apiRequest('/api/v1/documents/incoming', { method: 'POST', body: input, schema: documentResponseSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.all }),
  });
}
