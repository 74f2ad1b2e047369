#include "base/time.h"

#include <gtest/gtest.h>

namespace atgt {
namespace {

TEST(Date, ParsesOnlyRealCalendarDays) {
  EXPECT_TRUE(Date::parse("2024-02-29"));
  EXPECT_FALSE(Date::parse("2025-02-29"));
  EXPECT_FALSE(Date::parse("2025-13-01"));
  EXPECT_FALSE(Date::parse("2025-1-01"));
  EXPECT_FALSE(Date::parse("25-01-2025"));
  EXPECT_FALSE(Date::parse("2025-01-01x"));
  EXPECT_EQ(Date::parse("2025-07-01")->str(), "2025-07-01");
}

TEST(Date, DayArithmeticCrossesMonthsAndLeapYears) {
  EXPECT_EQ(Date::parse("2025-07-01")->add_days(-1).str(), "2025-06-30");
  EXPECT_EQ(Date::parse("2024-02-28")->add_days(1).str(), "2024-02-29");
  EXPECT_EQ(Date::parse("2024-12-31")->add_days(1).str(), "2025-01-01");
  EXPECT_EQ(Date::parse("1970-01-01")->days(), 0);
}

TEST(LocalDate, UsesVietnamTimeNotUtc) {
  // 2025-06-30T17:30:00Z is 00:30 on 1 July in Hai Phong: the day of the reform.
  int64_t t = (Date::parse("2025-06-30")->days() * 86400 + 17 * 3600 + 30 * 60) * kMicrosPerSecond;
  EXPECT_EQ(local_date(t).str(), "2025-07-01");
  int64_t before = (Date::parse("2025-06-30")->days() * 86400 + 16 * 3600 + 59 * 60) * kMicrosPerSecond;
  EXPECT_EQ(local_date(before).str(), "2025-06-30");
}

TEST(IsoUtc, FormatsMilliseconds) {
  EXPECT_EQ(iso_utc(0), "1970-01-01T00:00:00.000Z");
  EXPECT_EQ(iso_utc(1'500'000), "1970-01-01T00:00:01.500Z");
}

TEST(Time, DaysBeforeNeverOverflows) {
  const int64_t now = 1'800'000'000LL * kMicrosPerSecond;
  EXPECT_EQ(micros_days_before(now, 1), now - kMicrosPerDay);
  EXPECT_EQ(micros_days_before(now, 36500), 0);  // before the epoch: nothing that old
  EXPECT_EQ(micros_days_before(now, 2147483647), 0);
  EXPECT_EQ(micros_days_before(now, INT64_MAX), 0);
  EXPECT_EQ(micros_days_before(now, 0), now);
  EXPECT_EQ(micros_days_before(now, -3), now);
}

// Found by fuzzing (tests/fuzz/crashes/date/local-date-before-1970-last-microsecond): an instant
// a microsecond before a local midnight before 1970 was given the next day.
TEST(Time, LocalDateOfInstantsBefore1970) {
  const int64_t local_midnight_1969_12_31 = -kVietnamOffsetSeconds * kMicrosPerSecond - 86400 * kMicrosPerSecond;
  EXPECT_EQ(local_date(local_midnight_1969_12_31).str(), "1969-12-31");
  EXPECT_EQ(local_date(local_midnight_1969_12_31 - 1).str(), "1969-12-30");
  EXPECT_EQ(local_date(-1).str(), "1970-01-01");  // 06:59:59.999999 local time on 1 January
}

}  // namespace
}  // namespace atgt
