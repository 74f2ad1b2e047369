// Who may edit indicators and import enrolment (the server enforces the same lists).
import type { Role } from '../../lib/roles';

export const INDICATOR_EDITORS: readonly Role[] = ['admin', 'department'];
export const ENROLMENT_IMPORTERS: readonly Role[] = ['admin', 'department', 'edu_office', 'school_manager'];
