// SQL for the calendar: school years (school_years), holiday rows (holidays) and the
// statistical-year start (settings 'calendar.statistical_year_start'). Dates are 'YYYY-MM-DD'
// text; the rules that use them are in domain/calendar.h. SQL only, no validation.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace atgt::store {

inline constexpr const char* kStatisticalYearStartKey = "calendar.statistical_year_start";
inline constexpr const char* kDefaultStatisticalYearStart = "12-15";

struct SchoolYearRecord {
  std::string code;  // "2025-2026"
  std::string teaching_from, teaching_to, semester2_from, peak_from, peak_to;
  std::optional<std::string> source, note;
  int64_t updated_at = 0;
};

struct HolidayRecord {
  std::string day;   // 'YYYY-MM-DD'
  std::string kind;  // holiday | day_off | working_day
  std::string name;
  std::optional<std::string> source;
  std::string flags;  // ';'-separated: unverified
  int64_t updated_at = 0;
};

// Every school year, by code.
Result<std::vector<SchoolYearRecord>> list_school_years(Db& db);
// kNotFound when the code has no row.
Result<SchoolYearRecord> get_school_year(Db& db, const std::string& code);
// Inserts or replaces the row with this code.
Status upsert_school_year(Db& db, const SchoolYearRecord& y);
Result<int64_t> count_school_years(Db& db);

// Holiday rows with from <= day <= to (either bound may be absent), by day.
Result<std::vector<HolidayRecord>> list_holidays(Db& db, const std::optional<std::string>& from,
                                                 const std::optional<std::string>& to);
// kNotFound when the day has no row.
Result<HolidayRecord> get_holiday(Db& db, const std::string& day);
// Inserts or replaces the row for this day.
Status upsert_holiday(Db& db, const HolidayRecord& h);
// kNotFound when the day has no row.
Status delete_holiday(Db& db, const std::string& day);
Result<int64_t> count_holidays(Db& db);

// The "MM-DD" start of the statistical year; kDefaultStatisticalYearStart when unset.
Result<std::string> statistical_year_start(Db& db);
Status set_statistical_year_start(Db& db, const std::string& mm_dd);

}  // namespace atgt::store
