// PUT /api/v1/violation-codes/{id} (administrators) → {violation_code}: a correction of every
// field; review_note null marks the code as checked. Errors as in create-violation-code.ts.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { violationCodeInputSchema, type ViolationCodeInput } from './create-violation-code';
import { violationCodeSchema } from '../../../lib/legal/list-violation-codes';

export function updateViolationCode({ id, input }: { id: number; input: ViolationCodeInput }) {
  return apiRequest(`/api/v1/violation-codes/${id}`, {
    method: 'PUT',
    body: violationCodeInputSchema.parse(input),
    schema: z.object({ violation_code: violationCodeSchema }),
  });
}

export function useUpdateViolationCode() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateViolationCode, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['legal'] }) });
}
