// Checks and loading of the stored calendar.
#include "jobs/calendar_data.h"

#include "base/log.h"

namespace atgt::jobs {
namespace {

std::optional<Date> date_field(Status& st, bool& bad, const char* field, const std::string& text) {
  auto d = Date::parse(text);
  if (!d) {
    st.with_field(field, "Ngày không hợp lệ (định dạng YYYY-MM-DD).");
    bad = true;
  }
  return d;
}

}  // namespace

Result<calendar::SchoolYear> check_school_year(const store::SchoolYearRecord& r) {
  Status st = Invalid("Thời gian năm học không hợp lệ.");
  bool bad = false;
  auto start = calendar::parse_school_year_code(r.code);
  if (!start) {
    st.with_field("code",
                  "Mã năm học phải có dạng YYYY-YYYY với hai năm liền nhau, ví dụ 2025-2026.");
    bad = true;
  }
  auto from = date_field(st, bad, "teaching_from", r.teaching_from);
  auto to = date_field(st, bad, "teaching_to", r.teaching_to);
  auto s2 = date_field(st, bad, "semester2_from", r.semester2_from);
  auto pf = date_field(st, bad, "peak_from", r.peak_from);
  auto pt = date_field(st, bad, "peak_to", r.peak_to);
  if (bad) return st;
  calendar::SchoolYear y;
  y.start_year = *start;
  y.teaching_from = *from;
  y.teaching_to = *to;
  y.semester2_from = *s2;
  y.peak_from = *pf;
  y.peak_to = *pt;
  y.source = r.source;
  y.note = r.note;
  y.from_data = true;
  ATGT_TRY(calendar::validate_school_year(y));
  return y;
}

Result<calendar::DayException> check_holiday(const store::HolidayRecord& r) {
  Status st = Invalid("Ngày nghỉ không hợp lệ.");
  bool bad = false;
  auto day = date_field(st, bad, "day", r.day);
  auto kind = calendar::parse_day_kind(r.kind);
  if (!kind) {
    st.with_field("kind",
                  "Loại ngày phải là holiday (ngày lễ), day_off (nghỉ bù, hoán đổi) hoặc "
                  "working_day (làm bù).");
    bad = true;
  }
  if (r.name.empty()) {
    st.with_field("name", "Hãy nhập tên ngày nghỉ.");
    bad = true;
  }
  if (!r.flags.empty() && r.flags != "unverified") {
    st.with_field("flags", "Chỉ dùng cờ unverified.");
    bad = true;
  }
  if (bad) return st;
  calendar::DayException e{*day, *kind};
  ATGT_TRY(calendar::validate_day_exception(e));
  return e;
}

Result<calendar::Calendar> load_calendar(store::Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto year_rows, store::list_school_years(db));
  ATGT_ASSIGN_OR_RETURN(auto day_rows, store::list_holidays(db, std::nullopt, std::nullopt));
  ATGT_ASSIGN_OR_RETURN(std::string start_text, store::statistical_year_start(db));
  std::vector<calendar::SchoolYear> years;
  for (const auto& r : year_rows) {
    auto y = check_school_year(r);
    if (y.ok())
      years.push_back(std::move(y).value());
    else
      log::warn("calendar_bad_school_year", {{"code", r.code}});
  }
  std::vector<calendar::DayException> days;
  for (const auto& r : day_rows) {
    auto d = check_holiday(r);
    if (d.ok())
      days.push_back(*d);
    else
      log::warn("calendar_bad_holiday", {{"day", r.day}});
  }
  auto start = calendar::MonthDay::parse(start_text);
  if (!start) log::warn("calendar_bad_statistical_year_start", {{"value", start_text}});
  return calendar::Calendar(std::move(years), days, start.value_or(calendar::MonthDay{}));
}

}  // namespace atgt::jobs
