// GET /api/v1/documents?box=own|inbox&q=&status=&type=&year= → {documents}. `q` matches number,
// symbol or subject without accents; with box=inbox, status=pending keeps the unacknowledged.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { documentListResponseSchema } from './model';

export interface DocumentFilter {
  box: 'own' | 'inbox';
  q?: string;
  status?: string | null;
  type?: string | null;
  year?: number | null;
}

export function listDocuments(f: DocumentFilter, signal?: AbortSignal) {
  return apiRequest('/api/v1/documents', {
    query: { box: f.box, q: f.q?.trim(), status: f.status, type: f.type, year: f.year },
    schema: documentListResponseSchema,
    signal,
  });
}

export function useDocuments(f: DocumentFilter, enabled = true) {
  return useQuery({
    queryKey: ['documents', 'list', f.box, f.q?.trim() ?? '', f.status ?? null, f.type ?? null, f.year ?? null],
    queryFn: ({ signal }) => listDocuments(f, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
