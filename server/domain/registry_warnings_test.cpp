#include "domain/registry_warnings.h"

#include <gtest/gtest.h>

namespace atgt {
namespace {

model::UnitVersion ver(int64_t id, const char* name, const char* type,
                       std::optional<int64_t> parent) {
  model::UnitVersion v;
  v.unit_id = id;
  v.code = "U" + std::to_string(id);
  v.name = name;
  v.type = type;
  v.valid_from = "1900-01-01";
  v.parent_id = parent;
  return v;
}

class Warnings : public ::testing::Test {
 protected:
  Warnings()
      : org_({ver(1, "Phòng VH-XH phường An Biên", "PHONG_VHXH", std::nullopt),
              ver(2, "Phòng VH-XH xã Tân Tiến", "PHONG_VHXH", std::nullopt),
              ver(10, "Trường tiểu học A", "TH", 1), ver(11, "Trường tiểu học B", "TH", 1),
              ver(12, "Trường mầm non C", "MN", 2), ver(13, "Trường tiểu học D", "TH", 2)},
             {}) {}
  std::vector<std::string> warn(std::vector<int64_t> units, std::vector<int64_t> successors) {
    EventPlan p;
    p.request.kind = "merge";
    p.request.date = "2026-09-01";
    p.request.unit_ids = std::move(units);
    p.request.successor_ids = std::move(successors);
    p.day_before = "2026-08-31";
    return plan_warnings(org_, p, {{"TH", "Trường tiểu học"}, {"MN", "Trường mầm non"}});
  }
  OrgIndex org_;
};

TEST_F(Warnings, ACleanMergeHasNone) {
  EXPECT_TRUE(warn({10}, {11}).empty());
}

TEST_F(Warnings, TypesAndOfficesThatDoNotUsuallyCombine) {
  // A kindergarten of another commune merged with a primary school into a primary school.
  auto w = warn({10, 12}, {13});
  ASSERT_EQ(w.size(), 4u);
  EXPECT_NE(w[0].find("thuộc các loại khác nhau (Trường mầm non, Trường tiểu học)"),
            std::string::npos)
      << w[0];
  EXPECT_NE(w[1].find("Đơn vị kế thừa (Trường tiểu học) khác loại"), std::string::npos) << w[1];
  EXPECT_NE(w[2].find("đơn vị quản lý khác nhau"), std::string::npos) << w[2];
  EXPECT_NE(w[3].find("Đơn vị kế thừa thuộc Phòng VH-XH xã Tân Tiến"), std::string::npos) << w[3];
}

TEST_F(Warnings, RenamesAndMovesHaveNone) {
  EventPlan p;
  p.request.kind = "rename";
  p.request.unit_ids = {10};
  EXPECT_TRUE(plan_warnings(org_, p, {}).empty());
}

}  // namespace
}  // namespace atgt
