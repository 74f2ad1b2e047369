// POST /api/v1/session {login, password}: logs in; the response carries the CSRF token.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest, setCsrfToken } from '../../../lib/api';
import { sessionQueryKey, sessionSchema, type Session } from '../../../lib/session/get-session';

export const loginInputSchema = z.object({
  login: z.string().trim().min(1),
  password: z.string().min(1),
});

export type LoginInput = z.infer<typeof loginInputSchema>;

export async function login(input: LoginInput): Promise<Session> {
  const session = await apiRequest('/api/v1/session', {
    method: 'POST',
    body: input,
    schema: sessionSchema,
    ignoreUnauthorized: true,
  });
  setCsrfToken(session.csrf_token);
  return session;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      // Forget whatever the previous user saw; keep the session query itself (it has observers).
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
