// Violation code rules: the shape of codes as the decrees number them, field checks, in force.
#include "domain/violation_codes.h"

#include <gtest/gtest.h>

namespace atgt::violation_codes {
namespace {

model::ViolationCode helmet() {
  model::ViolationCode c;
  c.decree = "ND168";
  c.code = "7.2.h";
  c.article = 7;
  c.clause = "2";
  c.point = "h";
  c.vehicle_kind = "motorbike";
  c.description = "Không đội mũ bảo hiểm";
  c.fine_min = 400000;
  c.fine_max = 600000;
  c.effective_from = "2025-01-01";
  c.category = "no_helmet_rider";
  return c;
}

TEST(ViolationCodes, ParsesTheShapesTheDecreesUse) {
  auto p = parse_code("7.2.h");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->article, 7);
  EXPECT_EQ(p->clause, "2");
  EXPECT_EQ(p->point, "h");
  p = parse_code("32.10");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->clause, "10");
  EXPECT_EQ(p->point, "");
  p = parse_code("8.3.đ");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->point, "đ");
  p = parse_code("6.1a");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->clause, "1a");
  for (const char* bad : {"", "7", "7.", ".2.h", "7.2.", "7.2.hh", "7.2.z", "07.2.h", "7.0.a",
                          "7.2.H", "1000.1", "7.2.h.x", "7 .2", "a.2.h"})
    EXPECT_FALSE(parse_code(bad)) << bad;
}

TEST(ViolationCodes, ChecksEveryField) {
  EXPECT_TRUE(check_code(helmet()).ok());
  auto fields = [](const model::ViolationCode& c) {
    Status st = check_code(c);
    EXPECT_EQ(st.kind(), Kind::kInvalid);
    std::string out;
    for (const auto& [f, m] : st.fields()) out += f + ";";
    return out;
  };
  auto c = helmet();
  c.point = "i";
  EXPECT_EQ(fields(c), "code;");
  c = helmet();
  c.vehicle_kind = "tank";
  EXPECT_EQ(fields(c), "vehicle_kind;");
  c = helmet();
  c.fine_min = 700000;
  EXPECT_EQ(fields(c), "fine_max;");
  c = helmet();
  c.fine_max.reset();
  EXPECT_EQ(fields(c), "fine_max;");
  c = helmet();
  c.fine_min = -1;
  EXPECT_EQ(fields(c), "fine_min;");
  c = helmet();
  c.effective_to = "2024-12-31";
  EXPECT_EQ(fields(c), "effective_to;");
  c = helmet();
  c.effective_from = "2025-02-30";
  EXPECT_EQ(fields(c), "effective_from;");
  c = helmet();
  c.description = "";
  c.category = "Mũ";
  EXPECT_EQ(fields(c), "category;description;");
  c = helmet();
  c.fine_min.reset();
  c.fine_max.reset();  // a warning or confiscation as the main sanction: no fine
  EXPECT_TRUE(check_code(c).ok());
}

TEST(ViolationCodes, CitesAsDocumentsDo) {
  EXPECT_EQ(citation(helmet(), "168/2024/NĐ-CP"), "điểm h khoản 2 Điều 7 Nghị định 168/2024/NĐ-CP");
  auto c = helmet();
  c.code = "32.10";
  c.article = 32;
  c.clause = "10";
  c.point = "";
  EXPECT_EQ(citation(c, ""), "khoản 10 Điều 32");
}

TEST(ViolationCodes, InForceBetweenItsDatesInclusive) {
  auto c = helmet();
  c.effective_from = "2020-01-01";
  c.effective_to = "2024-12-31";
  EXPECT_FALSE(in_force(c, *Date::parse("2019-12-31")));
  EXPECT_TRUE(in_force(c, *Date::parse("2020-01-01")));
  EXPECT_TRUE(in_force(c, *Date::parse("2024-12-31")));
  EXPECT_FALSE(in_force(c, *Date::parse("2025-01-01")));
  c.effective_to.reset();
  EXPECT_TRUE(in_force(c, *Date::parse("2099-01-01")));
}

TEST(ViolationCodes, DecreesAndCategories) {
  model::Decree d{"ND168",      "168/2024/NĐ-CP", "Nghị định ...", "2024-12-26",
                  "2025-01-01", std::nullopt,     std::nullopt,    0};
  EXPECT_TRUE(check_decree(d).ok());
  d.code = "nd 168";
  EXPECT_FALSE(check_decree(d).ok());
  d.code = "ND168";
  d.effective_to = "2024-01-01";
  EXPECT_FALSE(check_decree(d).ok());
  EXPECT_TRUE(check_category({"red_light", "Vượt đèn đỏ", "Red light", 1, 0}).ok());
  EXPECT_FALSE(check_category({"Red light", "Vượt đèn đỏ", "", 1, 0}).ok());
  EXPECT_FALSE(check_category({"red_light", "", "", 1, 0}).ok());
}

}  // namespace
}  // namespace atgt::violation_codes
