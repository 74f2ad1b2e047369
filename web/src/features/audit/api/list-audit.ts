// GET /api/v1/audit?entity=&user_id=&batch_id=&from=&to=&limit=&before_id= → {entries, next_before_id}.
// Newest first; pass next_before_id as before_id for the next (older) page. from/to are
// calendar dates YYYY-MM-DD, both inclusive.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  user_id: z.number().nullish().transform((v) => v ?? null),
  user_login: z.string().nullish().transform((v) => v ?? null),
  ip: z.string().nullish().transform((v) => v ?? null),
  action: z.string(),
  entity: z.string(),
  entity_id: z.union([z.string(), z.number()]).nullish().transform((v) => (v == null ? null : String(v))),
  batch_id: z.string().nullish().transform((v) => v ?? null),
  changes: z.unknown().transform((v) => v ?? null),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditResponseSchema = z.object({
  entries: z.array(auditEntrySchema),
  next_before_id: z.number().nullish().transform((v) => v ?? null),
});

export interface AuditFilter {
  entity?: string;
  user_id?: number | null;
  /** One bulk operation, e.g. "job:42". */
  batch_id?: string | null;
  from?: string | null;
  to?: string | null;
}

export const AUDIT_PAGE_SIZE = 50;

export function listAudit(filter: AuditFilter, beforeId: number | null, signal?: AbortSignal) {
  return apiRequest('/api/v1/audit', {
    query: {
      entity: filter.entity?.trim(),
      user_id: filter.user_id ?? undefined,
      batch_id: filter.batch_id ?? undefined,
      from: filter.from ?? undefined,
      to: filter.to ?? undefined,
      limit: AUDIT_PAGE_SIZE,
      before_id: beforeId ?? undefined,
    },
    schema: auditResponseSchema,
    signal,
  });
}

export function useAudit(filter: AuditFilter, beforeId: number | null) {
  return useQuery({
    queryKey: ['audit', filter, beforeId],
    queryFn: ({ signal }) => listAudit(filter, beforeId, signal),
    placeholderData: keepPreviousData,
  });
}
