// POST /api/v1/documents/{id}/check → {document}: the head of the drafting section checks the draft.
import { useDocumentStep } from './step';

export function useCheckDocument() {
  return useDocumentStep<void>((id) => ({ path: `/api/v1/documents/${id}/check`, method: 'POST' }));
}
