// The calendar rules (see calendar.h).
#include "domain/calendar.h"

#include <cstdio>

namespace atgt::calendar {
namespace {

Date ymd(int y, int m, int d) {
  return Date{y, m, d};
}

// The first Monday on or after a date.
Date monday_on_or_after(Date d) {
  return d.add_days((8 - iso_weekday(d)) % 7);
}

// The start of a statistical year in calendar year y.
Date stat_start_in(int y, MonthDay md) {
  return ymd(y, md.month, md.day);
}

}  // namespace

std::string SchoolYear::code() const {
  return std::to_string(start_year) + "-" + std::to_string(start_year + 1);
}

std::optional<DayKind> parse_day_kind(std::string_view s) {
  if (s == "holiday") return DayKind::kHoliday;
  if (s == "day_off") return DayKind::kDayOff;
  if (s == "working_day") return DayKind::kWorkingDay;
  return std::nullopt;
}

const char* day_kind_name(DayKind k) {
  switch (k) {
    case DayKind::kHoliday:
      return "holiday";
    case DayKind::kDayOff:
      return "day_off";
    case DayKind::kWorkingDay:
      return "working_day";
  }
  return "holiday";
}

std::optional<MonthDay> MonthDay::parse(std::string_view t) {
  if (t.size() != 5 || t[2] != '-') return std::nullopt;
  for (size_t i : {0, 1, 3, 4})
    if (t[i] < '0' || t[i] > '9') return std::nullopt;
  MonthDay md{(t[0] - '0') * 10 + (t[1] - '0'), (t[3] - '0') * 10 + (t[4] - '0')};
  if (md.month < 1 || md.month > 12 || md.day < 1) return std::nullopt;
  // 2001 is not a leap year: the day must exist in every year.
  if (!Date::parse("2001-" + std::string(t))) return std::nullopt;
  return md;
}

std::string MonthDay::str() const {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d-%02d", month, day);
  return buf;
}

std::optional<int> parse_school_year_code(std::string_view code) {
  if (code.size() != 9 || code[4] != '-') return std::nullopt;
  int a = 0, b = 0;
  for (size_t i = 0; i < 9; ++i) {
    if (i == 4) continue;
    if (code[i] < '0' || code[i] > '9') return std::nullopt;
    (i < 4 ? a : b) = (i < 4 ? a : b) * 10 + (code[i] - '0');
  }
  if (b != a + 1 || a < 1900 || b > 2200) return std::nullopt;
  return a;
}

SchoolYear default_school_year(int y) {
  SchoolYear s;
  s.start_year = y;
  s.teaching_from = ymd(y, 9, 5);
  s.teaching_to = ymd(y + 1, 5, 31);
  s.semester2_from = monday_on_or_after(ymd(y + 1, 1, 15));
  s.peak_from = ymd(y, 9, 1);
  s.peak_to = ymd(y, 9, 30);
  s.from_data = false;
  return s;
}

Status validate_school_year(const SchoolYear& s) {
  const int y = s.start_year;
  Status st = Invalid("Thời gian năm học " + s.code() + " không hợp lệ.");
  bool bad = false;
  auto fail = [&](const char* field, std::string msg) {
    if (st.fields().count(field)) return;
    st.with_field(field, std::move(msg));
    bad = true;
  };
  const std::string y0 = std::to_string(y), y1 = std::to_string(y + 1);
  if (!(ymd(y, 8, 1) <= s.teaching_from && s.teaching_from <= ymd(y, 12, 31)))
    fail("teaching_from", "Ngày bắt đầu năm học phải trong khoảng 01/08–31/12/" + y0 + ".");
  if (!(ymd(y + 1, 1, 1) <= s.teaching_to && s.teaching_to <= ymd(y + 1, 7, 31)))
    fail("teaching_to", "Ngày kết thúc năm học phải trong khoảng 01/01–31/07/" + y1 + ".");
  if (!(s.teaching_from < s.semester2_from && s.semester2_from <= s.teaching_to))
    fail("semester2_from",
         "Học kỳ II phải bắt đầu sau ngày bắt đầu và không muộn hơn ngày kết thúc năm học.");
  const Range years{ymd(y, 1, 1), ymd(y + 1, 12, 31)};
  if (!years.contains(s.peak_from))
    fail("peak_from", "Tháng cao điểm phải nằm trong năm " + y0 + " hoặc " + y1 + ".");
  if (!years.contains(s.peak_to))
    fail("peak_to", "Tháng cao điểm phải nằm trong năm " + y0 + " hoặc " + y1 + ".");
  else if (s.peak_to < s.peak_from)
    fail("peak_to", "Ngày kết thúc tháng cao điểm trước ngày bắt đầu.");
  return bad ? st : Status::Ok();
}

Status validate_day_exception(const DayException& e) {
  if (e.kind == DayKind::kWorkingDay && iso_weekday(e.day) < 6)
    return Invalid().with_field("day", "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
  return Status::Ok();
}

int iso_weekday(Date d) {
  // 1970-01-01 was a Thursday (4).
  int64_t k = (d.days() + 3) % 7;
  if (k < 0) k += 7;
  return static_cast<int>(k) + 1;
}

int64_t deadline_instant(Date d) {
  int64_t local_seconds = d.days() * 86400 + 23 * 3600 + 59 * 60 + 59;
  return (local_seconds - kVietnamOffsetSeconds) * kMicrosPerSecond;
}

std::string iso_vietnam(int64_t micros) {
  int64_t secs = micros >= 0 ? micros / kMicrosPerSecond : (micros - 999'999) / kMicrosPerSecond;
  secs += kVietnamOffsetSeconds;
  int64_t day = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
  int64_t sod = secs - day * 86400;
  Date d = Date::from_days(day);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", d.year, d.month, d.day,
                static_cast<int>(sod / 3600), static_cast<int>(sod / 60 % 60),
                static_cast<int>(sod % 60));
  return buf;
}

Calendar::Calendar(std::vector<SchoolYear> years, const std::vector<DayException>& days,
                   MonthDay stat_start)
    : stat_start_(stat_start) {
  for (auto& y : years) {
    y.from_data = true;
    years_[y.start_year] = std::move(y);
  }
  for (const auto& d : days) days_[d.day.days()] = d.kind;
}

SchoolYear Calendar::year_starting(int y) const {
  auto it = years_.find(y);
  return it != years_.end() ? it->second : default_school_year(y);
}

SchoolYear Calendar::school_year_of(Date d) const {
  // A year's teaching_from lies in its start year (validated), so the year holding d started
  // either in d's calendar year or in the one before.
  SchoolYear s = year_starting(d.year);
  return d >= s.teaching_from ? s : year_starting(d.year - 1);
}

Range Calendar::school_year_range(const SchoolYear& y) const {
  return {y.teaching_from, year_starting(y.start_year + 1).teaching_from.add_days(-1)};
}

int Calendar::semester_of(Date d) const {
  return d < school_year_of(d).semester2_from ? 1 : 2;
}

Range Calendar::semester_range(Date d) const {
  SchoolYear s = school_year_of(d);
  Range whole = school_year_range(s);
  if (d < s.semester2_from) return {whole.from, s.semester2_from.add_days(-1)};
  return {s.semester2_from, whole.to};
}

bool Calendar::in_peak(Date d) const {
  SchoolYear here = year_starting(d.year), before = year_starting(d.year - 1);
  return Range{here.peak_from, here.peak_to}.contains(d) ||
         Range{before.peak_from, before.peak_to}.contains(d);
}

Range Calendar::statistical_year_range(int n) const {
  // The year ending in calendar year n: it ends the day before the start that follows it.
  Date next_start = stat_start_in(n, stat_start_);
  if (next_start == ymd(n, 1, 1)) next_start = ymd(n + 1, 1, 1);
  Date end = next_start.add_days(-1);
  Date start = stat_start_in(next_start.year - 1, stat_start_);
  return {start, end};
}

int Calendar::statistical_year_of(Date d) const {
  Date start = stat_start_in(d.year, stat_start_);
  if (d < start) start = stat_start_in(d.year - 1, stat_start_);
  // The year starting at `start` ends the day before the next start.
  return stat_start_in(start.year + 1, stat_start_).add_days(-1).year;
}

bool Calendar::is_working_day(Date d) const {
  auto it = days_.find(d.days());
  if (it != days_.end()) return it->second == DayKind::kWorkingDay;
  return iso_weekday(d) <= 5;
}

Date Calendar::add_working_days(Date from, int n) const {
  Date d = from;
  for (int done = 0; done < n;) {
    d = d.add_days(1);
    if (is_working_day(d)) ++done;
  }
  return d;
}

}  // namespace atgt::calendar
