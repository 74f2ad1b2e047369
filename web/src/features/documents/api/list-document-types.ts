// GET /api/v1/document-types → {types}: công văn, kế hoạch, … with the abbreviation used in symbols.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const documentTypeSchema = z.object({ code: z.string(), name: z.string(), abbrev: z.string(), is_plan: z.boolean() });
export type DocumentType = z.infer<typeof documentTypeSchema>;

export function useDocumentTypes() {
  return useQuery({
    queryKey: ['documents', 'types'],
    queryFn: ({ signal }) => apiRequest('/api/v1/document-types', { schema: z.object({ types: z.array(documentTypeSchema) }), signal }),
    staleTime: 10 * 60_000,
  });
}
