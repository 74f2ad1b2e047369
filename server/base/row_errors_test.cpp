#include "base/row_errors.h"

#include <gtest/gtest.h>

namespace atgt {
namespace {

TEST(RowErrors, OkUntilARowIsAdded) {
  RowErrors e;
  EXPECT_TRUE(e.empty());
  EXPECT_TRUE(e.status().ok());
  e.add(3, "Họ tên", "Thiếu họ tên.");
  EXPECT_EQ(e.status().kind(), Kind::kInvalid);
  EXPECT_EQ(e.status().message(), kFileRefused);
  ASSERT_EQ(e.status().rows().size(), 1u);
  EXPECT_EQ(e.status().rows()[0].row, 3);
  EXPECT_EQ(e.status().rows()[0].column, "Họ tên");
}

TEST(RowErrors, KeepsTheCapAndCountsTheRest) {
  RowErrors e("Tệp có lỗi.");
  for (int i = 0; i < 250; ++i) e.add(i + 2, "Lớp", "Sai lớp.");
  Status st = e.status();
  EXPECT_EQ(st.message(), "Tệp có lỗi.");
  ASSERT_EQ(st.rows().size(), kMaxRowErrors + 1);
  EXPECT_EQ(st.rows().back().row, 0);
  EXPECT_EQ(st.rows().back().message, "… và 50 lỗi khác.");
  EXPECT_EQ(e.count(), 250u);
}

}  // namespace
}  // namespace atgt
