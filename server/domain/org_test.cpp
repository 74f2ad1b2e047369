#include "domain/org.h"

#include <gtest/gtest.h>

#include "domain/access.h"
#include "domain/registry_plan.h"

namespace atgt {
namespace {

model::UnitVersion v(int64_t id, std::string from, std::optional<std::string> to,
                     std::optional<int64_t> parent, std::string name = "") {
  model::UnitVersion x;
  x.unit_id = id;
  x.code = "U" + std::to_string(id);
  x.valid_from = std::move(from);
  x.valid_to = std::move(to);
  x.parent_id = parent;
  x.name = name.empty() ? x.code : name;
  x.type = "T";
  return x;
}

// 1 Sở; 2 district office (until 30/6/2025); 3 school under 2, then under 4 from 1/7/2025;
// 4 commune office (from 1/7/2025); 5 another province's Sở merged into 1 on 1/7/2025;
// 6 a school under 5, moved under 1 on 1/7/2025.
OrgIndex sample() {
  std::vector<model::UnitVersion> vs = {
      v(1, "1900-01-01", std::nullopt, std::nullopt),
      v(2, "1900-01-01", "2025-06-30", 1),
      v(3, "1900-01-01", "2025-06-30", 2), v(3, "2025-07-01", std::nullopt, 4),
      v(4, "2025-07-01", std::nullopt, 1),
      v(5, "1900-01-01", "2025-06-30", std::nullopt),
      v(6, "1900-01-01", "2025-06-30", 5), v(6, "2025-07-01", std::nullopt, 1),
  };
  std::vector<model::Succession> s = {{2, 4, "2025-07-01", false}, {5, 1, "2025-07-01", false}};
  return OrgIndex(vs, s);
}

TEST(OrgIndex, SubtreeDependsOnTheDate) {
  OrgIndex org = sample();
  EXPECT_TRUE(org.in_subtree(3, 2, "2024-12-31"));
  EXPECT_FALSE(org.in_subtree(3, 2, "2025-07-01"));
  EXPECT_TRUE(org.in_subtree(3, 4, "2025-07-01"));
  EXPECT_TRUE(org.in_subtree(3, 1, "2024-12-31"));
  EXPECT_TRUE(org.in_subtree(3, 1, "2025-12-31"));
  EXPECT_FALSE(org.in_subtree(6, 1, "2024-12-31"));
  auto sub = org.subtree(1, "2024-12-31");
  std::sort(sub.begin(), sub.end());
  EXPECT_EQ(sub, (std::vector<int64_t>{1, 2, 3}));
}

TEST(OrgIndex, SubtreeInPeriodUnitesBothStructures) {
  OrgIndex org = sample();
  auto all = org.subtree_in_period(1, "2024-01-01", "2025-12-31");
  EXPECT_EQ(all, (std::vector<int64_t>{1, 2, 3, 4, 6}));
}

TEST(OrgIndex, SuccessorsAndPredecessors) {
  OrgIndex org = sample();
  EXPECT_EQ(org.successors_as_of(2, "2025-12-31"), std::vector<int64_t>{4});
  EXPECT_EQ(org.successors_as_of(2, "2024-12-31"), std::vector<int64_t>{2});
  EXPECT_EQ(org.predecessors(1), std::vector<int64_t>{5});
  EXPECT_EQ(org.predecessors(4), std::vector<int64_t>{2});
}

Principal user(int64_t unit, std::vector<std::string> roles, std::string side = "education") {
  Principal p;
  p.user_id = 1;
  p.unit_id = unit;
  p.roles = std::move(roles);
  p.side = std::move(side);
  return p;
}

TEST(Access, OwnSubtreeAsOfTheDataDate) {
  OrgIndex org = sample();
  auto district = user(2, {role::kEduOffice});
  EXPECT_TRUE(can_see(district, org, {3, "2024-10-01", {}, DataClass::kShared}));
  // The district office ended: it does not see the school's 2025-09 data.
  EXPECT_FALSE(can_see(district, org, {3, "2025-09-01", {}, DataClass::kShared}));
  auto commune = user(4, {role::kEduOffice});
  EXPECT_TRUE(can_see(commune, org, {3, "2025-09-01", {}, DataClass::kShared}));
}

TEST(Access, SuccessorSeesPredecessorData) {
  OrgIndex org = sample();
  auto commune = user(4, {role::kEduOffice});
  // (b): the commune office succeeded the district office, so it sees 2024 data under it.
  EXPECT_TRUE(can_see(commune, org, {3, "2024-10-01", {}, DataClass::kShared}));
  auto city = user(1, {role::kDepartment});
  EXPECT_TRUE(can_see(city, org, {6, "2024-10-01", {}, DataClass::kShared}));
}

TEST(Access, ParticipantsAndPoliceLimits) {
  OrgIndex org = sample();
  auto other = user(5, {role::kCommunePolice}, "police");
  EXPECT_FALSE(can_see(other, org, {3, "2025-09-01", {}, DataClass::kShared}));
  EXPECT_TRUE(can_see(other, org, {3, "2025-09-01", {5}, DataClass::kShared}));
  EXPECT_FALSE(can_see(other, org, {3, "2025-09-01", {5}, DataClass::kSchoolInternal}));
  EXPECT_TRUE(can_see(other, org, {3, "2025-09-01", {5}, DataClass::kSchoolInternal, true}));
}

TEST(RegistryPlan, MergeEndsUnitsAndMovesChildren) {
  OrgIndex org = sample();
  // Merge the commune office 4 into a new unit on 2026-01-01: school 3 moves under the new unit.
  EventRequest r;
  r.kind = "merge";
  r.date = "2026-01-01";
  r.unit_ids = {4};
  auto bad = plan_event(org, r, {"T"});
  ASSERT_FALSE(bad.ok());  // a merge needs two units
  EXPECT_TRUE(bad.status().fields().count("unit_ids"));
  std::vector<model::UnitVersion> vs = {v(1, "1900-01-01", std::nullopt, std::nullopt), v(7, "1900-01-01", std::nullopt, 1),
                                        v(8, "1900-01-01", std::nullopt, 1), v(9, "1900-01-01", std::nullopt, 7)};
  OrgIndex o2(vs, {});
  r.unit_ids = {7, 8};
  r.new_unit = NewUnitSpec{"NEW", "Đơn vị mới", "T", std::nullopt, 1};
  auto plan = plan_event(o2, r, {"T"});
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ(plan->day_before, "2025-12-31");
  ASSERT_EQ(plan->children.size(), 1u);
  EXPECT_EQ(plan->children[0].unit_id, 9);
  EXPECT_EQ(plan->children[0].to_parent, 0);  // the new unit
}

TEST(RegistryPlan, RefusesMovingAUnitUnderItself) {
  OrgIndex org = sample();
  EventRequest r;
  r.kind = "move";
  r.date = "2026-01-01";
  r.unit_ids = {4};
  r.parent_id = 3;
  auto plan = plan_event(org, r, {"T"});
  ASSERT_FALSE(plan.ok());
  EXPECT_TRUE(plan.status().fields().count("parent_id"));
}

TEST(RegistryPlan, RefusesEditsBetweenLaterVersions) {
  OrgIndex org = sample();
  EventRequest r;
  r.kind = "rename";
  r.date = "2025-01-01";
  r.unit_ids = {3};  // unit 3 has a later version from 2025-07-01
  r.name = "Tên mới";
  auto plan = plan_event(org, r, {"T"});
  ASSERT_FALSE(plan.ok());
  EXPECT_TRUE(plan.status().fields().count("unit_ids"));
}

TEST(RegistryPlan, DissolveWithChildrenNeedsAReceiver) {
  OrgIndex org = sample();
  EventRequest r;
  r.kind = "dissolve";
  r.date = "2026-01-01";
  r.unit_ids = {4};
  auto plan = plan_event(org, r, {"T"});
  ASSERT_FALSE(plan.ok());
  r.successor_ids = {1};
  plan = plan_event(org, r, {"T"});
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  ASSERT_EQ(plan->children.size(), 1u);
  EXPECT_EQ(plan->children[0].to_parent, 1);
}

}  // namespace
}  // namespace atgt
