// Who may see and do what: the one place where the permission rules live.
//
// Visibility of data owned by a unit and dated on a day is the union of
//  (a) the owner is in the user's unit subtree as of the data's own date;
//  (b) the owner is in the subtree, as of that date, of a unit the user's unit succeeded;
//  (c) the user's unit is named as a participant of the object.
// Police users never see school-internal data (rosters, handling of notices) unless shared.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/org.h"
#include "domain/principal.h"

namespace atgt {

enum class Capability {
  kReadRegistry,    // browse the organisation (every signed-in user)
  kEditRegistry,    // create units, rename, move, merge, split, dissolve
  kManageUsers,     // create / disable / reset users within scope
  kReadAudit,       // read the audit log within scope
  kManageOwnTokens, // create / revoke own API tokens
};

enum class DataClass {
  kShared,          // visible to both sides under the unit rules
  kSchoolInternal,  // rosters, handling of notices: never to police users unless shared
};

bool has_capability(const Principal& p, Capability c);

// True when the user acts for the police side (and for no education or system role).
bool is_police_user(const Principal& p);

struct DataRef {
  int64_t owner_unit = 0;
  std::string date;                  // the data's own date (ISO)
  std::vector<int64_t> participants; // units named on the object
  DataClass cls = DataClass::kShared;
  bool shared_with_police = false;
};

bool can_see(const Principal& p, const OrgIndex& org, const DataRef& d);

// The units a user administers (their unit's subtree today); for user management and audit.
std::vector<int64_t> admin_scope(const Principal& p, const OrgIndex& org, const std::string& today);

}  // namespace atgt
