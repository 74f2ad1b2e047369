// PUT /api/v1/privacy/dpia/risks/{id} (manage_privacy_register) → {risk}: a risk of the impact
// assessment rewritten. 422 names the field.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import type { RiskInput } from './create-risk';
import { riskSchema } from './get-dpia';

export function updateRisk({ id, ...body }: RiskInput & { id: number }) {
  return apiRequest(`/api/v1/privacy/dpia/risks/${id}`, { method: 'PUT', body, schema: z.object({ risk: riskSchema }) });
}

export function useUpdateRisk() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: updateRisk, onSuccess: () => void qc.invalidateQueries({ queryKey: ['privacy-register', 'dpia'] }) });
}
