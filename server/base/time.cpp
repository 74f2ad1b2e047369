// Time and date helpers on std::chrono calendar types.
#include "base/time.h"

#include <chrono>
#include <cstdio>

namespace atgt {
namespace chr = std::chrono;

int64_t micros_days_before(int64_t now, int64_t days) {
  if (days <= 0) return now;
  if (now <= 0 || days > now / kMicrosPerDay) return 0;
  return now - days * kMicrosPerDay;
}

int64_t now_micros() {
  return chr::duration_cast<chr::microseconds>(chr::system_clock::now().time_since_epoch())
      .count();
}

std::string iso_utc(int64_t micros) {
  int64_t secs = micros >= 0 ? micros / kMicrosPerSecond : (micros - 999'999) / kMicrosPerSecond;
  int64_t frac_ms = (micros - secs * kMicrosPerSecond) / 1000;
  int64_t day = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
  int64_t sod = secs - day * 86400;
  Date d = Date::from_days(day);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year, d.month, d.day,
                static_cast<int>(sod / 3600), static_cast<int>(sod / 60 % 60),
                static_cast<int>(sod % 60), static_cast<int>(frac_ms));
  return buf;
}

std::optional<Date> Date::parse(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t n, int* out) {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (t[i] < '0' || t[i] > '9') return false;
      v = v * 10 + (t[i] - '0');
    }
    *out = v;
    return true;
  };
  Date d;
  if (!digits(0, 4, &d.year) || !digits(5, 2, &d.month) || !digits(8, 2, &d.day))
    return std::nullopt;
  if (d.year < 1900 || d.year > 2200) return std::nullopt;
  chr::year_month_day ymd{chr::year{d.year}, chr::month{static_cast<unsigned>(d.month)},
                          chr::day{static_cast<unsigned>(d.day)}};
  if (!ymd.ok()) return std::nullopt;
  return d;
}

Date Date::from_days(int64_t n) {
  chr::year_month_day ymd{chr::sys_days{chr::days{n}}};
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

int64_t Date::days() const {
  chr::year_month_day ymd{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                          chr::day{static_cast<unsigned>(day)}};
  return chr::sys_days{ymd}.time_since_epoch().count();
}

std::string Date::str() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

Date local_date(int64_t micros) {
  // Floor division: an instant before 1970 belongs to the day it falls in, not the next one.
  int64_t secs = (micros >= 0 ? micros / kMicrosPerSecond : (micros - 999'999) / kMicrosPerSecond) +
                 kVietnamOffsetSeconds;
  int64_t day = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
  return Date::from_days(day);
}

Date today_local() { return local_date(now_micros()); }

}  // namespace atgt
