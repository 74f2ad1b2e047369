// POST /api/v1/uploads?name= (raw body) → 201 {file}: a file kept for a later job or preview
// (e.g. a users CSV). 413 too large, 415 type not allowed: the server's message explains.
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../api';
import { fileResponseSchema } from './model';

export function uploadFile(file: File) {
  return apiRequest('/api/v1/uploads', {
    method: 'POST',
    query: { name: file.name },
    rawBody: file,
    schema: fileResponseSchema,
  });
}

export function useUploadFile() {
  return useMutation({ mutationFn: uploadFile });
}
