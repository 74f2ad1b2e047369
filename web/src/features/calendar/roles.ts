// Who may change the school calendar (the server enforces the same list).
import type { Role } from '../../lib/roles';

export const CALENDAR_EDITORS: readonly Role[] = ['admin', 'department'];
