// What the signed-in user may do, as the server says (`capabilities` of GET/POST /api/v1/session).
// Screens, menu entries, buttons and routes ask `can`/`useCan`; the web keeps no role lists (the
// server decides which roles give which capability and enforces it on every request).
import { useSession } from './get-session';

export const CAPABILITIES = [
  'read_registry', // everyone signed in
  'edit_registry', // create, rename, merge units; registry import
  'edit_calendar', // school years, holidays, calendar settings
  'edit_indicators', // indicator preview and update
  'view_notification_templates',
  'manage_users', // users, service accounts, users import, starting jobs
  'read_audit',
  'operate_system', // scheduler, e-mail queue
  'manage_global_settings', // notification template edit, retention
  'import_enrolments',
  'view_enrolments', // the enrolment screen (/si-so); not the police
  'attach_files', // upload and attach documents
  'manage_unit_files', // delete any document of a unit in scope
  'draft_documents', // draft official documents of one's unit, register incoming ones
  'manage_document_settings', // a unit's document abbreviation, sections, checkers, signers, văn thư
  'report_tasks', // report on the plan tasks assigned to one's unit
  'review_tasks', // accept or return reports on the tasks of one's unit's plans
  'view_students', // rosters, students, commitment coverage (education side, scoped; never the police)
  'import_students', // a school's roster: upload, preview, commit
  'record_commitments', // commitments signed per student; parking operators near a school
  'edit_legal_codes', // decrees, behaviour categories and violation codes
  'record_violations', // police: record students' violations, read their unit's records
  'view_match_queue', // education: the review queue of uncertain matches (teachers read-only)
  'review_matches', // confirm or reject a proposed student for a violation record
  'view_notices', // violation notices of the schools in scope (school-internal)
  'handle_notices', // the school records what it did, closes or disputes a notice
  'view_violation_stats', // violation statistics: by school (education), by place (police, city)
  'record_accidents', // record a traffic accident involving students
  'view_accidents', // the accidents of one's scope
  'privacy_requests', // parents' requests about their child's personal data
  'manage_breaches', // the breach log and its 72-hour notification duty
  'manage_own_tokens',
  'view_privacy_register', // the register of processing purposes and the impact assessment (read)
  'manage_privacy_register', // edit purposes and risks, record reviews of the impact assessment
] as const;

export type Capability = (typeof CAPABILITIES)[number];

export function isCapability(code: string): code is Capability {
  return (CAPABILITIES as readonly string[]).includes(code);
}

/** Whether a session (or its capability list) grants `capability`; no session grants nothing. */
export function can(session: { capabilities: readonly string[] } | null | undefined, capability: Capability): boolean {
  return !!session && session.capabilities.includes(capability);
}

/** `const can = useCan(); can('edit_registry')` — false while no session is loaded. */
export function useCan(): (capability: Capability) => boolean {
  const { data } = useSession();
  return (capability) => can(data, capability);
}
