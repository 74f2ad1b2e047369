#include "domain/registry_csv.h"

#include <gtest/gtest.h>

namespace atgt {
namespace {

bool has_error(const Status& st, int row, const std::string& column) {
  for (const auto& r : st.rows())
    if (r.row == row && r.column == column) return true;
  return false;
}

TEST(RegistryCsv, ReadsUnitVersions) {
  auto t = parse_csv(
      "code,valid_from,valid_to,name,type,flags,latitude\nA,,2025-06-30,Trường "
      "A,MN,demo,20.8\nA,2025-07-01,,Trường A mới,MN,,\n");
  ASSERT_TRUE(t.ok());
  auto rows = read_unit_rows(*t);
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].latitude, 20.8);
  EXPECT_EQ((*rows)[1].valid_from, "2025-07-01");
}

TEST(RegistryCsv, ReportsGapsBetweenVersionsAndBadCells) {
  auto t = parse_csv(
      "code,valid_from,valid_to,name,type,flags\nA,,2025-06-30,A,MN,\nA,2025-07-02,,A,MN,secret\nB,"
      "2025-13-01,,,MN,\n");
  auto rows = read_unit_rows(*t);
  ASSERT_FALSE(rows.ok());
  EXPECT_TRUE(has_error(rows.status(), 3, "valid_from"));  // gap of one day
  EXPECT_TRUE(has_error(rows.status(), 3, "flags"));
  EXPECT_TRUE(has_error(rows.status(), 4, "valid_from"));
  EXPECT_TRUE(has_error(rows.status(), 4, "name"));
}

TEST(RegistryCsv, ValidatesEvents) {
  auto t = parse_csv(
      "date,kind,unit_codes,successor_codes,partial_codes\n2025-07-01,merge,A;B,C,B\n2025-07-01,"
      "split,A,C,\n2025-07-01,explode,A,,\n2025-07-01,merge,A,C,Z\n");
  auto rows = read_event_rows(*t);
  ASSERT_FALSE(rows.ok());
  EXPECT_TRUE(has_error(rows.status(), 3, "successor_codes"));
  EXPECT_TRUE(has_error(rows.status(), 4, "kind"));
  EXPECT_TRUE(has_error(rows.status(), 5, "partial_codes"));
  EXPECT_FALSE(has_error(rows.status(), 2, "partial_codes"));
}

TEST(RegistryCsv, MissingColumnsAreReportedOnTheHeaderRow) {
  auto t = parse_csv("code,name\nA,B\n");
  auto rows = read_unit_rows(*t);
  ASSERT_FALSE(rows.ok());
  EXPECT_TRUE(has_error(rows.status(), 1, "Loại đơn vị"));
}

// The template's Vietnamese headers and event kinds are read like the English ones; messages name
// the columns as the file writes them.
TEST(RegistryCsv, VietnameseHeadersAndKinds) {
  auto t = parse_csv(
      "Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Hiệu lực từ\nT1,Trường "
      "A,THPT,SGD,2025-01-01\n");
  ASSERT_TRUE(t.ok());
  auto rows = read_unit_rows(*t);
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  EXPECT_EQ(rows->at(0).parent_code, std::optional<std::string>("SGD"));
  EXPECT_EQ(rows->at(0).valid_from, "2025-01-01");
  auto bad = parse_csv("Mã đơn vị,Tên đơn vị,Loại đơn vị,Hiệu lực từ\nT1,,THPT,2025-13-01\n");
  auto refused = read_unit_rows(*bad);
  ASSERT_FALSE(refused.ok());
  EXPECT_TRUE(has_error(refused.status(), 2, "Tên đơn vị"));
  EXPECT_TRUE(has_error(refused.status(), 2, "Hiệu lực từ"));
  auto ev = parse_csv(
      "Ngày hiệu lực,Loại sự kiện,Mã các đơn vị,Mã đơn vị kế thừa\n2025-07-01,Sáp nhập,A;B,C\n");
  auto events = read_event_rows(*ev);
  ASSERT_TRUE(events.ok()) << events.status().message();
  EXPECT_EQ(events->at(0).kind, "merge");
  EXPECT_EQ(events->at(0).successor_codes, std::vector<std::string>{"C"});
}

// Found by fuzzing (tests/fuzz/crashes/registry_csv/nan-coordinates.csv): "nan" was a latitude.
TEST(RegistryCsv, RefusesCoordinatesThatAreNotFiniteNumbers) {
  auto t =
      parse_csv("code,name,type,latitude,longitude\nT1,A,THPT,nan,-nan\nT2,B,THPT,inf,1e400\n");
  ASSERT_TRUE(t.ok());
  auto rows = read_unit_rows(*t);
  ASSERT_FALSE(rows.ok());
  for (int row : {2, 3}) {
    EXPECT_TRUE(has_error(rows.status(), row, "latitude")) << row;
    EXPECT_TRUE(has_error(rows.status(), row, "longitude")) << row;
  }
}

}  // namespace
}  // namespace atgt
