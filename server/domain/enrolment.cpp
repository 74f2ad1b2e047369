// Enrolment CSV reading and the enrolment record source.
#include "domain/enrolment.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <tuple>

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

Result<std::vector<CsvEnrolment>> read_enrolment_rows(const CsvTable& t) {
  Status err = Invalid("Tệp có dữ liệu không hợp lệ; không có dòng nào được nhập.");
  size_t n = 0;
  auto add = [&](int row, const char* col, std::string msg) {
    if (n++ < 200) err.with_row({row, col, std::move(msg)});
  };
  for (const char* c : {"unit_code", "school_year", "level", "students"})
    if (t.column(c) < 0) add(1, c, "Thiếu cột bắt buộc.");
  if (n) return err;
  if (t.rows.empty()) add(2, "unit_code", "Tệp không có dòng dữ liệu nào.");
  auto cell = [&](const std::vector<std::string>& r, const char* c) {
    return squeeze_spaces(r[static_cast<size_t>(t.column(c))]);
  };
  const auto& levels = enrolment_levels();
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  std::vector<CsvEnrolment> out;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const auto& r = t.rows[i];
    CsvEnrolment e;
    e.row = static_cast<int>(i + 2);
    e.unit_code = cell(r, "unit_code");
    e.school_year = cell(r, "school_year");
    e.level = cell(r, "level");
    std::string students = cell(r, "students");
    if (e.unit_code.empty()) add(e.row, "unit_code", "Mã đơn vị bắt buộc.");
    if (!valid_school_year(e.school_year))
      add(e.row, "school_year",
          "Năm học phải có dạng YYYY-YYYY, năm sau hơn năm trước 1 (ví dụ 2025-2026).");
    if (std::find(levels.begin(), levels.end(), e.level) == levels.end())
      add(e.row, "level",
          "Cấp học phải là preschool, primary, lower_secondary, upper_secondary, continuing hoặc "
          "vocational.");
    auto [p, ec] = std::from_chars(students.data(), students.data() + students.size(), e.students);
    if (students.empty() || ec != std::errc() || p != students.data() + students.size() ||
        e.students < 0 || e.students > 1000000)
      add(e.row, "students", "Số học sinh phải là số nguyên từ 0 đến 1.000.000.");
    if (!seen.insert({e.unit_code, e.school_year, e.level}).second)
      add(e.row, "level", "Trùng dòng (cùng đơn vị, năm học và cấp học).");
    out.push_back(std::move(e));
  }
  if (n) return err;
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
