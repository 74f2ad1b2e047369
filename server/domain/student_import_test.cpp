// Roster import planning: headers in Vietnamese or English in any order, names, dates, ages per
// level, duplicates, guardians and vehicles, file-level errors, row numbers as the user sees them.
#include "domain/student_import.h"

#include <gtest/gtest.h>

namespace atgt {
namespace {

StudentImportInput thcs() {
  StudentImportInput in;
  in.year_start = "2025-09-05";
  in.min_age = 10;
  in.max_age = 17;
  in.level_name = "Trường THCS";
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

TEST(StudentImport, VietnameseHeadersInAnyOrderAndUnknownColumns) {
  auto t = table({"Lớp", "Ghi chú", "Ngày sinh", "Họ và tên", "Giới tính", "Mã định danh",
                  "Họ tên cha/mẹ/người giám hộ", "Quan hệ", "Số điện thoại", "Biển số xe"},
                 {{"6A1", "x", "05/03/2013", "Nguyễn Văn An", "Nam", "031213000123", "Nguyễn Văn Bình",
                   "Cha", "0912 345 678", "15B1-234.56"},
                  {"6A2", "", "2013-11-17", "Phạm Thị Thu Hằng", "nữ", "", "", "", "", ""}});
  auto r = plan_student_import(t, thcs());
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->size(), 2u);
  const auto& a = (*r)[0].entry;
  EXPECT_EQ((*r)[0].row, 2);
  EXPECT_EQ(a.full_name, "Nguyễn Văn An");
  EXPECT_EQ(a.birth_date, "2013-03-05");
  EXPECT_EQ(a.sex, "Nam");
  EXPECT_EQ(a.personal_id, "031213000123");
  EXPECT_EQ(a.class_name, "6A1");
  ASSERT_EQ(a.guardians.size(), 1u);
  EXPECT_EQ(a.guardians[0].phone, "0912345678");
  EXPECT_EQ(a.guardians[0].relation, "Cha");
  ASSERT_EQ(a.vehicles.size(), 1u);
  EXPECT_EQ(a.vehicles[0].plate, "15B1-234.56");
  const auto& b = (*r)[1].entry;
  EXPECT_EQ(b.sex, "Nữ");
  EXPECT_FALSE(b.personal_id);
  EXPECT_TRUE(b.guardians.empty());
}

TEST(StudentImport, EnglishAliases) {
  auto t = table({"birth_date", "full_name", "gender", "class", "personal_id", "guardian_phone"},
                 {{"1/9/2012", "Lê Hoàng-Anh", "F", "7B", "31212000999", "+84 912345678"}});
  auto r = plan_student_import(t, thcs());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ((*r)[0].entry.birth_date, "2012-09-01");
  EXPECT_EQ((*r)[0].entry.personal_id, "031212000999");  // a number cell lost its leading zero
  EXPECT_EQ((*r)[0].entry.guardians.at(0).phone, "0912345678");
}

TEST(StudentImport, RequiredColumnsAndEmptyFilesAreFileErrors) {
  auto r = plan_student_import(table({"Họ và tên", "Lớp"}, {{"An", "6A"}}), thcs());
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(is_student_file_error(r.status()));
  EXPECT_NE(r.status().message().find("Ngày sinh"), std::string::npos);
  auto e = plan_student_import(table({"Họ và tên", "Ngày sinh"}, {{"", " "}, {"", ""}}), thcs());
  ASSERT_FALSE(e.ok());
  EXPECT_TRUE(is_student_file_error(e.status()));
}

TEST(StudentImport, EveryBadCellIsARowErrorWithTheFilesColumnName) {
  auto t = table({"HỌ VÀ TÊN", "Ngày sinh", "Giới tính", "Mã định danh"},
                 {{"Nguyễn\tVăn An", "05/03/2013", "Nam", ""},
                  {"=HYPERLINK(\"x\")", "31/02/2013", "", ""},
                  {"Trần Văn 3", "05/03/2003", "khác", "12ab"},
                  {"Lê\nThị", "2013-03-05", "", ""},
                  {"Hà Văn Tuấn", "05/03/2024", "", ""}},
                 3);  // an XLSX whose header is on sheet row 3
  auto r = plan_student_import(t, thcs());
  ASSERT_FALSE(r.ok());
  EXPECT_FALSE(is_student_file_error(r.status()));
  std::vector<std::string> got;
  for (const auto& e : r.status().rows()) got.push_back(std::to_string(e.row) + "|" + e.column);
  EXPECT_EQ(got, (std::vector<std::string>{"4|HỌ VÀ TÊN", "5|HỌ VÀ TÊN", "5|Ngày sinh",
                                           "6|HỌ VÀ TÊN", "6|Ngày sinh", "6|Mã định danh",
                                           "6|Giới tính", "7|HỌ VÀ TÊN", "8|Ngày sinh"}))
      << ::testing::PrintToString(got);
}

TEST(StudentImport, AgesFollowTheLevelData) {
  StudentImportInput mn;
  mn.year_start = "2025-09-05";
  mn.min_age = 2;
  mn.max_age = 6;
  auto ok = plan_student_import(table({"Họ và tên", "Ngày sinh"}, {{"Bé Na", "06/09/2022"}}), mn);
  EXPECT_TRUE(ok.ok());  // 2 years old on 05/09/2025 (born the day after... the year before)
  auto young = plan_student_import(table({"Họ và tên", "Ngày sinh"}, {{"Bé Na", "06/09/2023"}}), mn);
  EXPECT_FALSE(young.ok());
  StudentImportInput any;
  any.year_start = "2025-09-05";
  EXPECT_TRUE(plan_student_import(table({"Họ và tên", "Ngày sinh"}, {{"Ông Ba", "01/01/1960"}}), any).ok());
}

TEST(StudentImport, DuplicatesInTheFile) {
  auto t = table({"Họ và tên", "Ngày sinh", "Mã định danh"},
                 {{"Nguyễn Văn An", "05/03/2013", "031213000123"},
                  {"Nguyen Van An", "2013-03-05", ""},
                  {"Trần Thị Bích", "05/04/2013", "031213000123"}});
  auto r = plan_student_import(t, thcs());
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.status().rows().size(), 2u);
  EXPECT_EQ(r.status().rows()[0].row, 3);
  EXPECT_EQ(r.status().rows()[1].row, 4);
  EXPECT_EQ(r.status().rows()[1].column, "Mã định danh");
}

TEST(StudentImport, Helpers) {
  EXPECT_TRUE(valid_person_name("Nguyễn Thị Ngọc Ánh"));
  EXPECT_TRUE(valid_person_name("H'Hen Niê"));
  EXPECT_TRUE(valid_person_name("Lê-Trần Bảo"));
  EXPECT_FALSE(valid_person_name("An\x01"));
  EXPECT_FALSE(valid_person_name("<b>An</b>"));
  EXPECT_FALSE(valid_person_name("'"));
  EXPECT_EQ(parse_birth_date("29/02/2012"), "2012-02-29");
  EXPECT_FALSE(parse_birth_date("29/02/2013"));
  EXPECT_FALSE(parse_birth_date("2013-13-01"));
  EXPECT_FALSE(parse_birth_date("5/3/13"));
  EXPECT_EQ(age_on("2013-09-05", "2025-09-05"), 12);
  EXPECT_EQ(age_on("2013-09-06", "2025-09-05"), 11);
}

}  // namespace
}  // namespace atgt
