// GET /api/v1/units/{id}/document-settings/people → {people}: the active people of a unit who may
// be given a duty (check, sign, văn thư); for the unit's management (manage_document_settings).
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

const peopleSchema = z.object({ people: z.array(z.object({ id: z.number(), full_name: z.string() })) });

export function useDocumentPeople(unitId: number) {
  return useQuery({
    queryKey: ['documents', 'people', unitId] as const,
    queryFn: ({ signal }) => apiRequest(`/api/v1/units/${unitId}/document-settings/people`, { schema: peopleSchema, signal }),
  });
}
