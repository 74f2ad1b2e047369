#include "domain/org_changes.h"

#include <gtest/gtest.h>

namespace atgt {
namespace {

model::UnitVersion ver(int64_t id, const char* name, const char* from,
                       std::optional<std::string> to, std::optional<int64_t> parent) {
  model::UnitVersion v;
  v.unit_id = id;
  v.code = "U" + std::to_string(id);
  v.name = name;
  v.type = "MN";
  v.valid_from = from;
  v.valid_to = std::move(to);
  v.parent_id = parent;
  return v;
}

// A district office (2) ends on 30/6/2025; its school (4) moves to a new commune office (3),
// and is renamed; a school (5) closes; the Department (1) stays.
TEST(OrgChanges, EndedStartedRenamedMoved) {
  std::vector<model::UnitVersion> vs = {
      ver(1, "Sở GD&ĐT", "1900-01-01", std::nullopt, std::nullopt),
      ver(2, "Phòng GD&ĐT quận", "1900-01-01", "2025-06-30", 1),
      ver(3, "Phòng Văn hóa - Xã hội phường", "2025-07-01", std::nullopt, 1),
      ver(4, "Trường mầm non Hoa Sen", "1900-01-01", "2025-06-30", 2),
      ver(4, "Trường mầm non Sen Hồng", "2025-07-01", std::nullopt, 3),
      ver(5, "Trường mầm non Ánh Dương", "1900-01-01", "2025-03-31", 2),
  };
  OrgIndex org(vs, {{2, 3, "2025-07-01", false}});
  auto c = changes_between(org, "2024-12-31", "2025-12-31");
  ASSERT_EQ(c.ended.size(), 2u);
  EXPECT_EQ(c.ended[0].unit, 2);  // by name: "Phòng ..." before "Trường ..."
  EXPECT_EQ(c.ended[1].unit, 5);
  EXPECT_EQ(c.ended[0].after, nullptr);
  ASSERT_EQ(c.started.size(), 1u);
  EXPECT_EQ(c.started[0].unit, 3);
  ASSERT_EQ(c.renamed.size(), 1u);
  EXPECT_EQ(c.renamed[0].before->name, "Trường mầm non Hoa Sen");
  EXPECT_EQ(c.renamed[0].after->name, "Trường mầm non Sen Hồng");
  ASSERT_EQ(c.moved.size(), 1u);
  EXPECT_EQ(c.moved[0].unit, 4);
  // Nothing changed within a quiet period.
  auto quiet = changes_between(org, "2025-08-01", "2025-12-31");
  EXPECT_TRUE(quiet.ended.empty() && quiet.started.empty() && quiet.renamed.empty() &&
              quiet.moved.empty());
}

}  // namespace
}  // namespace atgt
