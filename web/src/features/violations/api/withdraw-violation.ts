// POST /api/v1/violations/{id}/withdraw {reason} (the recording police) → {violation, stop}: the
// record is kept as a version and taken out of the statistics. 409 when already withdrawn.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { violationSchema } from './list-violations';

export function withdrawViolation({ id, reason }: { id: number; reason: string }) {
  return apiRequest(`/api/v1/violations/${id}/withdraw`, {
    method: 'POST',
    body: { reason },
    schema: z.object({ violation: violationSchema }).passthrough(),
  });
}

export function useWithdrawViolation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: withdrawViolation, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['violations'] }) });
}
