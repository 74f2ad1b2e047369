// POST /api/v1/users/{id}/password {password} → {user}; the user must change it at next login.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { MIN_PASSWORD_LENGTH, userResponseSchema } from '../../../lib/users/model';

export const resetPasswordInputSchema = z.object({ password: z.string().min(MIN_PASSWORD_LENGTH) });

export function resetPassword(id: number, password: string) {
  return apiRequest(`/api/v1/users/${id}/password`, { method: 'POST', body: { password }, schema: userResponseSchema });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, password }: { id: number; password: string }) => resetPassword(id, password),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
