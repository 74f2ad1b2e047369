// POST /api/v1/password-reset {login} → 202 {message}: always the same neutral answer, whether or
// not the login or e-mail exists (no account enumeration). The link arrives by e-mail.
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const requestPasswordResetInputSchema = z.object({ login: z.string().trim().min(1).max(254) });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetInputSchema>;

export const messageSchema = z.object({ message: z.string() });

export function requestPasswordReset(input: RequestPasswordResetInput) {
  return apiRequest('/api/v1/password-reset', {
    method: 'POST',
    body: requestPasswordResetInputSchema.parse(input),
    schema: messageSchema,
    ignoreUnauthorized: true,
  });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
