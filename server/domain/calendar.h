// The calendar: school years, semesters, the September peak month, calendar years, the
// government statistical year and working days. Pure: the data (school years, holiday rows, the
// statistical-year start) is passed in; nothing here reads a clock or a database.
//
// Rules (the same everywhere in the product):
// - School year "Y-(Y+1)" runs from its teaching_from to the day before the teaching_from of
//   "(Y+1)-(Y+2)": a summer date belongs to the school year just ended. A year missing from the
//   data follows the default rule: teaching 5 September Y .. 31 May Y+1, semester 2 from the
//   first Monday on or after 15 January, peak month 1–30 September Y.
// - Semester 1 is [start of the school year, semester2_from - 1]; semester 2 is [semester2_from,
//   end of the school year] (the summer counts in semester 2, like the school year).
// - The statistical year starts each year on a fixed "MM-DD" (default 12-15) and is named after
//   the calendar year of its last day: statistical year 2025 = 15/12/2024–14/12/2025.
// - A working day is Monday–Friday, unless a 'holiday' or 'day_off' row names it; a
//   'working_day' row makes a Saturday or Sunday a working day (a swapped working Saturday).
// - A deadline "n working days after D" falls on the n-th working day after D, at 23:59:59
//   Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/time.h"

namespace atgt::calendar {

struct SchoolYear {
  int start_year = 0;  // 2025 for "2025-2026"
  Date teaching_from, teaching_to, semester2_from, peak_from, peak_to;
  std::optional<std::string> source, note;
  bool from_data = false;  // false: made by the default rule
  std::string code() const;
};

enum class DayKind { kHoliday, kDayOff, kWorkingDay };
// "holiday" | "day_off" | "working_day"; nullopt for anything else.
std::optional<DayKind> parse_day_kind(std::string_view s);
const char* day_kind_name(DayKind k);

// A holiday row: a day that differs from the Monday–Friday rule.
struct DayException {
  Date day;
  DayKind kind = DayKind::kHoliday;
};

// A month and day that exists in every year ("02-29" is refused).
struct MonthDay {
  int month = 12, day = 15;
  static std::optional<MonthDay> parse(std::string_view mm_dd);  // "MM-DD"
  std::string str() const;
};

struct Range {
  Date from, to;  // inclusive
  bool contains(Date d) const { return from <= d && d <= to; }
};

// "2025-2026" -> 2025 when the two years are consecutive; nullopt otherwise.
std::optional<int> parse_school_year_code(std::string_view code);
// The default-rule year starting in `start_year`.
SchoolYear default_school_year(int start_year);
// kInvalid with Vietnamese field messages (teaching_from, teaching_to, semester2_from, peak_from,
// peak_to) unless: teaching_from is in August–December of the start year, teaching_to in
// January–July of the next year, teaching_from < semester2_from <= teaching_to, peak_from <=
// peak_to, both peak dates inside the two calendar years.
Status validate_school_year(const SchoolYear& y);
// kInvalid (field "day") when a 'working_day' row is not a Saturday or Sunday.
Status validate_day_exception(const DayException& e);

// Monday = 1 .. Sunday = 7.
int iso_weekday(Date d);

// The instant 23:59:59 Asia/Ho_Chi_Minh of `d`, in microseconds since the epoch (UTC).
int64_t deadline_instant(Date d);
// "2025-09-12T23:59:59+07:00": an instant shown in Asia/Ho_Chi_Minh time, whole seconds.
std::string iso_vietnam(int64_t micros);

// The calendar data of the product. Immutable; cheap to query; safe to share across threads.
class Calendar {
 public:
  // Years with equal start years: the last wins. Day rows with equal days: the last wins.
  Calendar(std::vector<SchoolYear> years, const std::vector<DayException>& days,
           MonthDay stat_start = {});

  // The year starting in `start_year`: from the data, or by the default rule.
  SchoolYear year_starting(int start_year) const;
  // The school year a date belongs to, and its whole range (teaching_from .. the day before the
  // next year's teaching_from).
  SchoolYear school_year_of(Date d) const;
  Range school_year_range(const SchoolYear& y) const;
  // 1 or 2, and that semester's range (see the rules above).
  int semester_of(Date d) const;
  Range semester_range(Date d) const;
  // True when the date is inside the peak month of the school year starting in its calendar
  // year (the peak month of September 2025 belongs to 2025-2026, even before teaching starts).
  bool in_peak(Date d) const;
  // The statistical year named N (see above) and the name of the one holding a date.
  Range statistical_year_range(int n) const;
  int statistical_year_of(Date d) const;
  MonthDay statistical_year_start() const { return stat_start_; }

  bool is_working_day(Date d) const;
  // The n-th working day after `from` (n >= 0; n = 0 gives `from` itself, working day or not).
  // Always ends: there are finitely many holiday rows, and every Monday–Friday after the last
  // one is a working day.
  Date add_working_days(Date from, int n) const;

 private:
  std::map<int, SchoolYear> years_;
  std::map<int64_t, DayKind> days_;  // by Date::days()
  MonthDay stat_start_;
};

}  // namespace atgt::calendar
