// Permission rules.
#include "domain/access.h"

#include <algorithm>

namespace atgt {

bool has_capability(const Principal& p, Capability c) {
  switch (c) {
    case Capability::kReadRegistry: return !p.roles.empty();
    case Capability::kEditRegistry: return p.has_any_role({role::kAdmin, role::kDepartment});
    case Capability::kManageUsers: return p.has_role(role::kAdmin);
    case Capability::kReadAudit: return p.has_role(role::kAdmin);
    case Capability::kManageOwnTokens: return !p.roles.empty() && !p.via_token();
  }
  return false;
}

bool is_police_user(const Principal& p) {
  bool police = p.has_any_role({role::kTrafficPolice, role::kCommunePolice});
  bool other = p.has_any_role({role::kAdmin, role::kDepartment, role::kEduOffice,
                               role::kSchoolManager, role::kSchoolStaff});
  return police && !other;
}

bool can_see(const Principal& p, const OrgIndex& org, const DataRef& d) {
  if (d.cls == DataClass::kSchoolInternal && is_police_user(p) && !d.shared_with_police)
    return false;
  int64_t home = p.via_token() && p.token_unit_id ? p.token_unit_id : p.unit_id;
  if (org.in_subtree(d.owner_unit, home, d.date)) return true;  // (a)
  for (int64_t pred : org.predecessors(home))                    // (b)
    if (org.in_subtree(d.owner_unit, pred, d.date)) return true;
  return std::find(d.participants.begin(), d.participants.end(), home) != d.participants.end();  // (c)
}

std::vector<int64_t> admin_scope(const Principal& p, const OrgIndex& org, const std::string& today) {
  if (!has_capability(p, Capability::kManageUsers) && !has_capability(p, Capability::kReadAudit))
    return {};
  std::vector<int64_t> out = org.subtree(p.unit_id, today);
  for (int64_t pred : org.predecessors(p.unit_id)) {
    auto more = org.subtree_in_period(pred, "1900-01-01", today);
    out.insert(out.end(), more.begin(), more.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace atgt
