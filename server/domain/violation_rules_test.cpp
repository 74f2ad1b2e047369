// Violation record rules: age at the date (the younger bound from a birth year), the sanctions
// each age allows under the Law on Handling Administrative Violations, the record's fields.
#include "domain/violation_rules.h"

#include <gtest/gtest.h>

namespace atgt::violation_rules {
namespace {

Date d(const char* s) {
  return *Date::parse(s);
}

model::ViolationCode helmet() {
  model::ViolationCode c;
  c.decree = "ND168";
  c.code = "7.2.h";
  c.fine_min = 400000;
  c.fine_max = 600000;
  return c;
}

model::ViolationRecord rider() {
  model::ViolationRecord r;
  r.role = "rider";
  r.full_name = "Phạm Thị Thu Hằng";
  r.birth_date = "2008-11-17";
  r.birth_year = 2008;
  r.code_id = 1;
  r.sanction = "warning";
  return r;
}

TEST(ViolationRules, AgeAtTheDate) {
  EXPECT_EQ(age_at(std::string("2008-11-17"), 2008, d("2024-11-16")), 15);
  EXPECT_EQ(age_at(std::string("2008-11-17"), 2008, d("2024-11-17")), 16);
  EXPECT_EQ(age_at(std::nullopt, 2008, d("2024-12-31")), 15);  // the younger bound
  EXPECT_EQ(age_at(std::nullopt, 2024, d("2024-06-01")), 0);
  EXPECT_EQ(age_at(std::nullopt, std::nullopt, d("2024-06-01")), std::nullopt);
  EXPECT_EQ(age_band(13), "under14");
  EXPECT_EQ(age_band(14), "14-15");
  EXPECT_EQ(age_band(17), "16-17");
  EXPECT_EQ(age_band(18), "adult");
  EXPECT_EQ(age_band(std::nullopt), "");
}

TEST(ViolationRules, SanctionsFollowTheAge) {
  auto r = rider();
  EXPECT_TRUE(check_sanction(r, 13, helmet()).kind() == Kind::kInvalid);  // a warning at 13
  r.sanction = "none";
  EXPECT_TRUE(check_sanction(r, 13, helmet()).ok());  // the education loop still runs
  r.sanction = "warning";
  EXPECT_TRUE(check_sanction(r, 14, helmet()).ok());
  r.sanction = "fine";
  r.fine_amount = 400000;
  Status st = check_sanction(r, 15, helmet());
  EXPECT_EQ(st.kind(), Kind::kInvalid);
  EXPECT_NE(st.message().find("Điều 134"), std::string::npos);
  EXPECT_EQ(check_sanction(r, 16, helmet()).kind(), Kind::kInvalid);  // over half of 600,000
  r.fine_amount = 300000;
  EXPECT_TRUE(check_sanction(r, 16, helmet()).ok());
  r.fine_amount = 150000;
  EXPECT_EQ(check_sanction(r, 17, helmet()).kind(), Kind::kInvalid);  // under half of 400,000
  r.fine_amount = 500000;
  EXPECT_TRUE(check_sanction(r, 18, helmet()).ok());
  r.fine_amount = 700000;
  EXPECT_EQ(check_sanction(r, 30, helmet()).fields().count("fine_amount"), 1u);
  auto warning_only = helmet();
  warning_only.fine_min.reset();
  warning_only.fine_max.reset();
  r.fine_amount = 100000;
  EXPECT_EQ(check_sanction(r, 30, warning_only).kind(), Kind::kInvalid);
}

TEST(ViolationRules, LocalDateTimes) {
  auto t = parse_local_datetime("2025-03-01T07:15");
  ASSERT_TRUE(t);
  EXPECT_EQ(iso_utc(*t).substr(0, 16), "2025-03-01T00:15");
  EXPECT_EQ(local_date(*parse_local_datetime("2025-03-01T00:30:00")).str(), "2025-03-01");
  for (const char* bad :
       {"", "2025-03-01", "2025-03-01 07:15", "2025-02-30T07:15", "2025-03-01T24:00",
        "2025-03-01T07:60", "2025-03-01T07:15:6x", "2025-03-01T07:15Z"})
    EXPECT_FALSE(parse_local_datetime(bad)) << bad;
}

TEST(ViolationRules, RecordFields) {
  EXPECT_TRUE(check_record(rider(), d("2025-03-01")).ok());
  auto fields = [](const model::ViolationRecord& r) {
    std::string out;
    Status st = check_record(r, d("2025-03-01"));
    for (const auto& [f, m] : st.fields()) out += f + ";";
    return out;
  };
  auto r = rider();
  r.full_name = "PHAM\tTHI";
  EXPECT_EQ(fields(r), "full_name;");
  r = rider();
  r.birth_date.reset();
  r.birth_year.reset();
  EXPECT_EQ(fields(r), "birth_date;");
  r.role = "owner";  // an owner's age does not decide the sanction
  EXPECT_EQ(fields(r), "");
  r = rider();
  r.birth_date = "2025-03-02";
  r.birth_year = 2025;
  EXPECT_EQ(fields(r), "birth_date;");
  r = rider();
  r.personal_id = "03120800000";
  r.sex = "nam";
  EXPECT_EQ(fields(r), "personal_id;sex;");
  r = rider();
  r.sanction = "fine";
  EXPECT_EQ(fields(r), "fine_amount;");
  r = rider();
  r.fine_amount = 100;
  EXPECT_EQ(fields(r), "fine_amount;");
  r = rider();
  r.role = "involved";  // a young passenger without a helmet: the adult's offence
  EXPECT_EQ(fields(r), "code;sanction;");
  r.code_id.reset();
  r.sanction = "none";
  EXPECT_EQ(fields(r), "");
  r.role = "driver";
  EXPECT_EQ(fields(r), "role;");
  EXPECT_EQ(legal_code(helmet()), "ND168:7.2.h");
}

}  // namespace
}  // namespace atgt::violation_rules
