// Role codes the server assigns and which screens each may open.

export const ROLES = [
  'system_admin',
  'admin',
  'department',
  'edu_office',
  'school_manager',
  'school_staff',
  'traffic_police',
  'commune_police',
  'observer',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles an administrator may give in the product: the system administrator is created only
 * from the command line (`atgt create-admin --system`). */
export const GRANTABLE_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'system_admin');

/** Roles allowed to edit the organisation registry (/to-chuc/chinh-sua). */
export const REGISTRY_EDITORS: readonly Role[] = ['system_admin', 'admin', 'department'];
/** Roles allowed to administer users and read the audit log. */
export const ADMINS: readonly Role[] = ['system_admin', 'admin'];
/** Global settings (email templates, retention): the system administrator only. */
export const SYSTEM_ADMINS: readonly Role[] = ['system_admin'];

export function hasAnyRole(userRoles: readonly string[] | undefined, allowed: readonly string[]): boolean {
  if (!userRoles) return false;
  return userRoles.some((r) => allowed.includes(r));
}
