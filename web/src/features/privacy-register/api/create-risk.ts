// POST /api/v1/privacy/dpia/risks (manage_privacy_register) → 201 {risk}: a risk of a purpose
// added to the impact assessment. 422 names the field.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { riskSchema, type Level } from './get-dpia';

export interface RiskInput {
  purpose_code: string;
  risk: string;
  likelihood: Level;
  impact: Level;
  measures: string;
  residual: Level;
}

export function createRisk(body: RiskInput) {
  return apiRequest('/api/v1/privacy/dpia/risks', { method: 'POST', body, schema: z.object({ risk: riskSchema }) });
}

export function useCreateRisk() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createRisk, onSuccess: () => void qc.invalidateQueries({ queryKey: ['privacy-register', 'dpia'] }) });
}
