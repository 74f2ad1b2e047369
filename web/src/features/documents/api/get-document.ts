// GET /api/v1/documents/{id} → {document}: the whole document with the `actions` the caller may take.
// A recipient's first read marks the delivery opened (the server does it).
import { useQueries, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { documentKeys, documentResponseSchema } from './model';

export function getDocument(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/v1/documents/${id}`, { schema: documentResponseSchema, signal });
}

export function useDocument(id: number | null) {
  return useQuery({
    queryKey: documentKeys.one(id ?? 0),
    queryFn: ({ signal }) => getDocument(id ?? 0, signal),
    enabled: id !== null && id > 0,
  });
}

/** Several documents at once (the list of those awaiting the user's step reads their actions). */
export function useDocumentsById(ids: readonly number[]) {
  return useQueries({
    queries: ids.map((id) => ({ queryKey: documentKeys.one(id), queryFn: ({ signal }: { signal: AbortSignal }) => getDocument(id, signal) })),
  });
}
