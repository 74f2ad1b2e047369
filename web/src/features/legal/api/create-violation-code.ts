// POST /api/v1/violation-codes (administrators) → 201 {violation_code}: a new code, e.g. the
// amended version of a code in force from a later day. 400 error.fields name the wrong fields in
// Vietnamese; 409 when (decree, code, effective_from) exists. The body schema is shared with
// update-violation-code.ts (PUT takes the same fields).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { violationCodeSchema } from '../../../lib/legal/list-violation-codes';

export const violationCodeInputSchema = z.object({
  decree: z.string(),
  code: z.string(),
  vehicle_kind: z.string(),
  description: z.string().max(4000),
  fine_min: z.number().int().nullable(),
  fine_max: z.number().int().nullable(),
  licence_points: z.number().int().nullable(),
  additional_sanctions: z.string().max(2000).nullable(),
  impoundable: z.boolean(),
  effective_from: z.string(),
  effective_to: z.string().nullable(),
  category: z.string(),
  source: z.string().max(2000).nullable(),
  notes: z.string().max(4000).nullable(),
  review_note: z.string().max(2000).nullable(),
});
export type ViolationCodeInput = z.infer<typeof violationCodeInputSchema>;

export function createViolationCode(input: ViolationCodeInput) {
  return apiRequest('/api/v1/violation-codes', {
    method: 'POST',
    body: violationCodeInputSchema.parse(input),
    schema: z.object({ violation_code: violationCodeSchema }),
  });
}

export function useCreateViolationCode() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createViolationCode, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['legal'] }) });
}
