// GET /api/v1/settings/retention → {personal_data_days, min_days, max_days, default_days, problem}
// PUT /api/v1/settings/retention {personal_data_days} → the same (system administrator only;
// 422 on personal_data_days outside 1–36,500).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const retentionSchema = z.object({
  personal_data_days: z.number().int().nullable(),
  min_days: z.number().int(),
  max_days: z.number().int(),
  default_days: z.number().int(),
  problem: z.string().nullable(),
});
export type Retention = z.infer<typeof retentionSchema>;
export const retentionQueryKey = ['settings', 'retention'] as const;

export function getRetention(signal?: AbortSignal) {
  return apiRequest('/api/v1/settings/retention', { schema: retentionSchema, signal });
}

export function useRetention(enabled: boolean) {
  return useQuery({ queryKey: retentionQueryKey, queryFn: ({ signal }) => getRetention(signal), enabled });
}

export function putRetention(personal_data_days: number) {
  return apiRequest('/api/v1/settings/retention', {
    method: 'PUT',
    body: { personal_data_days },
    schema: retentionSchema,
  });
}

export function useSetRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putRetention,
    onSuccess: (data) => queryClient.setQueryData(retentionQueryKey, data),
  });
}
