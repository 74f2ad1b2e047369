// POST /api/v1/indicators/preview?view=time|as_of[&as_of=YYYY-MM-DD] {computation, school_year,
// unit_id?} (capability edit_indicators) → {rollup, computation, unit_id, school_year, view, as_of, value,
// unallocated}: checks a computation and computes it once without saving, rolled up along the
// structure of the time (default) or as of a chosen date (default today); `unallocated` ("chưa
// phân bổ") is the part of the value no unit below could take (null for a ratio). 422
// error.fields as for PUT /indicators/{code}.
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

export const VIEWS = ['time', 'as_of'] as const;
export type IndicatorView = (typeof VIEWS)[number];
/** The view query parameters (not part of the JSON body). */
export interface PreviewView {
  view?: IndicatorView;
  as_of?: string;
}

export const previewResultSchema = z.object({
  rollup: z.enum(ROLLUPS),
  computation: computationSchema,
  unit_id: z.number(),
  school_year: z.string(),
  view: z.enum(VIEWS),
  as_of: z.string().nullable(),
  value: z.number().nullable(),
  unallocated: z.number().nullable(),
});
export type PreviewResult = z.infer<typeof previewResultSchema>;

export function previewIndicator({ view, as_of, ...input }: PreviewInput & PreviewView) {
  const q = new URLSearchParams();
  if (view) q.set('view', view);
  if (view === 'as_of' && as_of) q.set('as_of', as_of);
  const query = q.toString();
  return apiRequest(`/api/v1/indicators/preview${query ? `?${query}` : ''}`, {
    method: 'POST',
    body: previewInputSchema.parse(input),
    schema: previewResultSchema,
  });
}

export function usePreviewIndicator() {
  return useMutation({ mutationFn: previewIndicator });
}
