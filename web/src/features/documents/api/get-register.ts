// GET /api/v1/document-registers/{outgoing|incoming|tracking}?year=&q=&type= → {title, unit_name, year,
// columns, rows}: the register with the columns of Decree 30 Appendix IV; …/xlsx the same as a file.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest, buildUrl } from '../../../lib/api';

export type RegisterKind = 'outgoing' | 'incoming' | 'tracking';

const registerSchema = z.object({
  title: z.string(),
  unit_name: z.string(),
  year: z.number(),
  columns: z.array(z.string()),
  rows: z.array(z.object({ document_id: z.number(), cells: z.array(z.string()) })),
});
export type Register = z.infer<typeof registerSchema>;

export interface RegisterFilter {
  year: number;
  q?: string;
}

export function registerXlsxUrl(kind: RegisterKind, f: RegisterFilter): string {
  return buildUrl(`/api/v1/document-registers/${kind}/xlsx`, { year: f.year, q: f.q?.trim() });
}

export function useRegister(kind: RegisterKind, f: RegisterFilter) {
  return useQuery({
    queryKey: ['documents', 'register', kind, f.year, f.q?.trim() ?? ''],
    queryFn: ({ signal }) =>
      apiRequest(`/api/v1/document-registers/${kind}`, { query: { year: f.year, q: f.q?.trim() }, schema: registerSchema, signal }),
    placeholderData: keepPreviousData,
  });
}
