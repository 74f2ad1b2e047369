// Who is making a request: the authenticated user, their unit and roles, and how they
// authenticated (cookie session or API token with scopes).
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace atgt {

// Role codes (stored in user_roles.role). Vietnamese names live in domain/roles.cpp.
namespace role {
inline constexpr const char* kAdmin = "admin";
inline constexpr const char* kDepartment = "department";
inline constexpr const char* kEduOffice = "edu_office";
inline constexpr const char* kSchoolManager = "school_manager";
inline constexpr const char* kSchoolStaff = "school_staff";
inline constexpr const char* kTrafficPolice = "traffic_police";
inline constexpr const char* kCommunePolice = "commune_police";
inline constexpr const char* kObserver = "observer";
// Manages accounts, the registry and global settings everywhere; sees no school-internal data;
// created only from the command line (atgt create-admin --system).
inline constexpr const char* kSystemAdmin = "system_admin";
}  // namespace role

struct RoleInfo {
  const char* code;
  const char* name_vi;
  const char* side;  // "education", "police", "other", "system"; "any": the side of the unit (admin)
};
const std::vector<RoleInfo>& all_roles();
bool is_known_role(const std::string& code);
// The catalogue entry of a role, or nullptr.
const RoleInfo* find_role(const std::string& code);

struct Principal {
  int64_t user_id = 0;
  std::string login;
  int64_t unit_id = 0;
  std::vector<std::string> roles;
  // The side the user acts for: the side of their unit's type ("education", "police", "other"),
  // or "system" for a system administrator. Set at authentication.
  std::string side;
  bool must_change_password = false;
  // Cookie session: hash of the session id and its CSRF token. Empty for API tokens.
  std::string session_hash;
  std::string csrf_token;
  // API token: id, the unit it is limited to, and the operation ids it may call.
  int64_t token_id = 0;
  int64_t token_unit_id = 0;
  std::vector<std::string> token_scopes;

  bool has_role(const std::string& r) const {
    return std::find(roles.begin(), roles.end(), r) != roles.end();
  }
  bool has_any_role(const std::vector<std::string>& rs) const {
    return std::any_of(rs.begin(), rs.end(), [&](const auto& r) { return has_role(r); });
  }
  bool via_token() const { return token_id != 0; }
};

}  // namespace atgt
