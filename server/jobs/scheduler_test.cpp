// Schedules: interval tasks and daily tasks at a local (Asia/Ho_Chi_Minh) time.
#include "jobs/scheduler.h"

#include <gtest/gtest.h>

#include "base/time.h"

namespace atgt::jobs {
namespace {

// Microseconds of a UTC date-time.
int64_t utc(int y, int mo, int d, int h, int mi) {
  return ((Date{y, mo, d}.days() * 86400) + h * 3600 + mi * 60) * kMicrosPerSecond;
}

TEST(Schedule, Interval) {
  ScheduledTask t{"x", "", 15, "", nullptr};
  EXPECT_EQ(next_run_after(t, 1'000'000), 16'000'000);
}

TEST(Schedule, DailyAtALocalTime) {
  ScheduledTask t{"x", "", 0, "07:00", nullptr};
  // 07:00 in Hanoi is 00:00 UTC.
  EXPECT_EQ(next_run_after(t, utc(2026, 11, 28, 23, 0)), utc(2026, 11, 29, 0, 0));
  EXPECT_EQ(next_run_after(t, utc(2026, 11, 29, 0, 0)), utc(2026, 11, 30, 0, 0));  // strictly after
  EXPECT_EQ(next_run_after(t, utc(2026, 11, 29, 1, 0)), utc(2026, 11, 30, 0, 0));
  ScheduledTask late{"y", "", 0, "02:30", nullptr};  // 19:30 UTC the day before
  EXPECT_EQ(next_run_after(late, utc(2026, 12, 31, 18, 0)), utc(2026, 12, 31, 19, 30));
  EXPECT_EQ(next_run_after(late, utc(2026, 12, 31, 20, 0)), utc(2027, 1, 1, 19, 30));
}

}  // namespace
}  // namespace atgt::jobs
