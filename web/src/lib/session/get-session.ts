// GET /api/v1/session: who is logged in. 401 means nobody, which is data here (null), not an error.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest, isApiError, setCsrfToken } from '../api';
import { userSchema } from '../users/model';

export const sessionSchema = z.object({
  user: userSchema,
  csrf_token: z.string(),
  /** Capability codes (see ./capabilities.ts); unknown codes are kept and simply never asked for. */
  capabilities: z.array(z.string()),
});

export type Session = z.infer<typeof sessionSchema>;

export const sessionQueryKey = ['session'] as const;

export async function getSession(): Promise<Session | null> {
  try {
    const session = await apiRequest('/api/v1/session', { schema: sessionSchema, ignoreUnauthorized: true });
    setCsrfToken(session.csrf_token);
    return session;
  } catch (e) {
    if (isApiError(e) && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export function useSession() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: getSession,
    staleTime: 5 * 60_000,
    retry: 1,
  });
}
