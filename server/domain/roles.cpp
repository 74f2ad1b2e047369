// The role catalogue. Roles are product concepts that the permission rules refer to, so they are
// code; what each may do is decided in domain/access.cpp.
#include "domain/principal.h"

namespace atgt {

const std::vector<RoleInfo>& all_roles() {
  static const std::vector<RoleInfo> roles = {
      {role::kSystemAdmin, "Quản trị hệ thống", "system"},
      {role::kAdmin, "Quản trị đơn vị", "any"},
      {role::kDepartment, "Cán bộ Sở GD&ĐT", "education"},
      {role::kEduOffice, "Cán bộ Phòng Văn hóa - Xã hội cấp xã (trước 01/7/2025: Phòng GD&ĐT cấp huyện)", "education"},
      {role::kSchoolManager, "Ban giám hiệu", "education"},
      {role::kSchoolStaff, "Giáo viên", "education"},
      {role::kTrafficPolice, "Cảnh sát giao thông", "police"},
      {role::kCommunePolice, "Công an xã/phường", "police"},
      {role::kObserver, "Theo dõi (chỉ xem)", "other"},
  };
  return roles;
}

bool is_known_role(const std::string& code) { return find_role(code) != nullptr; }

const RoleInfo* find_role(const std::string& code) {
  for (const auto& r : all_roles())
    if (code == r.code) return &r;
  return nullptr;
}

}  // namespace atgt
