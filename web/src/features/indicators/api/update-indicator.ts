// PUT /api/v1/indicators/{code} {name, unit, computation, description?, source?, sort_order?}
// (capability edit_indicators) → {indicator}; adds the indicator when the code is new. 422 error.fields
// name the wrong part of the computation ("computation.sum.source", …) in Vietnamese.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { computationSchema, indicatorSchema, indicatorsQueryKey } from './list-indicators';

export const indicatorInputSchema = z.object({
  name: z.string().min(1).max(300),
  unit: z.string().min(1).max(50),
  computation: computationSchema,
  description: z.string().nullable().optional(),
  source: z.string().nullable().optional(),
  sort_order: z.number().int().optional(),
});
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;

export function updateIndicator({ code, input }: { code: string; input: IndicatorInput }) {
  return apiRequest(`/api/v1/indicators/${encodeURIComponent(code)}`, {
    method: 'PUT',
    body: indicatorInputSchema.parse(input),
    schema: z.object({ indicator: indicatorSchema }),
  });
}

export function useUpdateIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateIndicator,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorsQueryKey }),
  });
}
