// GET /api/v1/indicators → {indicators, sources} (everyone): the indicator catalogue and the data
// sources (with their fields) a computation may read.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const ROLLUPS = ['sum', 'ratio', 'distinct'] as const;

/** The computation object; kept loose (the server validates it) so new forms still display. */
export const computationSchema = z.record(z.string(), z.unknown());
export type Computation = z.infer<typeof computationSchema>;
/** A computation's filter: field name → accepted values. */
export type Where = Record<string, (string | number)[]>;

export const indicatorSchema = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  rollup: z.enum(ROLLUPS),
  computation: computationSchema,
  description: z.string().nullable(),
  source: z.string().nullable(),
  sort_order: z.number(),
  updated_at: z.string().nullable(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorSourceSchema = z.object({
  name: z.string(),
  name_vi: z.string(),
  fields: z.array(z.object({ name: z.string(), type: z.string() })),
});
export type IndicatorSource = z.infer<typeof indicatorSourceSchema>;

export const indicatorsSchema = z.object({ indicators: z.array(indicatorSchema), sources: z.array(indicatorSourceSchema) });

export const indicatorsQueryKey = ['indicators'] as const;

export function listIndicators(signal?: AbortSignal) {
  return apiRequest('/api/v1/indicators', { schema: indicatorsSchema, signal });
}

export function useIndicators() {
  return useQuery({ queryKey: indicatorsQueryKey, queryFn: ({ signal }) => listIndicators(signal) });
}
