// POST /api/v1/unit-events/preview → {changes, children, warnings}: what an event would do, nothing
// saved; warnings are Vietnamese sentences about unit types or managing offices that rarely combine.
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import type { UnitEventInput } from '../../../lib/units/model';

export const previewChangeSchema = z.object({
  unit_id: z.number().nullish().transform((v) => v ?? null),
  code: z.string(),
  name: z.string(),
  action: z.string(),
  detail: z.string().nullish().transform((v) => v ?? ''),
});
export type PreviewChange = z.infer<typeof previewChangeSchema>;

export const previewChildSchema = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  from_parent_id: z.number().nullish().transform((v) => v ?? null),
  to_parent_id: z.number().nullish().transform((v) => v ?? null),
});
export type PreviewChild = z.infer<typeof previewChildSchema>;

export const unitEventPreviewSchema = z.object({
  changes: z.array(previewChangeSchema),
  children: z.array(previewChildSchema),
  warnings: z.array(z.string()).nullish().transform((v) => v ?? []),
});
export type UnitEventPreview = z.infer<typeof unitEventPreviewSchema>;

export function previewUnitEvent(input: UnitEventInput) {
  return apiRequest('/api/v1/unit-events/preview', { method: 'POST', body: input, schema: unitEventPreviewSchema });
}

export function usePreviewUnitEvent() {
  return useMutation({ mutationFn: previewUnitEvent });
}
