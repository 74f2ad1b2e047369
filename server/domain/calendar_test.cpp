#include "domain/calendar.h"

#include <gtest/gtest.h>

namespace atgt::calendar {
namespace {

Date D(const char* s) {
  return *Date::parse(s);
}

SchoolYear year(int y, const char* from, const char* s2, const char* to) {
  SchoolYear s = default_school_year(y);
  s.teaching_from = D(from);
  s.semester2_from = D(s2);
  s.teaching_to = D(to);
  return s;
}

// 2023-2024 as Hai Phong published it; 2024-2025 starts late on purpose; 2025-2026 is absent
// (default rule). Holidays as in data/calendar/holidays.csv: Tết 2025 closes 25/1–2/2 (27–31/1
// are the five Tết days); 30/4–1/5/2025 with Friday 2/5 swapped for Saturday 26/4; Tết Dương
// lịch 2026 with Friday 2/1 swapped for Saturday 10/1.
Calendar sample(MonthDay stat = {}) {
  std::vector<SchoolYear> years = {year(2023, "2023-09-05", "2024-01-16", "2024-05-31"),
                                   year(2024, "2024-09-09", "2025-01-20", "2025-05-31")};
  std::vector<DayException> days = {
      {D("2025-01-01"), DayKind::kHoliday},    {D("2025-01-27"), DayKind::kHoliday},
      {D("2025-01-28"), DayKind::kHoliday},    {D("2025-01-29"), DayKind::kHoliday},
      {D("2025-01-30"), DayKind::kHoliday},    {D("2025-01-31"), DayKind::kHoliday},
      {D("2025-04-26"), DayKind::kWorkingDay}, {D("2025-04-30"), DayKind::kHoliday},
      {D("2025-05-01"), DayKind::kHoliday},    {D("2025-05-02"), DayKind::kDayOff},
      {D("2026-01-01"), DayKind::kHoliday},    {D("2026-01-02"), DayKind::kDayOff},
      {D("2026-01-10"), DayKind::kWorkingDay},
  };
  return Calendar(years, days, stat);
}

TEST(Calendar, SchoolYearOfADate) {
  Calendar c = sample();
  struct Case {
    const char* date;
    const char* code;
  } cases[] = {
      {"2023-09-05", "2023-2024"}, {"2023-09-04", "2022-2023"},  // default 2022-2023 starts 5/9
      {"2024-05-31", "2023-2024"}, {"2024-07-15", "2023-2024"},  // summer: the year just ended
      {"2024-09-08", "2023-2024"}, {"2024-09-09", "2024-2025"},  // 2024-2025 starts on 9/9
      {"2024-12-31", "2024-2025"}, {"2025-01-01", "2024-2025"},  // calendar-year boundary
      {"2025-09-04", "2024-2025"}, {"2025-09-05", "2025-2026"},  // 2025-2026: default rule
      {"2028-02-29", "2027-2028"},                               // leap day, far future
  };
  for (const auto& k : cases) EXPECT_EQ(c.school_year_of(D(k.date)).code(), k.code) << k.date;
}

TEST(Calendar, SchoolYearRangeEndsTheDayBeforeTheNextStart) {
  Calendar c = sample();
  Range r23 = c.school_year_range(c.year_starting(2023));
  EXPECT_EQ(r23.from, D("2023-09-05"));
  EXPECT_EQ(r23.to, D("2024-09-08"));
  Range r24 = c.school_year_range(c.year_starting(2024));
  EXPECT_EQ(r24.to, D("2025-09-04"));
  EXPECT_TRUE(c.year_starting(2024).from_data);
  EXPECT_FALSE(c.year_starting(2025).from_data);
  Range r25 = c.school_year_range(c.year_starting(2025));
  EXPECT_EQ(r25.from, D("2025-09-05"));
  EXPECT_EQ(r25.to, D("2026-09-04"));
}

TEST(Calendar, Semesters) {
  Calendar c = sample();
  EXPECT_EQ(c.semester_of(D("2024-01-15")), 1);
  EXPECT_EQ(c.semester_of(D("2024-01-16")), 2);
  EXPECT_EQ(c.semester_of(D("2024-08-20")), 2);  // summer stays in semester 2
  EXPECT_EQ(c.semester_of(D("2024-09-09")), 1);
  Range s = c.semester_range(D("2024-03-01"));
  EXPECT_EQ(s.from, D("2024-01-16"));
  EXPECT_EQ(s.to, D("2024-09-08"));
  Range s1 = c.semester_range(D("2023-10-01"));
  EXPECT_EQ(s1.from, D("2023-09-05"));
  EXPECT_EQ(s1.to, D("2024-01-15"));
  // Default rule: semester 2 from the first Monday on or after 15 January (2026-01-19).
  EXPECT_EQ(c.semester_of(D("2026-01-18")), 1);
  EXPECT_EQ(c.semester_of(D("2026-01-19")), 2);
}

TEST(Calendar, PeakMonthIsSeptemberEvenBeforeTeachingStarts) {
  Calendar c = sample();
  EXPECT_TRUE(c.in_peak(D("2024-09-01")));  // 2024-2025 teaching starts 9/9, peak from 1/9
  EXPECT_TRUE(c.in_peak(D("2025-09-30")));
  EXPECT_FALSE(c.in_peak(D("2025-10-01")));
  EXPECT_FALSE(c.in_peak(D("2025-08-31")));
}

TEST(Calendar, StatisticalYear) {
  Calendar c = sample();
  EXPECT_EQ(c.statistical_year_of(D("2024-12-14")), 2024);
  EXPECT_EQ(c.statistical_year_of(D("2024-12-15")), 2025);
  EXPECT_EQ(c.statistical_year_of(D("2025-01-01")), 2025);
  EXPECT_EQ(c.statistical_year_of(D("2025-12-14")), 2025);
  EXPECT_EQ(c.statistical_year_of(D("2025-12-15")), 2026);
  Range r = c.statistical_year_range(2025);
  EXPECT_EQ(r.from, D("2024-12-15"));
  EXPECT_EQ(r.to, D("2025-12-14"));
  // A start on 1 January makes statistical years calendar years.
  Calendar jan = sample(*MonthDay::parse("01-01"));
  EXPECT_EQ(jan.statistical_year_of(D("2025-01-01")), 2025);
  EXPECT_EQ(jan.statistical_year_of(D("2025-12-31")), 2025);
  EXPECT_EQ(jan.statistical_year_range(2025).from, D("2025-01-01"));
  EXPECT_EQ(jan.statistical_year_range(2025).to, D("2025-12-31"));
  // Any start: every date lies in the range of its own year.
  for (const char* md : {"12-15", "01-01", "01-02", "06-30", "12-31", "02-28", "03-01"}) {
    Calendar k = sample(*MonthDay::parse(md));
    for (Date d = D("2023-12-01"); d <= D("2025-02-01"); d = d.add_days(1))
      ASSERT_TRUE(k.statistical_year_range(k.statistical_year_of(d)).contains(d))
          << md << " " << d.str();
  }
}

TEST(Calendar, MonthDayParsing) {
  EXPECT_EQ(MonthDay::parse("12-15")->str(), "12-15");
  for (const char* bad : {"02-29", "13-01", "00-10", "1-15", "12-32", "12/15", "", "ab-cd"})
    EXPECT_FALSE(MonthDay::parse(bad)) << bad;
}

TEST(Calendar, WorkingDays) {
  Calendar c = sample();
  EXPECT_TRUE(c.is_working_day(D("2025-01-02")));   // Thursday
  EXPECT_FALSE(c.is_working_day(D("2025-01-01")));  // Tết Dương lịch
  EXPECT_FALSE(c.is_working_day(D("2025-01-04")));  // Saturday
  EXPECT_FALSE(c.is_working_day(D("2025-01-27")));  // Tết
  EXPECT_FALSE(c.is_working_day(D("2026-01-02")));  // swapped day off
  EXPECT_TRUE(c.is_working_day(D("2026-01-10")));   // the Saturday worked in exchange
  EXPECT_FALSE(c.is_working_day(D("2026-01-11")));  // Sunday
}

TEST(Calendar, AddWorkingDaysAcrossTetAndWeekends) {
  Calendar c = sample();
  struct Case {
    const char* from;
    int n;
    const char* due;
  } cases[] = {
      {"2025-01-06", 0, "2025-01-06"},  // zero days: the same day
      {"2025-01-04", 0, "2025-01-04"},  // even on a Saturday
      {"2025-01-06", 5, "2025-01-13"},  // Monday + 5 = next Monday
      {"2025-01-10", 1, "2025-01-13"},  // Friday + 1 skips the weekend
      {"2024-12-31", 1, "2025-01-02"},  // year boundary, skipping 1/1
      {"2025-01-23", 1, "2025-01-24"},  // Thursday before Tết
      {"2025-01-24", 1, "2025-02-03"},  // Tết: 25/1–2/2 closed (weekend, swap, holidays)
      {"2025-01-24", 7, "2025-02-11"},  // "7 working days" over Tết
      {"2025-12-31", 1, "2026-01-05"},  // 1/1 holiday, 2/1 swapped, weekend
      {"2026-01-09", 1, "2026-01-10"},  // the swapped working Saturday counts
      {"2026-01-09", 2, "2026-01-12"}, {"2025-04-25", 1, "2025-04-26"},  // Saturday 26/4 worked
      {"2025-04-29", 1, "2025-05-05"},  // 30/4, 1/5, 2/5 off, then the weekend
      {"2024-02-28", 1, "2024-02-29"},  // leap day
      {"2024-02-29", 1, "2024-03-01"},
  };
  for (const auto& k : cases)
    EXPECT_EQ(c.add_working_days(D(k.from), k.n).str(), k.due) << k.from << " + " << k.n;
}

TEST(Calendar, DeadlineIsLastSecondOfTheDayInVietnam) {
  // 2025-09-12 23:59:59 +07:00 = 2025-09-12 16:59:59 UTC.
  int64_t t = deadline_instant(D("2025-09-12"));
  EXPECT_EQ(iso_utc(t), "2025-09-12T16:59:59.000Z");
  EXPECT_EQ(iso_vietnam(t), "2025-09-12T23:59:59+07:00");
  EXPECT_EQ(local_date(t), D("2025-09-12"));
  EXPECT_EQ(local_date(t + kMicrosPerSecond), D("2025-09-13"));
  EXPECT_EQ(iso_vietnam(deadline_instant(D("2024-12-31"))), "2024-12-31T23:59:59+07:00");
  EXPECT_EQ(iso_vietnam(0), "1970-01-01T07:00:00+07:00");
}

TEST(Calendar, Weekdays) {
  EXPECT_EQ(iso_weekday(D("1970-01-01")), 4);
  EXPECT_EQ(iso_weekday(D("2025-01-27")), 1);
  EXPECT_EQ(iso_weekday(D("2025-02-15")), 6);
  EXPECT_EQ(iso_weekday(D("2025-02-16")), 7);
  EXPECT_EQ(iso_weekday(D("1969-12-31")), 3);
}

TEST(Calendar, SchoolYearCodes) {
  EXPECT_EQ(parse_school_year_code("2025-2026"), 2025);
  for (const char* bad :
       {"2025-2027", "2025-2025", "2025/2026", "25-26", "2025-20260", "abcd-efgh"})
    EXPECT_FALSE(parse_school_year_code(bad)) << bad;
}

TEST(Calendar, ValidateSchoolYear) {
  EXPECT_TRUE(validate_school_year(default_school_year(2025)).ok());
  SchoolYear s = default_school_year(2025);
  s.teaching_from = D("2026-09-05");   // outside the start year
  s.semester2_from = D("2025-08-01");  // before the start
  Status st = validate_school_year(s);
  EXPECT_EQ(st.kind(), Kind::kInvalid);
  EXPECT_TRUE(st.fields().count("teaching_from"));
  EXPECT_TRUE(st.fields().count("semester2_from"));
  SchoolYear p = default_school_year(2025);
  p.peak_to = D("2025-08-31");
  EXPECT_TRUE(validate_school_year(p).fields().count("peak_to"));
  SchoolYear e = default_school_year(2025);
  e.teaching_to = D("2026-08-15");
  EXPECT_TRUE(validate_school_year(e).fields().count("teaching_to"));
}

TEST(Calendar, WorkingDayRowsMustBeWeekends) {
  EXPECT_TRUE(validate_day_exception({D("2025-02-15"), DayKind::kWorkingDay}).ok());
  EXPECT_FALSE(validate_day_exception({D("2025-02-14"), DayKind::kWorkingDay}).ok());
  EXPECT_TRUE(validate_day_exception({D("2025-02-15"), DayKind::kHoliday}).ok());
  EXPECT_EQ(parse_day_kind("day_off"), DayKind::kDayOff);
  EXPECT_FALSE(parse_day_kind("weekend"));
}

}  // namespace
}  // namespace atgt::calendar
