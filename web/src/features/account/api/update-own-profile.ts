// PATCH /api/v1/session/profile {email} → {user}: the user's own email (null clears it); 422 names
// the field.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { userResponseSchema } from '../../../lib/users/model';
import { sessionQueryKey, type Session } from '../../../lib/session/get-session';

export async function updateOwnProfile(input: { email: string | null }) {
  return apiRequest('/api/v1/session/profile', { method: 'PATCH', body: input, schema: userResponseSchema });
}

export function useUpdateOwnProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOwnProfile,
    onSuccess: ({ user }) => {
      queryClient.setQueryData<Session | null>(sessionQueryKey, (old) => (old ? { ...old, user } : old));
    },
  });
}
