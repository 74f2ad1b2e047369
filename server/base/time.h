// Times and dates. Instants are int64 microseconds since the Unix epoch, UTC. Plain dates
// (birth dates, validity dates) are Date values without a zone. Every date derived from an
// instant is the Asia/Ho_Chi_Minh local date: Vietnam has kept UTC+7 without daylight saving
// since 1975, so the offset is a constant here.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace atgt {

inline constexpr int64_t kMicrosPerSecond = 1'000'000;
inline constexpr int64_t kVietnamOffsetSeconds = 7 * 3600;

int64_t now_micros();
inline constexpr int64_t kMicrosPerDay = 86400 * kMicrosPerSecond;
// `now` minus `days` days, in microseconds, without overflow: a period longer than the time since
// the epoch gives 0 (nothing is that old), a negative one gives `now`.
int64_t micros_days_before(int64_t now, int64_t days);
// "2026-11-29T00:11:19.123Z"
std::string iso_utc(int64_t micros);

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  // Strict "YYYY-MM-DD" that names a real calendar day in years 1900..2200.
  static std::optional<Date> parse(std::string_view text);
  static Date from_days(int64_t days_since_epoch);
  int64_t days() const;  // days since 1970-01-01
  Date add_days(int64_t n) const { return from_days(days() + n); }
  std::string str() const;  // "YYYY-MM-DD"
  auto operator<=>(const Date&) const = default;
};

// The Asia/Ho_Chi_Minh calendar date of an instant.
Date local_date(int64_t micros);
// Today's Asia/Ho_Chi_Minh date.
Date today_local();

}  // namespace atgt
