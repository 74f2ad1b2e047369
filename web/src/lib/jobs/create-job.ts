// POST /api/v1/jobs {kind, file_id?, params?} → 201 {job} (admin): starts a background job; the
// caller then opens /jobs/{id}.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../api';
import { jobResponseSchema } from './model';

export const createJobInputSchema = z.object({
  kind: z.enum(['users_import', 'audit_export']),
  file_id: z.number().optional(),
  params: z
    .object({
      entity: z.string().optional(),
      from: z.string().optional(),
      to: z.string().optional(),
    })
    .optional(),
});

export type CreateJobInput = z.infer<typeof createJobInputSchema>;

export function createJob(input: CreateJobInput) {
  return apiRequest('/api/v1/jobs', { method: 'POST', body: createJobInputSchema.parse(input), schema: jobResponseSchema });
}

export function useCreateJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createJob,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['jobs', 'list'] }),
  });
}
