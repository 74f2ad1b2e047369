// GET /api/v1/users?q=&unit_id= → {users}. Empty filters are left out of the query string.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../api';
import { userSchema } from './model';

export const usersResponseSchema = z.object({ users: z.array(userSchema) });

export interface UserFilter {
  q?: string;
  unit_id?: number | null;
}

export function listUsers(filter: UserFilter, signal?: AbortSignal) {
  return apiRequest('/api/v1/users', {
    query: { q: filter.q?.trim(), unit_id: filter.unit_id ?? undefined },
    schema: usersResponseSchema,
    signal,
  });
}

export const usersQueryKey = (filter: UserFilter) => ['users', 'list', filter.q?.trim() ?? '', filter.unit_id ?? null] as const;

export function useUsers(filter: UserFilter, enabled = true) {
  return useQuery({
    queryKey: usersQueryKey(filter),
    queryFn: ({ signal }) => listUsers(filter, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
