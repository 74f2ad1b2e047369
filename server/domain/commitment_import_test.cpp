// Commitments import planning: headers in Vietnamese or English in any order, the strict signed
// values, dates, identification against the roster (personal id, else name + birth date), class
// checks, duplicates and file-level errors, with rows and columns as the user sees them.
#include "domain/commitment_import.h"

#include <gtest/gtest.h>

#include <map>

namespace atgt {
namespace {

model::RosterStudent student(int64_t id, std::string name, std::string birth, std::string cls,
                             std::optional<std::string> pid = std::nullopt) {
  model::RosterStudent r;
  r.student.id = id;
  r.student.full_name = std::move(name);
  r.student.birth_date = std::move(birth);
  r.student.personal_id = std::move(pid);
  r.enrolment.student_id = id;
  r.enrolment.unit_id = 7;
  r.enrolment.school_year = "2025-2026";
  r.enrolment.class_name = std::move(cls);
  return r;
}

CommitmentImportInput input() {
  CommitmentImportInput in;
  in.school_year = "2025-2026";
  in.year_start = "2025-09-05";
  in.today = "2025-10-01";
  in.roster = {student(1, "Nguyễn Văn An", "2013-03-05", "6A1", "031213000123"),
               student(2, "Phạm Thị Thu Hằng", "2013-11-17", "6A2"),
               student(3, "Lê Minh", "2013-01-01", "6A1"),
               student(4, "Lê Minh", "2013-01-01", "6A3")};
  return in;
}

CsvTable table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows,
               int header_row = 1) {
  CsvTable t;
  t.header = std::move(header);
  t.rows = std::move(rows);
  t.header_row = header_row;
  return t;
}

TEST(CommitmentImport, SignedValues) {
  for (const char* v : {"Đã ký", "đã ký", "ĐÃ KÝ", "x", "X", "Có", "có", "1", " Đã  ký "})
    EXPECT_EQ(parse_signed_value(v), std::optional<bool>(true)) << v;
  for (const char* v : {"Chưa ký", "chua ky", "", "   ", "0", "Không", "không"})
    EXPECT_EQ(parse_signed_value(v), std::optional<bool>(false)) << v;
  for (const char* v : {"2", "ok", "=1", "=TRUE()", "Đã", "ký", "x x", "Đã ký\n", "-1", "1.0"})
    EXPECT_EQ(parse_signed_value(v), std::nullopt) << v;
}

TEST(CommitmentImport, VietnameseHeadersInAnyOrderIdentifyByIdThenNameAndBirth) {
  auto t =
      table({"Ngày ký", "Cam kết của phụ huynh", "Ghi chú", "Ngày sinh", "Họ và tên",
             "Mã định danh", "Cam kết của học sinh", "Lớp"},
            {{"15/09/2025", "Đã ký", "x", "05/03/2013", "Nguyễn Văn Án", "031213000123", "x", ""},
             {"", "Chưa ký", "", "17/11/2013", "PHẠM THỊ THU HẰNG", "", "", "6a2"},
             {"", "", "", "", "", "", "", ""}});
  auto r = plan_commitment_import(t, input());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(r->has_student);
  EXPECT_TRUE(r->has_parent);
  ASSERT_EQ(r->rows.size(), 2u);
  const auto& a = r->rows[0];
  EXPECT_EQ(a.row, 2);
  EXPECT_EQ(a.student_id, 1);  // the id wins over a misspelt name
  EXPECT_EQ(a.full_name, "Nguyễn Văn An");
  EXPECT_EQ(a.student_signed, std::optional<bool>(true));
  EXPECT_EQ(a.parent_signed, std::optional<bool>(true));
  EXPECT_EQ(a.signed_date, std::optional<std::string>("2025-09-15"));
  const auto& b = r->rows[1];
  EXPECT_EQ(b.row, 3);
  EXPECT_EQ(b.student_id, 2);
  EXPECT_EQ(b.class_name, "6A2");
  EXPECT_EQ(b.student_signed, std::optional<bool>(false));
  EXPECT_EQ(b.parent_signed, std::optional<bool>(false));
  EXPECT_FALSE(b.signed_date);
}

TEST(CommitmentImport, EnglishAliasesAndOneKindOnly) {
  auto t = table({"full_name", "birth_date", "parent_commitment"},
                 {{"Phạm Thị Thu Hằng", "2013-11-17", "1"}});
  auto r = plan_commitment_import(t, input());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_FALSE(r->has_student);
  EXPECT_TRUE(r->has_parent);
  EXPECT_FALSE(r->rows[0].student_signed);
  EXPECT_EQ(r->rows[0].parent_signed, std::optional<bool>(true));
}

TEST(CommitmentImport, FileLevelErrors) {
  auto missing =
      plan_commitment_import(table({"Họ và tên", "Ngày sinh"}, {{"A", "01/01/2013"}}), input());
  ASSERT_FALSE(missing.ok());
  EXPECT_TRUE(is_student_file_error(missing.status()));
  EXPECT_NE(missing.status().message().find("Cam kết của học sinh"), std::string::npos);
  auto no_name =
      plan_commitment_import(table({"Tên", "Ngày sinh", "Cam kết của học sinh"}, {}), input());
  ASSERT_FALSE(no_name.ok());
  EXPECT_NE(no_name.status().message().find("Họ và tên"), std::string::npos);
  auto empty = plan_commitment_import(
      table({"Họ và tên", "Ngày sinh", "Cam kết của học sinh"}, {{"", "", ""}}), input());
  ASSERT_FALSE(empty.ok());
  EXPECT_TRUE(is_student_file_error(empty.status()));
}

TEST(CommitmentImport, RowErrorsNameRowColumnAndReason) {
  auto t =
      table({"Họ và tên", "Ngày sinh", "Lớp", "Cam kết của học sinh", "Ngày ký"},
            {{"Nguyễn Văn An", "05/03/2013", "", "=1+1", ""},               // row 3: value
             {"Trần Không Có", "01/01/2013", "", "x", ""},                  // 4: unknown
             {"Lê Minh", "01/01/2013", "", "x", ""},                        // 5: ambiguous
             {"Phạm Thị Thu Hằng", "17/11/2013", "6A1", "x", ""},           // 6: class
             {"Nguyễn Văn An", "05/03/2013", "", "x", "02/10/2025"},        // 7: future
             {"Nguyễn Văn An", "31/02/2013", "", "x", ""},                  // 8: birth
             {"Nguyễn Văn An", "05/03/2013", "", "Chưa ký", "01/10/2025"},  // 9: date, unsigned
             {"Nguyễn Văn An", "05/03/2013", "", "x", "01/10/2025"},        // 10: ok
             {"Nguyễn Văn An", "05/03/2013", "", "x", ""},                  // 11: duplicate
             {"An1", "05/03/2013", "", "x", ""}},                           // 12: name
            2);
  auto r = plan_commitment_import(t, input());
  ASSERT_FALSE(r.ok());
  EXPECT_FALSE(is_student_file_error(r.status()));
  std::map<int, std::pair<std::string, std::string>> by_row;
  for (const auto& e : r.status().rows()) by_row[e.row] = {e.column, e.message};
  ASSERT_EQ(by_row.size(), 9u) << r.status().message();
  EXPECT_EQ(by_row[3].first, "Cam kết của học sinh");
  EXPECT_NE(by_row[3].second.find("=1+1"), std::string::npos);
  EXPECT_EQ(by_row[4].first, "Họ và tên");
  EXPECT_NE(by_row[4].second.find("Không có học sinh"), std::string::npos);
  EXPECT_NE(by_row[5].second.find("Mã định danh"), std::string::npos);
  EXPECT_EQ(by_row[6].first, "Lớp");
  EXPECT_NE(by_row[6].second.find("6A2"), std::string::npos);
  EXPECT_EQ(by_row[7].first, "Ngày ký");
  EXPECT_EQ(by_row[8].first, "Ngày sinh");
  EXPECT_EQ(by_row[9].first, "Ngày ký");
  EXPECT_FALSE(by_row.count(10));
  EXPECT_NE(by_row[11].second.find("dòng 10"), std::string::npos);
  EXPECT_EQ(by_row[12].first, "Họ và tên");
}

TEST(CommitmentImport, PersonalIdOfAnotherChildOrUnknown) {
  auto in = input();
  // An id nobody on the roster has falls back to name + birth date; a student stored with another
  // id is another child.
  auto t = table({"Mã định danh", "Họ và tên", "Ngày sinh", "Cam kết của học sinh"},
                 {{"031213000999", "Phạm Thị Thu Hằng", "17/11/2013", "x"},
                  {"031213000999", "Nguyễn Văn An", "05/03/2013", "x"},
                  {"12345", "Nguyễn Văn An", "05/03/2013", "x"}});
  auto r = plan_commitment_import(t, in);
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.status().rows().size(), 2u);
  EXPECT_EQ(r.status().rows()[0].row, 3);
  EXPECT_EQ(r.status().rows()[0].column, "Mã định danh");
  EXPECT_EQ(r.status().rows()[1].row, 4);
}

}  // namespace
}  // namespace atgt
