// Enrolment CSV reading and the enrolment record source.
#include "domain/enrolment.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <set>
#include <tuple>

#include "base/row_errors.h"
#include "base/text.h"

namespace atgt {

const std::vector<std::string>& enrolment_levels() {
  static const std::vector<std::string> levels = {
      "preschool", "primary", "lower_secondary", "upper_secondary", "continuing", "vocational"};
  return levels;
}

bool valid_school_year(const std::string& s) {
  if (s.size() != 9 || s[4] != '-') return false;
  int a = 0, b = 0;
  auto r1 = std::from_chars(s.data(), s.data() + 4, a);
  auto r2 = std::from_chars(s.data() + 5, s.data() + 9, b);
  return r1.ec == std::errc() && r1.ptr == s.data() + 4 && r2.ec == std::errc() &&
         r2.ptr == s.data() + 9 && a >= 2000 && a <= 2100 && b == a + 1;
}

namespace {

struct Column {
  const char* label;  // the template's Vietnamese header, used in messages when missing
  std::initializer_list<const char*> names;
};
const Column kUnit{"Mã đơn vị", {"ma don vi", "ma truong", "unit_code", "unit code"}};
const Column kYear{"Năm học", {"nam hoc", "school_year", "school year"}};
const Column kLevel{"Cấp học", {"cap hoc", "level"}};
const Column kStudents{"Số học sinh", {"so hoc sinh", "si so", "students"}};

// The level code of a cell: the code itself or its Vietnamese name, folded.
std::optional<std::string> level_of(const std::string& cell) {
  static const std::vector<std::pair<const char*, const char*>> names = {
      {"mam non", "preschool"},    {"tieu hoc", "primary"},
      {"thcs", "lower_secondary"}, {"trung hoc co so", "lower_secondary"},
      {"thpt", "upper_secondary"}, {"trung hoc pho thong", "upper_secondary"},
      {"gdtx", "continuing"},      {"giao duc thuong xuyen", "continuing"},
      {"gdnn", "vocational"},      {"giao duc nghe nghiep", "vocational"}};
  std::string f = fold(cell);
  for (const auto& l : enrolment_levels())
    if (f == l) return l;
  for (const auto& [name, code] : names)
    if (f == name) return std::string(code);
  return std::nullopt;
}

}  // namespace

int enrolment_unit_column(const CsvTable& t) {
  return t.find(kUnit.names);
}

Result<std::vector<CsvEnrolment>> read_enrolment_rows(const CsvTable& t) {
  RowErrors errors;
  int c_unit = t.find(kUnit.names), c_year = t.find(kYear.names), c_level = t.find(kLevel.names),
      c_students = t.find(kStudents.names);
  for (auto [c, col] :
       {std::pair{c_unit, &kUnit}, {c_year, &kYear}, {c_level, &kLevel}, {c_students, &kStudents}})
    if (c < 0) errors.add(1, col->label, std::string("Thiếu cột \"") + col->label + "\".");
  if (!errors.empty()) return errors.status();
  // Messages name the column as the file's header writes it.
  auto name = [&](int c) { return t.header[static_cast<size_t>(c)]; };
  if (t.rows.empty()) errors.add(2, name(c_unit), "Tệp không có dòng dữ liệu nào.");
  auto cell = [&](const std::vector<std::string>& r, int c) {
    return squeeze_spaces(r[static_cast<size_t>(c)]);
  };
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  std::vector<CsvEnrolment> out;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const auto& r = t.rows[i];
    CsvEnrolment e;
    e.row = static_cast<int>(i + 2);
    e.unit_code = cell(r, c_unit);
    e.school_year = cell(r, c_year);
    std::string level = cell(r, c_level);
    std::string students = cell(r, c_students);
    if (e.unit_code.empty()) errors.add(e.row, name(c_unit), "Mã đơn vị bắt buộc.");
    if (!valid_school_year(e.school_year))
      errors.add(e.row, name(c_year),
                 "Năm học phải có dạng YYYY-YYYY, năm sau hơn năm trước 1 (ví dụ 2025-2026).");
    if (auto l = level_of(level))
      e.level = *l;
    else
      errors.add(e.row, name(c_level),
                 "Cấp học phải là Mầm non, Tiểu học, THCS, THPT, GDTX hoặc GDNN.");
    auto [p, ec] = std::from_chars(students.data(), students.data() + students.size(), e.students);
    if (students.empty() || ec != std::errc() || p != students.data() + students.size() ||
        e.students < 0 || e.students > 1000000)
      errors.add(e.row, name(c_students), "Số học sinh phải là số nguyên từ 0 đến 1.000.000.");
    if (!e.level.empty() && !seen.insert({e.unit_code, e.school_year, e.level}).second)
      errors.add(e.row, name(c_level), "Trùng dòng (cùng đơn vị, năm học và cấp học).");
    out.push_back(std::move(e));
  }
  if (!errors.empty()) return errors.status();
  return out;
}

std::vector<indicators::Record> enrolment_records(const std::vector<model::EnrolmentRow>& rows,
                                                  const std::string& start) {
  std::vector<indicators::Record> out;
  out.reserve(rows.size());
  for (const auto& r : rows)
    out.push_back(
        {r.unit_id, start, {{"level", r.level}, {"students", static_cast<double>(r.students)}}});
  return out;
}

}  // namespace atgt
