// Permission rules (see access.h and docs/security.md).
#include "domain/access.h"

#include <algorithm>
#include <unordered_set>

#include "base/time.h"

namespace atgt {
namespace {

int64_t home_of(const Principal& p) { return p.via_token() && p.token_unit_id ? p.token_unit_id : p.unit_id; }

std::string day_before(const std::string& date) {
  auto d = Date::parse(date);
  return d ? d->add_days(-1).str() : date;
}

// True when `owner` (or what it became on `date`) is in `to`'s subtree on `date`: the owner
// moved to `to` with a succession dated `date`.
bool moved_into(const OrgIndex& org, int64_t owner, int64_t to, const std::string& date) {
  for (int64_t u : org.successors_as_of(owner, date))
    if (org.in_subtree(u, to, date)) return true;
  return false;
}

// Rule (b): through the predecessors of `unit`, transitively.
bool via_predecessors(const OrgIndex& org, int64_t unit, const DataRef& d,
                      std::unordered_set<int64_t>& visited) {
  for (const auto& link : org.links_into(unit)) {
    if (!(d.date < link.date)) continue;  // only data dated before the event
    if (link.partial && (d.owner_unit == link.from || !moved_into(org, d.owner_unit, unit, link.date)))
      continue;  // a partial link grants only the units that moved
    if (org.in_subtree(d.owner_unit, link.from, d.date)) return true;
    if (visited.insert(link.from).second && via_predecessors(org, link.from, d, visited)) return true;
  }
  return false;
}

// Ended units inherited through whole predecessor links of `unit`, transitively.
void inherited_ended_units(const OrgIndex& org, int64_t unit, const std::string& today,
                           std::unordered_set<int64_t>& visited, std::vector<int64_t>& out) {
  for (const auto& link : org.links_into(unit)) {
    if (link.partial || !visited.insert(link.from).second) continue;
    for (int64_t u : org.subtree(link.from, day_before(link.date)))
      if (!org.alive(u, today)) out.push_back(u);
    inherited_ended_units(org, link.from, today, visited, out);
  }
}

}  // namespace

const std::vector<CapabilityInfo>& all_capabilities() {
  using namespace role;
  static const std::vector<CapabilityInfo> table = {
      {Capability::kReadRegistry, "read_registry", "Xem cơ cấu tổ chức", {}},
      {Capability::kEditRegistry, "edit_registry", "Sửa cơ cấu tổ chức", {kAdmin, kDepartment, kSystemAdmin}},
      {Capability::kEditCalendar, "edit_calendar", "Sửa lịch năm học và ngày nghỉ", {kAdmin, kDepartment, kSystemAdmin}},
      {Capability::kEditIndicators, "edit_indicators", "Sửa danh mục chỉ tiêu", {kAdmin, kDepartment, kSystemAdmin}},
      {Capability::kViewNotificationTemplates, "view_notification_templates", "Xem mẫu thông báo", {kAdmin, kDepartment, kSystemAdmin}},
      {Capability::kManageUsers, "manage_users", "Quản lý tài khoản", {kAdmin, kSystemAdmin}},
      {Capability::kReadAudit, "read_audit", "Xem nhật ký thao tác", {kAdmin, kSystemAdmin}},
      {Capability::kOperateSystem, "operate_system", "Theo dõi tác vụ định kỳ và hàng đợi thư", {kAdmin, kSystemAdmin}},
      {Capability::kManageOwnTokens, "manage_own_tokens", "Quản lý mã truy cập API của mình", {}},
      {Capability::kManageGlobalSettings, "manage_global_settings", "Cài đặt chung của hệ thống", {kSystemAdmin}},
      {Capability::kImportEnrolments, "import_enrolments", "Nhập sĩ số học sinh", {kAdmin, kDepartment, kEduOffice, kSchoolManager}},
      {Capability::kViewEnrolments, "view_enrolments", "Xem sĩ số học sinh",
       {kSystemAdmin, kAdmin, kDepartment, kEduOffice, kSchoolManager, kSchoolStaff, kObserver}},
      {Capability::kAttachFiles, "attach_files", "Tải lên và đính kèm tệp",
       {kSystemAdmin, kAdmin, kDepartment, kEduOffice, kSchoolManager, kSchoolStaff, kTrafficPolice, kCommunePolice}},
      {Capability::kManageUnitFiles, "manage_unit_files", "Xóa tài liệu của đơn vị",
       {kSystemAdmin, kAdmin, kDepartment, kEduOffice, kSchoolManager}},
      {Capability::kDraftDocuments, "draft_documents", "Soạn thảo và vào sổ văn bản của đơn vị",
       {kAdmin, kDepartment, kEduOffice, kSchoolManager, kSchoolStaff, kTrafficPolice, kCommunePolice}},
      {Capability::kManageDocumentSettings, "manage_document_settings",
       "Khai báo người kiểm tra, người ký, văn thư và chữ viết tắt văn bản của đơn vị", {kAdmin, kSchoolManager}},
      {Capability::kReportTasks, "report_tasks", "Báo cáo nhiệm vụ kế hoạch được giao cho đơn vị",
       {kAdmin, kDepartment, kEduOffice, kSchoolManager, kSchoolStaff, kTrafficPolice, kCommunePolice}},
      {Capability::kReviewTasks, "review_tasks", "Duyệt báo cáo nhiệm vụ của kế hoạch do đơn vị chủ trì",
       {kAdmin, kDepartment, kEduOffice, kSchoolManager, kTrafficPolice, kCommunePolice}},
      {Capability::kViewStudents, "view_students", "Xem danh sách học sinh và tình hình ký cam kết",
       {kAdmin, kDepartment, kEduOffice, kSchoolManager, kSchoolStaff}},
      {Capability::kImportStudents, "import_students", "Nhập danh sách học sinh của trường",
       {kDepartment, kEduOffice, kSchoolManager}},
      {Capability::kRecordCommitments, "record_commitments",
       "Ghi nhận ký cam kết của học sinh, cha mẹ học sinh và điểm trông giữ xe", {kSchoolManager, kSchoolStaff}},
      {Capability::kEditLegalCodes, "edit_legal_codes",
       "Sửa danh mục nghị định, nhóm hành vi và mã vi phạm", {kAdmin, kSystemAdmin}},
      {Capability::kRecordViolations, "record_violations",
       "Ghi nhận vi phạm giao thông của học sinh và xem các bản ghi của đơn vị",
       {kTrafficPolice, kCommunePolice}},
      {Capability::kViewMatchQueue, "view_match_queue",
       "Xem hàng chờ đối chiếu bản ghi vi phạm với danh sách học sinh",
       {kDepartment, kEduOffice, kSchoolManager, kSchoolStaff}},
      {Capability::kReviewMatches, "review_matches",
       "Xác nhận hoặc loại học sinh được đề xuất cho bản ghi vi phạm",
       {kDepartment, kEduOffice, kSchoolManager}},
      {Capability::kViewNotices, "view_notices", "Xem thông báo học sinh vi phạm của các trường trong phạm vi",
       {kDepartment, kEduOffice, kSchoolManager, kSchoolStaff}},
      {Capability::kHandleNotices, "handle_notices",
       "Ghi nhận việc nhà trường đã làm với thông báo vi phạm, đóng hoặc phản hồi thông báo",
       {kSchoolManager, kSchoolStaff}},
      {Capability::kViewViolationStats, "view_violation_stats",
       "Xem thống kê vi phạm (theo trường: ngành giáo dục; theo địa bàn: công an)",
       {kDepartment, kEduOffice, kSchoolManager, kSchoolStaff, kTrafficPolice, kCommunePolice,
        kObserver}},
      {Capability::kRecordAccidents, "record_accidents",
       "Ghi nhận vụ tai nạn giao thông liên quan học sinh",
       {kDepartment, kSchoolManager, kTrafficPolice, kCommunePolice}},
      {Capability::kViewAccidents, "view_accidents", "Xem các vụ tai nạn giao thông liên quan học sinh",
       {kDepartment, kEduOffice, kSchoolManager, kSchoolStaff, kTrafficPolice, kCommunePolice,
        kObserver}},
      {Capability::kPrivacyRequests, "privacy_requests",
       "Ghi nhận và trả lời yêu cầu của cha mẹ về dữ liệu cá nhân của con (nhà trường); theo dõi (phòng, Sở)",
       {kDepartment, kEduOffice, kSchoolManager, kSchoolStaff}},
      {Capability::kManageBreaches, "manage_breaches",
       "Sổ theo dõi sự cố dữ liệu cá nhân (thông báo trong 72 giờ)", {kAdmin, kDepartment, kSystemAdmin}},
      {Capability::kViewPrivacyRegister, "view_privacy_register",
       "Xem mục đích xử lý dữ liệu cá nhân và hồ sơ đánh giá tác động",
       {kAdmin, kDepartment, kSystemAdmin, kEduOffice, kSchoolManager}},
      {Capability::kManagePrivacyRegister, "manage_privacy_register",
       "Sửa mục đích xử lý dữ liệu cá nhân, thời hạn lưu trữ và hồ sơ đánh giá tác động",
       {kDepartment, kSystemAdmin}},
  };
  return table;
}

const CapabilityInfo& capability_info(Capability c) { return all_capabilities().at(static_cast<size_t>(c)); }

bool has_capability(const Principal& p, Capability c) {
  if (p.roles.empty()) return false;
  if (c == Capability::kManageOwnTokens && p.via_token()) return false;
  const auto& roles = capability_info(c).roles;
  return roles.empty() || p.has_any_role(roles);
}

std::vector<std::string> capability_codes(const Principal& p) {
  std::vector<std::string> out;
  for (const auto& info : all_capabilities())
    if (has_capability(p, info.cap)) out.push_back(info.code);
  return out;
}

bool is_system_admin(const Principal& p) { return p.has_role(role::kSystemAdmin); }

std::string side_of_roles(const std::vector<std::string>& roles) {
  std::string side;
  for (const auto& r : roles) {
    const RoleInfo* info = find_role(r);
    if (!info) return "";
    if (std::string(info->side) == "any") continue;
    if (!side.empty() && side != info->side) return "";
    side = info->side;
  }
  return roles.empty() ? "" : side.empty() ? "any" : side;
}

bool is_police_user(const Principal& p) { return p.side == "police"; }

bool can_see(const Principal& p, const OrgIndex& org, const DataRef& d) {
  if (d.cls == DataClass::kSchoolInternal && !d.shared_with_police &&
      (is_police_user(p) || is_system_admin(p)))
    return false;
  int64_t home = home_of(p);
  if (org.in_subtree(d.owner_unit, home, d.date)) return true;  // (a)
  std::unordered_set<int64_t> visited{home};
  if (via_predecessors(org, home, d, visited)) return true;      // (b)
  return std::find(d.participants.begin(), d.participants.end(), home) != d.participants.end();  // (c)
}

bool may_see_guardian_phone(const Principal& p, int64_t student_school) {
  if (is_police_user(p) || is_system_admin(p)) return false;
  return home_of(p) == student_school;
}

std::vector<int64_t> admin_scope(const Principal& p, const OrgIndex& org, const std::string& today) {
  if (!has_capability(p, Capability::kManageUsers) && !has_capability(p, Capability::kReadAudit))
    return {};
  if (is_system_admin(p) && !p.via_token()) return org.all_units();
  int64_t home = home_of(p);
  std::vector<int64_t> out = org.subtree(home, today);
  for (int64_t u : org.all_units()) {
    if (org.alive(u, today)) continue;
    auto last = org.last_day(u);
    if (last && org.in_subtree(u, home, *last)) out.push_back(u);
  }
  std::unordered_set<int64_t> visited{home};
  inherited_ended_units(org, home, today, visited, out);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool may_delete_upload(const Principal& p, int64_t uploaded_by) {
  return has_capability(p, Capability::kAttachFiles) && uploaded_by == p.user_id;
}

bool may_delete_unit_document(const Principal& p, int64_t uploaded_by) {
  return may_delete_upload(p, uploaded_by) || has_capability(p, Capability::kManageUnitFiles);
}

bool RoleRules::allows(const std::string& r, const std::string& unit_type) const {
  auto it = types_by_role.find(r);
  return it != types_by_role.end() && it->second.count(unit_type) > 0;
}

Status check_role_grant(const Principal& g, const OrgIndex& org, const RoleRules& rules,
                        int64_t unit, const std::vector<std::string>& roles,
                        const std::string& today) {
  const auto* v = org.version_at(unit, today);
  if (!v) return Invalid().with_field("unit_id", "Đơn vị không còn hoạt động.");
  if (roles.empty()) return Invalid().with_field("roles", "Cần ít nhất một vai trò.");
  std::string side = side_of_roles(roles);
  if (side.empty() || (side != "any" && roles.size() > 1 && side == "system"))
    return Invalid().with_field("roles", "Một tài khoản chỉ làm việc cho một bên (giáo dục, công an hoặc khác); không kết hợp vai trò của các bên.");
  std::string unit_side = org.side_of(unit, today);
  if (side != "any" && side != "system" && side != unit_side)
    return Invalid().with_field("roles", "Vai trò không thuộc bên của đơn vị " + v->name + ".");
  for (const auto& r : roles) {
    if (r == role::kSystemAdmin)
      return Status(Kind::kForbidden, "forbidden_role",
                    "Tài khoản quản trị hệ thống chỉ được tạo bằng lệnh atgt create-admin --system.")
          .with_field("roles", "Không thể cấp vai trò quản trị hệ thống qua giao diện.");
    if (!rules.allows(r, v->type)) {
      const RoleInfo* info = find_role(r);
      return Invalid().with_field("roles", std::string("Loại đơn vị của ") + v->name + " không có vai trò " +
                                               (info ? info->name_vi : r.c_str()) + ".");
    }
  }
  if (is_system_admin(g) && !g.via_token()) return Status::Ok();
  if (!has_capability(g, Capability::kManageUsers))
    return Status(Kind::kForbidden, "forbidden", "Bạn không có quyền quản lý tài khoản.");
  auto scope = admin_scope(g, org, today);
  if (!std::binary_search(scope.begin(), scope.end(), unit))
    return Status(Kind::kForbidden, "out_of_scope", "Đơn vị không thuộc phạm vi bạn quản lý.")
        .with_field("unit_id", "Đơn vị không thuộc phạm vi bạn quản lý.");
  std::string own_side = org.side_of(home_of(g), today);
  if (unit_side != own_side || (side != "any" && side != own_side))
    return Status(Kind::kForbidden, "other_side", "Bạn chỉ quản lý tài khoản của bên mình.")
        .with_field("roles", "Bạn chỉ quản lý tài khoản của bên mình.");
  for (const auto& r : roles)
    if (r == role::kAdmin && unit == g.unit_id)
      return Status(Kind::kForbidden, "forbidden_role",
                    "Chỉ quản trị hệ thống tạo quản trị viên cùng đơn vị với mình; bạn chỉ tạo quản trị viên cho đơn vị cấp dưới.")
          .with_field("roles", "Bạn chỉ tạo quản trị viên cho đơn vị cấp dưới.");
  return Status::Ok();
}

Status check_registry_write(const Principal& p, const OrgIndex& org,
                            const std::vector<RegistryTouch>& touched, bool creates_root,
                            bool ends_own_unit) {
  bool system = is_system_admin(p) && !p.via_token();
  if (!has_capability(p, Capability::kEditRegistry))
    return Status(Kind::kForbidden, "forbidden", "Bạn không có quyền sửa sổ đăng ký tổ chức.");
  if (creates_root && !system)
    return Status(Kind::kForbidden, "out_of_scope", "Chỉ quản trị hệ thống được tạo đơn vị gốc (không có cấp trên).");
  if (ends_own_unit && !system)
    return Status(Kind::kForbidden, "out_of_scope", "Bạn không thể chấm dứt hoặc chuyển chính đơn vị của mình.");
  int64_t home = home_of(p);
  std::string side;
  for (const auto& t : touched) {
    std::string s = t.side;
    if (t.unit) {
      std::string day = org.alive(t.unit, t.date) ? t.date : day_before(t.date);
      if (!system && !org.in_subtree(t.unit, home, day))
        return Status(Kind::kForbidden, "out_of_scope", "Đơn vị " +
                      (org.latest(t.unit) ? org.latest(t.unit)->name : "#" + std::to_string(t.unit)) +
                      " không thuộc phạm vi bạn được sửa.");
      s = org.side_of(t.unit, day);
    }
    if (s.empty()) continue;
    if (!side.empty() && s != side)
      return Invalid("Một thay đổi tổ chức không được liên kết hoặc chuyển đơn vị giữa các bên (giáo dục, công an, khác).")
          .with_field("unit_ids", "Các đơn vị phải cùng một bên.");
    side = s;
  }
  return Status::Ok();
}

}  // namespace atgt
