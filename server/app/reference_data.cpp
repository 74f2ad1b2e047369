// Loading data/calendar/ into empty calendar tables.
#include "app/reference_data.h"

#include <filesystem>
#include <map>
#include <set>

#include "base/csv_columns.h"
#include "base/log.h"
#include "base/time.h"
#include "jobs/calendar_data.h"
#include "store/calendar_store.h"
#include "store/notices_store.h"
#include "store/privacy_store.h"
#include "store/students_store.h"

namespace atgt::app {
namespace {

using Table = CsvColumns;

// Adds a failed check's field messages to `errors` as row errors.
void add_rows(Status& errors, bool& bad, int row, const Status& st) {
  for (const auto& [field, message] : st.fields()) errors.with_row({row, field, message});
  if (st.fields().empty()) errors.with_row({row, "", st.message()});
  bad = true;
}

Result<std::vector<store::SchoolYearRecord>> read_years(const std::string& path, int64_t now) {
  Table t;
  t.file = "school_years.csv";
  ATGT_ASSIGN_OR_RETURN(t.t, read_csv_file(path));
  ATGT_TRY(t.bind({"code", "teaching_from", "teaching_to", "semester2_from", "peak_from", "peak_to",
                   "source", "note"}));
  Status errors = Invalid("school_years.csv có dòng không hợp lệ.");
  bool bad = false;
  std::vector<store::SchoolYearRecord> out;
  for (size_t i = 0; i < t.t.rows.size(); ++i) {
    const auto& r = t.t.rows[i];
    store::SchoolYearRecord y{
        t.cell(r, "code"),           t.cell(r, "teaching_from"), t.cell(r, "teaching_to"),
        t.cell(r, "semester2_from"), t.cell(r, "peak_from"),     t.cell(r, "peak_to"),
        t.opt(r, "source"),          t.opt(r, "note"),           now};
    auto checked = jobs::check_school_year(y);
    if (!checked.ok()) add_rows(errors, bad, static_cast<int>(i) + 2, checked.status());
    out.push_back(std::move(y));
  }
  if (bad) return errors;
  return out;
}

Result<std::vector<store::HolidayRecord>> read_holidays(const std::string& path, int64_t now) {
  Table t;
  t.file = "holidays.csv";
  ATGT_ASSIGN_OR_RETURN(t.t, read_csv_file(path));
  ATGT_TRY(t.bind({"day", "kind", "name", "flags", "source"}));
  Status errors = Invalid("holidays.csv có dòng không hợp lệ.");
  bool bad = false;
  std::set<std::string> seen;
  std::vector<store::HolidayRecord> out;
  for (size_t i = 0; i < t.t.rows.size(); ++i) {
    const auto& r = t.t.rows[i];
    store::HolidayRecord h{t.cell(r, "day"),   t.cell(r, "kind"),  t.cell(r, "name"),
                           t.opt(r, "source"), t.cell(r, "flags"), now};
    int row = static_cast<int>(i) + 2;
    auto checked = jobs::check_holiday(h);
    if (!checked.ok()) add_rows(errors, bad, row, checked.status());
    if (!seen.insert(h.day).second)
      add_rows(errors, bad, row, Invalid().with_field("day", "Trùng ngày."));
    out.push_back(std::move(h));
  }
  if (bad) return errors;
  return out;
}

// data/reference/student_ages.csv: plausible ages per school unit type.
Result<std::vector<store::StudentAgeRange>> read_student_ages(const std::string& path) {
  Table t;
  t.file = "student_ages.csv";
  if (!std::filesystem::exists(path)) return std::vector<store::StudentAgeRange>{};
  ATGT_ASSIGN_OR_RETURN(t.t, read_csv_file(path));
  ATGT_TRY(t.bind({"unit_type", "min_age", "max_age", "source"}));
  Status errors = Invalid("student_ages.csv có dòng không hợp lệ.");
  bool bad = false;
  std::vector<store::StudentAgeRange> out;
  for (size_t i = 0; i < t.t.rows.size(); ++i) {
    const auto& r = t.t.rows[i];
    store::StudentAgeRange a;
    a.unit_type = t.cell(r, "unit_type");
    a.source = t.opt(r, "source");
    try {
      a.min_age = std::stoi(t.cell(r, "min_age"));
      a.max_age = std::stoi(t.cell(r, "max_age"));
    } catch (...) {
      a.min_age = -1;
    }
    if (a.unit_type.empty() || a.min_age < 0 || a.max_age < a.min_age || a.max_age > 150)
      add_rows(errors, bad, static_cast<int>(i) + 2,
               Invalid().with_field("min_age", "Khoảng tuổi không hợp lệ."));
    out.push_back(std::move(a));
  }
  if (bad) return errors;
  return out;
}

// data/reference/education_measures.csv: educational measures a school records on a notice.
Result<std::vector<model::EducationMeasure>> read_measures(const std::string& path) {
  Table t;
  t.file = "education_measures.csv";
  if (!std::filesystem::exists(path)) return std::vector<model::EducationMeasure>{};
  ATGT_ASSIGN_OR_RETURN(t.t, read_csv_file(path));
  ATGT_TRY(
      t.bind({"code", "name", "unit_types", "applied_by", "valid_from", "valid_to", "source"}));
  Status errors = Invalid("education_measures.csv có dòng không hợp lệ.");
  bool bad = false;
  std::vector<model::EducationMeasure> out;
  for (size_t i = 0; i < t.t.rows.size(); ++i) {
    const auto& r = t.t.rows[i];
    model::EducationMeasure m;
    m.code = t.cell(r, "code");
    m.name = t.cell(r, "name");
    m.unit_types = t.cell(r, "unit_types");
    m.applied_by = t.cell(r, "applied_by");
    m.valid_from = t.cell(r, "valid_from");
    m.valid_to = t.opt(r, "valid_to");
    m.source = t.cell(r, "source");
    int row = static_cast<int>(i) + 2;
    if (m.code.empty() || m.name.empty() || m.unit_types.empty() || m.source.empty())
      add_rows(errors, bad, row,
               Invalid().with_field("code", "Thiếu mã, tên, loại trường hoặc nguồn."));
    if (m.applied_by != "teacher" && m.applied_by != "principal")
      add_rows(errors, bad, row, Invalid().with_field("applied_by", "Là teacher hoặc principal."));
    if (!Date::parse(m.valid_from) || (m.valid_to && !Date::parse(*m.valid_to)))
      add_rows(errors, bad, row, Invalid().with_field("valid_from", "Ngày có dạng YYYY-MM-DD."));
    out.push_back(std::move(m));
  }
  if (bad) return errors;
  return out;
}

// data/reference/privacy/request_kinds.csv: parents' request kinds and their answer deadlines.
Result<std::vector<model::PrivacyRequestKind>> read_request_kinds(const std::string& path) {
  Table t;
  t.file = "request_kinds.csv";
  if (!std::filesystem::exists(path)) return std::vector<model::PrivacyRequestKind>{};
  ATGT_ASSIGN_OR_RETURN(t.t, read_csv_file(path));
  ATGT_TRY(t.bind(
      {"code", "name", "deadline_days", "working_days", "valid_from", "source", "review_note"}));
  Status errors = Invalid("request_kinds.csv có dòng không hợp lệ.");
  bool bad = false;
  std::vector<model::PrivacyRequestKind> out;
  for (size_t i = 0; i < t.t.rows.size(); ++i) {
    const auto& r = t.t.rows[i];
    model::PrivacyRequestKind k;
    k.code = t.cell(r, "code");
    k.name = t.cell(r, "name");
    k.valid_from = t.cell(r, "valid_from");
    k.source = t.cell(r, "source");
    k.review_note = t.opt(r, "review_note");
    k.working_days = t.cell(r, "working_days") == "1";
    try {
      k.deadline_days = std::stoi(t.cell(r, "deadline_days"));
    } catch (...) {
      k.deadline_days = 0;
    }
    if (k.code.empty() || k.name.empty() || k.source.empty() || k.deadline_days < 1 ||
        k.deadline_days > 90 || !Date::parse(k.valid_from))
      add_rows(errors, bad, static_cast<int>(i) + 2,
               Invalid().with_field("deadline_days",
                                    "Cần mã, tên, nguồn, hạn 1–90 ngày, ngày hiệu lực."));
    out.push_back(std::move(k));
  }
  if (bad) return errors;
  return out;
}

}  // namespace

Result<ReferenceResult> load_reference_data(store::Db& db, const std::string& data_dir) {
  ReferenceResult res;
  int64_t now = now_micros();
  ATGT_ASSIGN_OR_RETURN(auto years, read_years(data_dir + "/calendar/school_years.csv", now));
  ATGT_ASSIGN_OR_RETURN(auto days, read_holidays(data_dir + "/calendar/holidays.csv", now));
  ATGT_ASSIGN_OR_RETURN(auto ages, read_student_ages(data_dir + "/reference/student_ages.csv"));
  store::Tx tx(db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(int64_t have_years, store::count_school_years(db));
  ATGT_ASSIGN_OR_RETURN(int64_t have_days, store::count_holidays(db));
  if (have_years == 0) {
    for (const auto& y : years) ATGT_TRY(store::upsert_school_year(db, y));
    res.school_years = static_cast<int>(years.size());
  }
  if (have_days == 0) {
    for (const auto& h : days) ATGT_TRY(store::upsert_holiday(db, h));
    res.holidays = static_cast<int>(days.size());
  }
  ATGT_ASSIGN_OR_RETURN(int64_t have_ages, db.scalar_i64("SELECT COUNT(*) FROM student_ages"));
  if (have_ages == 0) {
    for (const auto& a : ages) ATGT_TRY(store::upsert_student_age(db, a));
    res.student_ages = static_cast<int>(ages.size());
  }
  ATGT_ASSIGN_OR_RETURN(auto measures,
                        read_measures(data_dir + "/reference/education_measures.csv"));
  ATGT_ASSIGN_OR_RETURN(int64_t have_measures, store::count_measures(db));
  if (have_measures == 0) {
    for (const auto& m : measures) ATGT_TRY(store::upsert_measure(db, m));
    res.measures = static_cast<int>(measures.size());
  }
  ATGT_ASSIGN_OR_RETURN(auto kinds,
                        read_request_kinds(data_dir + "/reference/privacy/request_kinds.csv"));
  ATGT_ASSIGN_OR_RETURN(int64_t have_kinds, store::count_request_kinds(db));
  if (have_kinds == 0) {
    for (const auto& k : kinds) ATGT_TRY(store::upsert_request_kind(db, k));
    res.request_kinds = static_cast<int>(kinds.size());
  }
  if (res.school_years == 0 && res.holidays == 0 && res.student_ages == 0 && res.measures == 0 &&
      res.request_kinds == 0)
    return res;
  // Upserts: a process that raced another one to an empty table writes the same rows again.
  ATGT_TRY(tx.commit());
  log::info("reference_data_loaded", {{"school_years", std::to_string(res.school_years)},
                                      {"holidays", std::to_string(res.holidays)}});
  return res;
}

}  // namespace atgt::app
