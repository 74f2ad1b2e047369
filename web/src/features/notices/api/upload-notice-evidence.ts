// POST /api/v1/notices/{id}/evidence?name= (handle_notices; raw body) → 201 {id, file}: a file
// that shows what the school did (minutes of a parent meeting, a signed commitment).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { fileSchema } from '../../../lib/files/model';

export function uploadNoticeEvidence({ id, file }: { id: number; file: File }) {
  return apiRequest(`/api/v1/notices/${id}/evidence`, {
    method: 'POST',
    query: { name: file.name },
    rawBody: file,
    schema: z.object({ id: z.number(), file: fileSchema }),
  });
}

export function useUploadNoticeEvidence() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: uploadNoticeEvidence, onSuccess: () => void qc.invalidateQueries({ queryKey: ['notices'] }) });
}
