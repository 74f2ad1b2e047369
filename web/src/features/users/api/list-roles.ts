// GET /api/v1/roles → {roles: [{code, name, side, unit_types, grantable}]}: which unit types may
// hold each role (data/org/role_unit_types.csv), so that forms offer only the roles a unit can have.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const roleInfoSchema = z.object({
  code: z.string(),
  name: z.string(),
  side: z.string(),
  unit_types: z.array(z.string()),
  grantable: z.boolean(),
});
export type RoleInfo = z.infer<typeof roleInfoSchema>;

export function listRoles(signal?: AbortSignal) {
  return apiRequest('/api/v1/roles', { schema: z.object({ roles: z.array(roleInfoSchema) }), signal });
}

export function useRoles() {
  return useQuery({ queryKey: ['roles'], queryFn: ({ signal }) => listRoles(signal), staleTime: 10 * 60_000 });
}
