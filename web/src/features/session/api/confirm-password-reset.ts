// POST /api/v1/password-reset/confirm {token, new_password} → {login}. 422 with code
// reset_link_invalid (used, expired or unknown link) or fields.new_password (password policy).
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { MIN_PASSWORD_LENGTH } from '../../../lib/users/model';

export const confirmPasswordResetInputSchema = z.object({
  token: z.string().min(1),
  new_password: z.string().min(MIN_PASSWORD_LENGTH),
});
export type ConfirmPasswordResetInput = z.infer<typeof confirmPasswordResetInputSchema>;

export const confirmPasswordResetResponseSchema = z.object({ login: z.string() });

export function confirmPasswordReset(input: ConfirmPasswordResetInput) {
  return apiRequest('/api/v1/password-reset/confirm', {
    method: 'POST',
    body: input,
    schema: confirmPasswordResetResponseSchema,
    ignoreUnauthorized: true,
  });
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset });
}
