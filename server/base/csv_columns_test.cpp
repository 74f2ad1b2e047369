#include "base/csv_columns.h"

#include <gtest/gtest.h>

namespace atgt {
namespace {

TEST(CsvColumns, ReadsCellsByNameAndNamesEveryMissingColumn) {
  CsvColumns c;
  c.file = "purposes.csv";
  c.t = *parse_csv("code,name,note\nroster,Danh sách,\n");
  ASSERT_TRUE(c.bind({"code", "name", "note"}).ok());
  const auto& row = c.t.rows[0];
  EXPECT_EQ(c.cell(row, "name"), "Danh sách");
  EXPECT_EQ(c.opt(row, "code"), "roster");
  EXPECT_FALSE(c.opt(row, "note").has_value());

  CsvColumns missing;
  missing.file = "dpia_risks.csv";
  missing.t = *parse_csv("risk\nx\n");
  Status st = missing.bind({"purpose_code", "risk", "measures"});
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("dpia_risks.csv"), std::string::npos) << st.message();
  ASSERT_EQ(st.rows().size(), 2u);
  EXPECT_EQ(st.rows()[0].row, 1);
  EXPECT_EQ(st.rows()[0].column, "purpose_code");
  EXPECT_EQ(st.rows()[1].column, "measures");

  EXPECT_FALSE(read_csv_columns("/nonexistent/x.csv", "x.csv", {"a"}).ok());
}

}  // namespace
}  // namespace atgt
