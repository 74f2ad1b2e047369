// PUT /api/v1/documents/{id}/eoffice-ref {eoffice_ref} → {document}: the number the document has on
// the city's e-office system (null clears it).
import { useDocumentStep } from './step';

export function useSetEofficeRef() {
  return useDocumentStep<{ eoffice_ref: string | null }>((id, body) => ({ path: `/api/v1/documents/${id}/eoffice-ref`, method: 'PUT', body }));
}
