// DELETE /api/v1/session: logs out (204). Local state is forgotten even if the call fails.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '../../../lib/api';
import { sessionQueryKey } from '../../../lib/session/get-session';

export async function logout(): Promise<void> {
  await apiRequest('/api/v1/session', { method: 'DELETE', ignoreUnauthorized: true });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}
