// The rules of the violation loop: who reviews an uncertain match (the school when every
// candidate is its own, else the lowest unit over all of them, on the registry of the day), which
// measures apply to a school type on a date (Circular 19/2025 from 31/10/2025, the earlier rules
// before), and what an action on a notice must carry.
#include "domain/notice_rules.h"

#include <gtest/gtest.h>

namespace atgt::notice_rules {
namespace {

model::UnitVersion v(int64_t id, std::string from, std::optional<std::string> to,
                     std::optional<int64_t> parent) {
  model::UnitVersion x;
  x.unit_id = id;
  x.code = "U" + std::to_string(id);
  x.valid_from = std::move(from);
  x.valid_to = std::move(to);
  x.parent_id = parent;
  x.name = x.code;
  x.type = "SCHOOL";
  return x;
}

// 1 Department; 2 and 3 district offices until 30/6/2025, 4 a commune office from 1/7/2025;
// schools 10, 11 under 2, school 12 under 3; from 1/7/2025 schools 10 and 12 under 4 and school
// 11 directly under the Department.
OrgIndex org() {
  std::vector<model::UnitVersion> vs = {v(1, "2000-01-01", std::nullopt, std::nullopt),
                                        v(2, "2000-01-01", "2025-06-30", 1),
                                        v(3, "2000-01-01", "2025-06-30", 1),
                                        v(4, "2025-07-01", std::nullopt, 1),
                                        v(10, "2000-01-01", "2025-06-30", 2),
                                        v(10, "2025-07-01", std::nullopt, 4),
                                        v(11, "2000-01-01", "2025-06-30", 2),
                                        v(11, "2025-07-01", std::nullopt, 1),
                                        v(12, "2000-01-01", "2025-06-30", 3),
                                        v(12, "2025-07-01", std::nullopt, 4)};
  return OrgIndex(vs, {});
}

TEST(ReviewUnit, OneSchoolReviewsItsOwnCandidates) {
  OrgIndex o = org();
  EXPECT_EQ(review_unit(o, {10, 10}, "2025-03-01"), 10);
  EXPECT_EQ(review_unit(o, {}, "2025-03-01"), std::nullopt);
}

TEST(ReviewUnit, SeveralSchoolsGoToTheLowestUnitOverAllOfThemOnThatDay) {
  OrgIndex o = org();
  EXPECT_EQ(review_unit(o, {10, 11}, "2025-03-01"), 2);  // one district office
  EXPECT_EQ(review_unit(o, {10, 12}, "2025-03-01"), 1);  // two offices: the Department
  EXPECT_EQ(review_unit(o, {10, 12}, "2025-09-01"), 4);  // after the reform: one commune office
  EXPECT_EQ(review_unit(o, {10, 11}, "2025-09-01"), 1);
}

model::EducationMeasure m(std::string code, std::string types, std::string by, std::string from,
                          std::optional<std::string> to) {
  return {std::move(code), code,  std::move(types), std::move(by), std::move(from),
          std::move(to),   "test"};
}

const std::vector<model::EducationMeasure> kMeasures = {
    m("NHAC_NHO", "TH|THCS|THPT", "teacher", "2025-10-31", std::nullopt),
    m("XIN_LOI", "TH", "teacher", "2025-10-31", std::nullopt),
    m("PHE_BINH", "THCS|THPT", "principal", "2025-10-31", std::nullopt),
    m("KHIEN_TRACH_LOP", "THCS|THPT", "teacher", "2000-01-01", "2025-10-30")};

TEST(Measures, ApplyByTypeAndTheDateOfTheViolation) {
  EXPECT_TRUE(measure_applies(kMeasures[1], "TH", "2025-11-03"));
  EXPECT_FALSE(measure_applies(kMeasures[1], "THPT", "2025-11-03"));
  EXPECT_FALSE(
      measure_applies(kMeasures[2], "TH", "2025-11-03"));  // never criticised before the school
  EXPECT_FALSE(measure_applies(kMeasures[0], "THPT", "2025-10-30"));  // Circular 19 not yet
  EXPECT_TRUE(measure_applies(kMeasures[3], "THPT", "2025-10-30"));
  EXPECT_FALSE(measure_applies(kMeasures[3], "THPT", "2025-10-31"));
  EXPECT_FALSE(measure_applies(kMeasures[0], "TH|THCS", "2025-11-03"));  // a whole type, not a part
}

ActionRequest action(std::string kind, std::string date, std::optional<std::string> code = {},
                     std::string note = "") {
  ActionRequest a;
  a.kind = std::move(kind);
  a.action_date = std::move(date);
  a.measure_code = std::move(code);
  a.note = std::move(note);
  return a;
}

std::string field_message(const Status& st, const std::string& f) {
  for (const auto& [k, msg] : st.fields())
    if (k == f) return msg;
  return "";
}

TEST(Actions, AMeasureMustApplyAndBeTheUsersToApply) {
  auto ok = check_action(action("measure", "2025-11-05", "PHE_BINH"), kMeasures, "THPT",
                         "2025-11-03", "2025-11-06", true);
  EXPECT_TRUE(ok.ok()) << ok.message();
  auto teacher = check_action(action("measure", "2025-11-05", "PHE_BINH"), kMeasures, "THPT",
                              "2025-11-03", "2025-11-06", false);
  EXPECT_NE(field_message(teacher, "measure_code").find("hiệu trưởng"), std::string::npos);
  auto primary = check_action(action("measure", "2025-11-05", "PHE_BINH"), kMeasures, "TH",
                              "2025-11-03", "2025-11-06", true);
  EXPECT_NE(field_message(primary, "measure_code"), "");
  auto old = check_action(action("measure", "2025-11-05", "NHAC_NHO"), kMeasures, "THPT",
                          "2025-10-20", "2025-11-06", true);
  EXPECT_NE(field_message(old, "measure_code"), "");  // the rule in force on the violation's date
}

TEST(Actions, DatesKindsAndTexts) {
  EXPECT_NE(field_message(check_action(action("note", "2025-11-01", {}, "x"), kMeasures, "THPT",
                                       "2025-11-03", "2025-11-06", true),
                          "action_date"),
            "");
  EXPECT_NE(field_message(check_action(action("note", "2025-11-07", {}, "x"), kMeasures, "THPT",
                                       "2025-11-03", "2025-11-06", true),
                          "action_date"),
            "");
  EXPECT_NE(field_message(check_action(action("party", "2025-11-05", {}, "x"), kMeasures, "THPT",
                                       "2025-11-03", "2025-11-06", true),
                          "kind"),
            "");
  EXPECT_NE(field_message(check_action(action("parent_meeting", "2025-11-05"), kMeasures, "THPT",
                                       "2025-11-03", "2025-11-06", true),
                          "note"),
            "");
  EXPECT_NE(field_message(check_action(action("evidence", "2025-11-05"), kMeasures, "THPT",
                                       "2025-11-03", "2025-11-06", true),
                          "file_id"),
            "");
  EXPECT_TRUE(check_action(action("parent_meeting", "2025-11-05", {}, "Gặp mẹ"), kMeasures, "THPT",
                           "2025-11-03", "2025-11-06", false)
                  .ok());
}

}  // namespace
}  // namespace atgt::notice_rules
