// Who may see and do what: the one place where the permission rules live (docs/security.md
// states them in words, with worked examples).
//
// Sides. Every unit type belongs to one side (education, police, other: data/org/unit_types.csv)
// and every role to one side (domain/roles.cpp); a user acts for exactly one side, the side of
// their unit. The system administrator (role system_admin, created only from the command line)
// belongs to no side: they manage accounts, the registry and global settings everywhere, and see
// no school-internal data.
//
// Visibility of data owned by a unit and dated on a day is the union of
//  (a) the owner is in the user's unit subtree as of the data's own date;
//  (b) the user's unit succeeded a unit P by a link dated E, the data is dated before E, the owner
//      was in P's subtree on the data's date, and — when the link is partial — the owner is one of
//      the units that moved to the user's unit on E (transitively along predecessor links);
//  (c) the user's unit is named as a participant of the object.
// Police users never see school-internal data (rosters, handling of notices) unless shared.
//
// A request made with an API token acts with the intersection of the token's unit subtree, its
// scopes and the owner's current roles: `home_unit()` is the token's unit for a token.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/status.h"
#include "domain/org.h"
#include "domain/principal.h"

namespace atgt {

// What a user may do, independent of which unit's data: routes name the capability they need
// (api/routes.cpp), the session answer lists the caller's (the web shows and hides by them).
// Which roles hold which capability is the table in access.cpp, the one place roles meet rights.
enum class Capability {
  kReadRegistry,          // browse the organisation (every signed-in user)
  kEditRegistry,          // create units, rename, move, merge, split, dissolve (within scope)
  kEditCalendar,          // school years, holidays, calendar settings
  kEditIndicators,        // indicator catalogue: preview and change formulas
  kViewNotificationTemplates,  // read the notification templates
  kManageUsers,           // create / disable / reset users and service accounts within scope
  kReadAudit,             // read the audit log within scope
  kOperateSystem,         // the scheduler and the email queue
  kManageOwnTokens,       // create / revoke own API tokens (in a session only, never through a token)
  kManageGlobalSettings,  // email templates, retention (system administrators only)
  kImportEnrolments,      // import enrolment counts for units in scope
  kViewEnrolments,        // read enrolment counts (education side, the observer, system admin)
  kAttachFiles,           // upload files and attach documents to visible units
  kManageUnitFiles,       // delete any document attached to a unit in scope
  kDraftDocuments,        // draft official documents of one's unit, register incoming ones
  kManageDocumentSettings,  // a unit's document abbreviation, sections, checkers, signers, văn thư
  kReportTasks,           // report on the plan tasks assigned to one's unit
  kReviewTasks,           // accept or return reports on the tasks of one's unit's plans
  kViewStudents,          // rosters, students, commitment coverage of schools in scope (education)
  kImportStudents,        // import a school's roster (upload, preview, commit)
  kRecordCommitments,     // record commitments signed per student; parking operators of a school
  kEditLegalCodes,        // decrees, behaviour categories and violation codes (when the law changes)
  kRecordViolations,      // record students' violations (police); read the records of one's subtree
  kViewMatchQueue,        // read the review queue of uncertain matches (education; teachers too)
  kReviewMatches,         // confirm or reject a candidate of an uncertain match
  kViewNotices,           // read violation notices of the schools in scope (school-internal)
  kHandleNotices,         // record what the school did on a notice, close it, dispute it
  kViewViolationStats,    // violation statistics (by school: education; by place: police, city)
  kRecordAccidents,       // record traffic accidents involving students (police, school, Department)
  kViewAccidents,         // read the accidents of one's scope
  kPrivacyRequests,       // parents' requests about their child's data (school records; offices read)
  kManageBreaches,        // the breach log of one's unit subtree (the 72-hour notification duty)
  kViewPrivacyRegister,   // read the processing purposes and the impact assessment dossier
  kManagePrivacyRegister,  // edit them (the Department as controller, system administrators)
};

struct CapabilityInfo {
  Capability cap;
  const char* code;     // in the API: "edit_registry"
  const char* name_vi;  // shown to users and in the OpenAPI document
  std::vector<std::string> roles;  // the roles that hold it; empty: every role
};
// Every capability, in declaration order.
const std::vector<CapabilityInfo>& all_capabilities();
const CapabilityInfo& capability_info(Capability c);

enum class DataClass {
  kShared,          // visible to both sides under the unit rules
  kSchoolInternal,  // rosters, handling of notices: never to police users unless shared
};

bool has_capability(const Principal& p, Capability c);
// The codes of the capabilities `p` holds, in declaration order.
std::vector<std::string> capability_codes(const Principal& p);

// True when the user acts for the police side.
bool is_police_user(const Principal& p);
bool is_system_admin(const Principal& p);

// The side a set of roles acts for: "education", "police", "other" or "system"; "" when the
// roles are empty, unknown or of more than one side.
std::string side_of_roles(const std::vector<std::string>& roles);

struct DataRef {
  int64_t owner_unit = 0;
  std::string date;                  // the data's own date (ISO)
  std::vector<int64_t> participants; // units named on the object
  DataClass cls = DataClass::kShared;
  bool shared_with_police = false;
};

bool can_see(const Principal& p, const OrgIndex& org, const DataRef& d);

// The units whose accounts (and audit rows) the user administers, sorted: every unit for a
// system administrator; for an administrator, the units alive today in their unit's subtree
// today, the ended units that were in it on their last day, and the ended units their unit
// inherited through a whole (not partial) predecessor link. Empty without kManageUsers/kReadAudit.
std::vector<int64_t> admin_scope(const Principal& p, const OrgIndex& org, const std::string& today);

// Students (school-internal data, DataClass::kSchoolInternal). A guardian's phone number is a
// field rule on top of can_see: shown only to users of the student's own school (the school of
// the enrolment shown), never to an office above it.
bool may_see_guardian_phone(const Principal& p, int64_t student_school);

// Files. Whoever may attach files may delete what they uploaded; a unit's document may also be
// deleted by a holder of kManageUnitFiles who sees the unit. Job inputs and results are never
// deleted by hand (retention removes them).
bool may_delete_upload(const Principal& p, int64_t uploaded_by);
bool may_delete_unit_document(const Principal& p, int64_t uploaded_by);

// Which roles each unit type may hold (data/org/role_unit_types.csv, table role_unit_types).
struct RoleRules {
  std::map<std::string, std::set<std::string>> types_by_role;
  bool allows(const std::string& role, const std::string& unit_type) const;
};

// May `granter` give a user at `unit` exactly `roles` (today)? kForbidden when the unit is
// outside the granter's scope or side, or the role is one the granter may not grant
// (administrators below their own unit only; the observer and root administrators by a system
// administrator; system administrators from the command line only); kInvalid when the roles
// mix sides or the unit's type may not hold a role.
Status check_role_grant(const Principal& granter, const OrgIndex& org, const RoleRules& rules,
                        int64_t unit, const std::vector<std::string>& roles,
                        const std::string& today);

// Registry writes. Every unit a change touches (subjects, predecessors, successors, new
// parents, the parent of a new unit) must be in the writer's unit subtree on the day it is
// touched (kForbidden), and all of them must be of one side (kInvalid). A system administrator
// may write anywhere, one side at a time; only a system administrator creates a root unit (no
// parent) or ends their own unit.
struct RegistryTouch {
  int64_t unit = 0;          // 0 for a unit created by the change (its parent is touched)
  std::string date;          // the day the unit is touched (alive that day or the day before)
  std::string side;          // for a new unit: its type's side; else filled from the org
};
Status check_registry_write(const Principal& p, const OrgIndex& org,
                            const std::vector<RegistryTouch>& touched, bool creates_root,
                            bool ends_own_unit);

}  // namespace atgt
