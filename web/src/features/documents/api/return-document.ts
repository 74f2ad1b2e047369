// POST /api/v1/documents/{id}/return {comment} → {document}: the draft goes back to its drafter.
import { useDocumentStep } from './step';

export function useReturnDocument() {
  return useDocumentStep<{ comment: string }>((id, body) => ({ path: `/api/v1/documents/${id}/return`, method: 'POST', body }));
}
