// GET /api/v1/units/{id}/files → {files}: the documents attached to a unit. 404 when the unit is
// outside the user's reach (another school).
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { fileSchema } from '../../../lib/files/model';

export const fileListSchema = z.object({ files: z.array(fileSchema) });

export function listUnitFiles(unitId: number, signal?: AbortSignal) {
  return apiRequest(`/api/v1/units/${unitId}/files`, { schema: fileListSchema, signal });
}

export const unitFilesQueryKey = (unitId: number) => ['files', 'unit', unitId] as const;

export function useUnitFiles(unitId: number) {
  return useQuery({
    queryKey: unitFilesQueryKey(unitId),
    queryFn: ({ signal }) => listUnitFiles(unitId, signal),
  });
}
