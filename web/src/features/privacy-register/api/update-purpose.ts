// PUT /api/v1/privacy/purposes/{code} (manage_privacy_register) → {purpose}: the register entry
// rewritten; retention_days null follows the general setting. 422 names the field.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { purposeSchema } from './list-purposes';

export interface PurposeInput {
  name: string;
  description: string;
  legal_basis: string;
  data_categories: string;
  data_subjects: string;
  recipients: string;
  retention_days: number | null;
  retention_note: string;
}

export function updatePurpose({ code, ...body }: PurposeInput & { code: string }) {
  return apiRequest(`/api/v1/privacy/purposes/${encodeURIComponent(code)}`, { method: 'PUT', body, schema: z.object({ purpose: purposeSchema }) });
}

export function useUpdatePurpose() {
  const qc = useQueryClient();
  // The impact assessment shows the purposes' names too.
  return useMutation({ mutationFn: updatePurpose, onSuccess: () => void qc.invalidateQueries({ queryKey: ['privacy-register'] }) });
}
