// POST /api/v1/documents/{id}/sign → {document}: the designated signer signs (no number yet).
import { useDocumentStep } from './step';

export function useSignDocument() {
  return useDocumentStep<void>((id) => ({ path: `/api/v1/documents/${id}/sign`, method: 'POST' }));
}
