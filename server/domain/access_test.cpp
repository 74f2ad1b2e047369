// The permission rules of issue 7: cycles, sides, dated and partial predecessor rights, role
// grants, registry write scope.
#include "domain/access.h"

#include <gtest/gtest.h>

namespace atgt {
namespace {

model::UnitVersion v(int64_t id, std::string from, std::optional<std::string> to,
                     std::optional<int64_t> parent, std::string type = "SCHOOL") {
  model::UnitVersion x;
  x.unit_id = id;
  x.code = "U" + std::to_string(id);
  x.valid_from = std::move(from);
  x.valid_to = std::move(to);
  x.parent_id = parent;
  x.name = x.code;
  x.type = std::move(type);
  return x;
}

const std::unordered_map<std::string, std::string> kSides = {
    {"DEPT", "education"}, {"OFFICE", "education"}, {"SCHOOL", "education"},
    {"POLICE", "police"},  {"CPOLICE", "police"},   {"BOARD", "other"}};

Principal user(int64_t unit, std::vector<std::string> roles, std::string side = "education") {
  Principal p;
  p.user_id = 1;
  p.unit_id = unit;
  p.roles = std::move(roles);
  p.side = std::move(side);
  return p;
}

// 1 Department; 2 district office (ends 30/6/2025) split partly into commune offices 3 and 4;
// schools 10 (under 2, then 3) and 11 (under 2, then 4); 12 a school under 2 that closed on
// 30/6/2025; 20 police root, 21 commune police.
OrgIndex reform() {
  std::vector<model::UnitVersion> vs = {
      v(1, "1900-01-01", std::nullopt, std::nullopt, "DEPT"),
      v(2, "1900-01-01", "2025-06-30", 1, "OFFICE"),
      v(3, "2025-07-01", std::nullopt, 1, "OFFICE"),
      v(4, "2025-07-01", std::nullopt, 1, "OFFICE"),
      v(10, "1900-01-01", "2025-06-30", 2), v(10, "2025-07-01", std::nullopt, 3),
      v(11, "1900-01-01", "2025-06-30", 2), v(11, "2025-07-01", std::nullopt, 4),
      v(12, "1900-01-01", "2025-06-30", 2),
      v(20, "1900-01-01", std::nullopt, std::nullopt, "POLICE"),
      v(21, "1900-01-01", std::nullopt, 20, "CPOLICE"),
  };
  std::vector<model::Succession> s = {{2, 3, "2025-07-01", true}, {2, 4, "2025-07-01", true}};
  return OrgIndex(vs, s, kSides);
}

TEST(OrgIntegrity, CycleIsReportedAndTraversalsStayFinite) {
  std::vector<model::UnitVersion> vs = {v(1, "1900-01-01", std::nullopt, std::nullopt),
                                        v(2, "1900-01-01", "2024-12-31", 1),
                                        v(2, "2025-01-01", std::nullopt, 3),
                                        v(3, "1900-01-01", std::nullopt, 2)};
  OrgIndex org(vs, {});
  EXPECT_TRUE(org.cycle_at("2024-06-01").empty());
  EXPECT_EQ(org.cycle_at("2025-06-01"), (std::vector<int64_t>{2, 3}));
  auto sub = org.subtree(2, "2025-06-01");  // terminates despite the cycle
  EXPECT_EQ(sub.size(), 2u);
  EXPECT_FALSE(org.in_subtree(1, 2, "2025-06-01"));
  auto problems = org.integrity_problems();
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].kind, "cycle");
  EXPECT_EQ(problems[0].date, "2025-01-01");
}

TEST(OrgIntegrity, OverlapsAndDanglingLinks) {
  std::vector<model::UnitVersion> vs = {v(1, "1900-01-01", std::nullopt, std::nullopt),
                                        v(2, "1900-01-01", "2025-03-01", 1),
                                        v(2, "2025-02-01", std::nullopt, 99)};
  OrgIndex org(vs, {{2, 77, "2025-01-01", false}});
  std::set<std::string> kinds;
  for (const auto& p : org.integrity_problems()) kinds.insert(p.kind);
  EXPECT_EQ(kinds, (std::set<std::string>{"overlap", "dangling_parent", "dangling_link"}));
}

TEST(Access, PartialPredecessorGrantsOnlyTheUnitsThatMoved) {
  OrgIndex org = reform();
  auto c3 = user(3, {role::kEduOffice});
  // School 10 moved to 3: its 2024 data is visible to 3; school 11 went to 4: not visible to 3.
  EXPECT_TRUE(can_see(c3, org, {10, "2024-10-01"}));
  EXPECT_FALSE(can_see(c3, org, {11, "2024-10-01"}));
  // The district office's own data, and that of a school that closed, stay with the Department.
  EXPECT_FALSE(can_see(c3, org, {2, "2024-10-01"}));
  EXPECT_FALSE(can_see(c3, org, {12, "2024-10-01"}));
  EXPECT_TRUE(can_see(user(1, {role::kDepartment}), org, {12, "2024-10-01"}));
}

TEST(Access, PredecessorRightsStopAtTheEventDate) {
  // 5 merged wholly into 6 on 2025-01-01; school 7 stayed under 5 until then, then moved to 8.
  std::vector<model::UnitVersion> vs = {
      v(5, "1900-01-01", "2024-12-31", std::nullopt, "OFFICE"),
      v(6, "1900-01-01", std::nullopt, std::nullopt, "OFFICE"),
      v(8, "1900-01-01", std::nullopt, std::nullopt, "OFFICE"),
      v(7, "1900-01-01", "2024-12-31", 5), v(7, "2025-01-01", std::nullopt, 8)};
  OrgIndex org(vs, {{5, 6, "2025-01-01", false}}, kSides);
  auto u6 = user(6, {role::kEduOffice});
  EXPECT_TRUE(can_see(u6, org, {7, "2024-06-01"}));   // dated before the event
  EXPECT_FALSE(can_see(u6, org, {7, "2025-06-01"}));  // after it: 8's data
  EXPECT_TRUE(can_see(user(8, {role::kEduOffice}), org, {7, "2025-06-01"}));
}

TEST(Access, AdminScopeIsDated) {
  OrgIndex org = reform();
  auto a3 = user(3, {role::kAdmin});
  auto scope = admin_scope(a3, org, "2026-01-01");
  EXPECT_EQ(scope, (std::vector<int64_t>{3, 10}));  // not 11 (went to 4), not 2 nor 12
  auto dept = admin_scope(user(1, {role::kAdmin}), org, "2026-01-01");
  EXPECT_EQ(dept, (std::vector<int64_t>{1, 2, 3, 4, 10, 11, 12}));
  auto police = admin_scope(user(20, {role::kAdmin}, "police"), org, "2026-01-01");
  EXPECT_EQ(police, (std::vector<int64_t>{20, 21}));
  // A token limited to a school narrows the owner's scope to that school.
  auto tok = user(1, {role::kAdmin});
  tok.token_id = 9;
  tok.token_unit_id = 10;
  EXPECT_EQ(admin_scope(tok, org, "2026-01-01"), (std::vector<int64_t>{10}));
}

RoleRules rules() {
  RoleRules r;
  r.types_by_role[role::kAdmin] = {"DEPT", "OFFICE", "POLICE", "CPOLICE"};
  r.types_by_role[role::kDepartment] = {"DEPT"};
  r.types_by_role[role::kSchoolManager] = {"SCHOOL"};
  r.types_by_role[role::kTrafficPolice] = {"POLICE"};
  r.types_by_role[role::kCommunePolice] = {"CPOLICE"};
  r.types_by_role[role::kSystemAdmin] = {"DEPT"};
  return r;
}

TEST(Access, RoleGrants) {
  OrgIndex org = reform();
  auto dept_admin = user(1, {role::kAdmin});
  auto police_admin = user(20, {role::kAdmin}, "police");
  auto sys = user(1, {role::kSystemAdmin}, "system");
  std::string today = "2026-01-01";
  EXPECT_TRUE(check_role_grant(dept_admin, org, rules(), 10, {role::kSchoolManager}, today).ok());
  // A role the unit type may not hold: 422.
  EXPECT_EQ(check_role_grant(dept_admin, org, rules(), 10, {role::kDepartment}, today).kind(), Kind::kInvalid);
  // Roles of two sides: 422.
  EXPECT_EQ(check_role_grant(sys, org, rules(), 1, {role::kDepartment, role::kTrafficPolice}, today).kind(),
            Kind::kInvalid);
  // The police administrator on an education unit: 403.
  EXPECT_EQ(check_role_grant(police_admin, org, rules(), 1, {role::kDepartment}, today).kind(), Kind::kForbidden);
  EXPECT_TRUE(check_role_grant(police_admin, org, rules(), 21, {role::kCommunePolice}, today).ok());
  // Administrators only below one's own unit; the system administrator anywhere.
  EXPECT_EQ(check_role_grant(dept_admin, org, rules(), 1, {role::kAdmin}, today).kind(), Kind::kForbidden);
  EXPECT_TRUE(check_role_grant(dept_admin, org, rules(), 3, {role::kAdmin}, today).ok());
  EXPECT_TRUE(check_role_grant(sys, org, rules(), 1, {role::kAdmin}, today).ok());
  EXPECT_TRUE(check_role_grant(sys, org, rules(), 20, {role::kAdmin}, today).ok());
  // Nobody grants the system administrator role through the API.
  EXPECT_EQ(check_role_grant(sys, org, rules(), 1, {role::kSystemAdmin}, today).kind(), Kind::kForbidden);
}

TEST(Access, RegistryWritesAreScopedAndOneSided) {
  OrgIndex org = reform();
  auto dept = user(1, {role::kDepartment});
  auto police_admin = user(20, {role::kAdmin}, "police");
  auto sys = user(1, {role::kSystemAdmin}, "system");
  std::vector<RegistryTouch> merge_edu_into_police = {{1, "2026-01-01", ""}, {20, "2026-01-01", ""}};
  EXPECT_EQ(check_registry_write(police_admin, org, merge_edu_into_police, false, false).kind(), Kind::kForbidden);
  EXPECT_EQ(check_registry_write(sys, org, merge_edu_into_police, false, false).kind(), Kind::kInvalid);
  EXPECT_TRUE(check_registry_write(dept, org, {{10, "2026-01-01", ""}, {3, "2026-01-01", ""}}, false, false).ok());
  // A school under a police parent: 422 even for the system administrator.
  EXPECT_EQ(check_registry_write(sys, org, {{10, "2026-01-01", ""}, {21, "2026-01-01", ""}}, false, false).kind(),
            Kind::kInvalid);
  // Roots and one's own unit: only the system administrator.
  EXPECT_EQ(check_registry_write(dept, org, {{0, "2026-01-01", "education"}}, true, false).kind(), Kind::kForbidden);
  EXPECT_TRUE(check_registry_write(sys, org, {{0, "2026-01-01", "education"}}, true, false).ok());
  EXPECT_EQ(check_registry_write(dept, org, {{1, "2026-01-01", ""}}, false, true).kind(), Kind::kForbidden);
  // A touched unit that ended the day before the change is checked on that day.
  EXPECT_TRUE(check_registry_write(dept, org, {{2, "2025-07-01", ""}}, false, false).ok());
}

}  // namespace
}  // namespace atgt

namespace atgt {
namespace {

TEST(Capabilities, TableFollowsTheEnumAndCodesAreUnique) {
  std::set<std::string> codes;
  for (size_t i = 0; i < all_capabilities().size(); ++i) {
    const auto& info = all_capabilities()[i];
    EXPECT_EQ(static_cast<size_t>(info.cap), i) << info.code;
    EXPECT_TRUE(codes.insert(info.code).second) << info.code;
    for (const auto& r : info.roles) EXPECT_TRUE(is_known_role(r)) << info.code << " " << r;
  }
  EXPECT_EQ(capability_info(Capability::kManageUnitFiles).code, std::string("manage_unit_files"));
}

TEST(Capabilities, HeldByTheRolesOfTheTableOnly) {
  Principal teacher;
  teacher.roles = {role::kSchoolStaff};
  EXPECT_TRUE(has_capability(teacher, Capability::kAttachFiles));
  EXPECT_FALSE(has_capability(teacher, Capability::kManageUnitFiles));
  EXPECT_FALSE(has_capability(teacher, Capability::kEditRegistry));
  Principal observer;
  observer.roles = {role::kObserver};
  EXPECT_FALSE(has_capability(observer, Capability::kAttachFiles));
  EXPECT_TRUE(has_capability(observer, Capability::kReadRegistry));
  Principal nobody;
  EXPECT_FALSE(has_capability(nobody, Capability::kReadRegistry));
  Principal admin_token;
  admin_token.roles = {role::kAdmin};
  admin_token.token_id = 5;
  EXPECT_TRUE(has_capability(admin_token, Capability::kManageUsers));
  EXPECT_FALSE(has_capability(admin_token, Capability::kManageOwnTokens));
  auto codes = capability_codes(teacher);
  EXPECT_EQ(codes.front(), "read_registry");
  EXPECT_TRUE(std::find(codes.begin(), codes.end(), "attach_files") != codes.end());
  EXPECT_TRUE(std::find(codes.begin(), codes.end(), "edit_registry") == codes.end());
}

TEST(Capabilities, FileDeletion) {
  Principal teacher;
  teacher.user_id = 7;
  teacher.roles = {role::kSchoolStaff};
  EXPECT_TRUE(may_delete_upload(teacher, 7));
  EXPECT_FALSE(may_delete_upload(teacher, 8));
  EXPECT_FALSE(may_delete_unit_document(teacher, 8));
  Principal principal;
  principal.user_id = 9;
  principal.roles = {role::kSchoolManager};
  EXPECT_TRUE(may_delete_unit_document(principal, 8));
  EXPECT_FALSE(may_delete_upload(principal, 8));
}

}  // namespace
}  // namespace atgt
