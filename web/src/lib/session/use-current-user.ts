// The logged-in user inside authenticated routes (RequireAuth guarantees there is one).
import type { User } from '../users/model';
import { useSession } from './get-session';

export function useCurrentUser(): User {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser outside an authenticated route');
  return data.user;
}
