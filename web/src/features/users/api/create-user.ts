// POST /api/v1/users → 201 {user}. The new user must change the password at first login.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { MIN_PASSWORD_LENGTH, userResponseSchema } from '../../../lib/users/model';

export const createUserInputSchema = z.object({
  login: z.string().trim().min(1),
  full_name: z.string().trim().min(1),
  email: z.email().nullable(),
  unit_id: z.number(),
  roles: z.array(z.string()).min(1),
  password: z.string().min(MIN_PASSWORD_LENGTH),
});

export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export function createUser(input: CreateUserInput) {
  return apiRequest('/api/v1/users', { method: 'POST', body: input, schema: userResponseSchema });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
