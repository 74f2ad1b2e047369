// POST /api/v1/units/{id}/files?name= (raw body) → 201 {file}. 413 too large, 415 type not
// allowed, 403 not permitted: each with the server's Vietnamese message.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { fileResponseSchema } from '../../../lib/files/model';
import { unitFilesQueryKey } from './list-unit-files';

export interface AttachUnitFileInput {
  unitId: number;
  file: File;
}

export function attachUnitFile({ unitId, file }: AttachUnitFileInput) {
  return apiRequest(`/api/v1/units/${unitId}/files`, {
    method: 'POST',
    query: { name: file.name },
    rawBody: file,
    schema: fileResponseSchema,
  });
}

export function useAttachUnitFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: attachUnitFile,
    onSuccess: (_, input) => queryClient.invalidateQueries({ queryKey: unitFilesQueryKey(input.unitId) }),
  });
}
