// POST /api/v1/documents/{id}/issue → {document}: the văn thư gives number and date and sends it to the resolved recipients.
import { useDocumentStep } from './step';

export function useIssueDocument() {
  return useDocumentStep<void>((id) => ({ path: `/api/v1/documents/${id}/issue`, method: 'POST' }));
}
