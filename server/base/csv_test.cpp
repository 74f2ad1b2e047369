#include "base/csv.h"

#include <gtest/gtest.h>

namespace atgt {
namespace {

TEST(Csv, ParsesQuotesNewlinesAndBom) {
  auto t = parse_csv("\xEF\xBB\xBF" "a,b\r\n\"x, \"\"y\"\"\",\"dòng\nhai\"\n3,\n");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->header, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(t->rows[0][0], "x, \"y\"");
  EXPECT_EQ(t->rows[0][1], "dòng\nhai");
  EXPECT_EQ(t->rows[1][1], "");
  EXPECT_EQ(t->column("b"), 1);
  EXPECT_EQ(t->column("c"), -1);
}

TEST(Csv, ReportsTheRowOfAWrongFieldCount) {
  auto t = parse_csv("a,b\n1,2\n1,2,3\n");
  ASSERT_FALSE(t.ok());
  ASSERT_EQ(t.status().rows().size(), 1u);
  EXPECT_EQ(t.status().rows()[0].row, 3);
}

TEST(Csv, RejectsInvalidUtf8AndOpenQuotes) {
  EXPECT_FALSE(parse_csv("a\n\xff\n").ok());
  EXPECT_FALSE(parse_csv("a\n\"open\n").ok());
}

}  // namespace
}  // namespace atgt
