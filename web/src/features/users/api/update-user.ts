// PATCH /api/v1/users/{id} {full_name?, email?, roles?, disabled?} → {user}.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { userResponseSchema } from '../../../lib/users/model';

export const updateUserInputSchema = z.object({
  full_name: z.string().trim().min(1).optional(),
  email: z.email().nullable().optional(),
  roles: z.array(z.string()).min(1).optional(),
  disabled: z.boolean().optional(),
});

export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

export function updateUser(id: number, patch: UpdateUserInput) {
  return apiRequest(`/api/v1/users/${id}`, { method: 'PATCH', body: patch, schema: userResponseSchema });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: UpdateUserInput }) => updateUser(id, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
