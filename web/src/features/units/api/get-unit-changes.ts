// GET /api/v1/units/changes?from=YYYY-MM-DD&to=YYYY-MM-DD → what ended, started, was renamed or
// moved between two dates, and the events (merges, splits, …) in between, with counts.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { unitEventSchema } from '../../../lib/units/model';

export const unitChangeSideSchema = z.object({
  name: z.string(),
  type: z.string(),
  parent_id: z.number().nullish().transform((v) => v ?? null),
  parent_name: z.string().nullish().transform((v) => v ?? null),
});
export type UnitChangeSide = z.infer<typeof unitChangeSideSchema>;

export const unitChangeSchema = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  type: z.string(),
  before: unitChangeSideSchema.nullish().transform((v) => v ?? null),
  after: unitChangeSideSchema.nullish().transform((v) => v ?? null),
});
export type UnitChange = z.infer<typeof unitChangeSchema>;

export const unitChangesResponseSchema = z.object({
  from: z.string(),
  to: z.string(),
  counts: z.object({
    ended: z.number(),
    started: z.number(),
    renamed: z.number(),
    moved: z.number(),
    events: z.number(),
    events_by_kind: z.record(z.string(), z.number()),
  }),
  ended: z.array(unitChangeSchema),
  started: z.array(unitChangeSchema),
  renamed: z.array(unitChangeSchema),
  moved: z.array(unitChangeSchema),
  events: z.array(unitEventSchema),
});
export type UnitChanges = z.infer<typeof unitChangesResponseSchema>;

export function getUnitChanges(from: string, to: string, signal?: AbortSignal) {
  return apiRequest('/api/v1/units/changes', { query: { from, to }, schema: unitChangesResponseSchema, signal });
}

export function useUnitChanges(from: string, to: string) {
  return useQuery({
    queryKey: ['units', 'changes', from, to],
    queryFn: ({ signal }) => getUnitChanges(from, to, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
