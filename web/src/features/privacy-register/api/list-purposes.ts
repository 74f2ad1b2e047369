// GET /api/v1/privacy/purposes (view_privacy_register) → {purposes, general_retention_days,
// can_edit}: the register of the purposes for which the product processes personal data — legal
// basis, data, people concerned, recipients, how long the data is kept (null: the general setting).
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const purposeSchema = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  legal_basis: z.string(),
  data_categories: z.string(),
  data_subjects: z.string(),
  recipients: z.string(),
  retention_days: z.number().nullable(),
  retention_note: z.string(),
  effective_retention_days: z.number(),
  source: z.string(),
  updated_at: z.string().nullable(),
  updated_by_name: z.string().nullable(),
});
export type Purpose = z.infer<typeof purposeSchema>;

export function listPurposes(signal?: AbortSignal) {
  return apiRequest('/api/v1/privacy/purposes', {
    schema: z.object({ purposes: z.array(purposeSchema), general_retention_days: z.number(), can_edit: z.boolean() }),
    signal,
  });
}

export function usePurposes() {
  return useQuery({ queryKey: ['privacy-register', 'purposes'], queryFn: ({ signal }) => listPurposes(signal) });
}
