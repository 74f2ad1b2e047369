// POST /api/v1/indicators/preview {computation, school_year, unit_id?} (admin, department) →
// {rollup, computation, unit_id, school_year, value}: checks a computation and computes it once
// without saving. 422 error.fields as for PUT /indicators/{code}.
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { ROLLUPS, computationSchema } from './list-indicators';

export const previewInputSchema = z.object({
  computation: computationSchema,
  school_year: z.string().regex(/^\d{4}-\d{4}$/),
  unit_id: z.number().optional(),
});
export type PreviewInput = z.infer<typeof previewInputSchema>;

export const previewResultSchema = z.object({
  rollup: z.enum(ROLLUPS),
  computation: computationSchema,
  unit_id: z.number(),
  school_year: z.string(),
  value: z.number().nullable(),
});
export type PreviewResult = z.infer<typeof previewResultSchema>;

export function previewIndicator(input: PreviewInput) {
  return apiRequest('/api/v1/indicators/preview', { method: 'POST', body: previewInputSchema.parse(input), schema: previewResultSchema });
}

export function usePreviewIndicator() {
  return useMutation({ mutationFn: previewIndicator });
}
