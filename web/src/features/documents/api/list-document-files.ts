// GET /api/v1/documents/{id}/files → {files}: attachments, the signed copy among them.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { fileSchema } from '../../../lib/files/model';

export function useDocumentFiles(id: number) {
  return useQuery({
    queryKey: ['documents', 'files', id],
    queryFn: ({ signal }) => apiRequest(`/api/v1/documents/${id}/files`, { schema: z.object({ files: z.array(fileSchema) }), signal }),
  });
}
