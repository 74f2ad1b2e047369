// POST /api/v1/session/password {current_password, new_password} → {user}; 422 names the field.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { MIN_PASSWORD_LENGTH, userResponseSchema } from '../../../lib/users/model';
import { sessionQueryKey, type Session } from '../../../lib/session/get-session';

export const changePasswordInputSchema = z.object({
  current_password: z.string().min(1),
  new_password: z.string().min(MIN_PASSWORD_LENGTH),
});

export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;

export async function changePassword(input: ChangePasswordInput) {
  return apiRequest('/api/v1/session/password', { method: 'POST', body: input, schema: userResponseSchema });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: ({ user }) => {
      queryClient.setQueryData<Session | null>(sessionQueryKey, (old) => (old ? { ...old, user } : old));
    },
  });
}
