// POST /api/v1/documents/{id}/acknowledge → {document}: a recipient unit confirms receipt.
import { useDocumentStep } from './step';

export function useAcknowledgeDocument() {
  return useDocumentStep<void>((id) => ({ path: `/api/v1/documents/${id}/acknowledge`, method: 'POST' }));
}
