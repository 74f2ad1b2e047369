// Fuzz harness for base/time.h: Date::parse (strict YYYY-MM-DD, years 1900..2200), the day
// arithmetic behind it, and the instant formatting (iso_utc, local_date). The whole input is
// the text given to Date::parse; its first 8 bytes are also read as an instant.
//
// Invariants: Date::parse accepts exactly what an independent calendar check accepts; an accepted
// date prints back as the same text and survives days()/from_days/add_days; iso_utc and
// local_date agree with floor division of the instant (UTC and UTC+7).
#include <cstring>

#include "base/time.h"
#include "fuzz_check.h"

namespace {
using atgt::Date;
using atgt::fuzz::show;

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

// The contract of Date::parse, written again without std::chrono.
bool expected_valid(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (t[i] < '0' || t[i] > '9') return false;
  auto num = [&](size_t from, size_t n) {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) v = v * 10 + (t[i] - '0');
    return v;
  };
  int y = num(0, 4), m = num(5, 2), d = num(8, 2);
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Instants from 0001-01-01T00:00:00Z to 9999-12-30T00:00:00Z (the UTC+7 date stays in 4 digits).
constexpr int64_t kMinMicros = -62135596800LL * 1000000;
constexpr int64_t kMaxMicros = 253402128000LL * 1000000;

void check_date(const Date& d, const std::string& where) {
  std::string s = d.str();
  auto again = Date::parse(s);
  FUZZ_CHECK(again && *again == d, where + ": " + s);
  FUZZ_CHECK(Date::from_days(d.days()) == d, where + ": " + s);
  Date next = d.add_days(1), prev = d.add_days(-1);
  FUZZ_CHECK(next > d && prev < d, where + ": " + s);
  FUZZ_CHECK(next.add_days(-1) == d && prev.add_days(1) == d, where + ": " + s);
  FUZZ_CHECK(next.days() - d.days() == 1, where + ": " + s);
  // The next day is the day after in the calendar.
  bool month_end = d.day == days_in_month(d.year, d.month);
  Date expect_next = month_end ? (d.month == 12 ? Date{d.year + 1, 1, 1} : Date{d.year, d.month + 1, 1})
                               : Date{d.year, d.month, d.day + 1};
  FUZZ_CHECK(next == expect_next, where + ": " + s + " -> " + next.str());
}

void check_instant(int64_t micros) {
  std::string iso = atgt::iso_utc(micros);
  std::string note = std::to_string(micros) + " -> " + iso;
  FUZZ_CHECK(iso.size() == 24 && iso[10] == 'T' && iso[13] == ':' && iso[16] == ':' &&
                 iso[19] == '.' && iso[23] == 'Z',
             note);
  constexpr int64_t kMicrosPerDay = 86400LL * 1000000;
  int64_t day = floor_div(micros, kMicrosPerDay);
  int64_t in_day = micros - day * kMicrosPerDay;
  Date utc = Date::from_days(day);
  FUZZ_CHECK(iso.substr(0, 10) == utc.str(), note);
  char tod[48];
  std::snprintf(tod, sizeof tod, "%02d:%02d:%02d.%03d", static_cast<int>(in_day / 3600000000LL),
                static_cast<int>(in_day / 60000000LL % 60), static_cast<int>(in_day / 1000000 % 60),
                static_cast<int>(in_day / 1000 % 1000));
  FUZZ_CHECK(iso.substr(11, 12) == tod, note);
  if (utc.year >= 1900 && utc.year <= 2200) FUZZ_CHECK(Date::parse(iso.substr(0, 10)) == utc, note);
  // The Vietnamese calendar date: the UTC+7 wall clock, floored to the day.
  Date local = atgt::local_date(micros);
  Date expect = Date::from_days(floor_div(micros + atgt::kVietnamOffsetSeconds * 1000000, kMicrosPerDay));
  FUZZ_CHECK(local == expect, note + ": local_date " + local.str() + ", expected " + expect.str());
}

}  // namespace

static int fuzz_one(const uint8_t* data, size_t size) {
  std::string_view text = atgt::fuzz::as_text(data, size);
  auto d = Date::parse(text);
  FUZZ_CHECK(d.has_value() == expected_valid(text), show(text));
  if (d) {
    FUZZ_CHECK(d->str() == text, show(text) + " prints as " + d->str());
    check_date(*d, show(text));
  }

  // The first 8 bytes as an instant in years 1..9999, and as a day count in 1900..2200.
  uint64_t raw = 0;
  if (size > 0) std::memcpy(&raw, data, size < 8 ? size : 8);
  int64_t micros = static_cast<int64_t>(raw);
  if (micros < kMinMicros || micros > kMaxMicros)
    micros = kMinMicros + static_cast<int64_t>(raw % static_cast<uint64_t>(kMaxMicros - kMinMicros));
  check_instant(micros);
  // Also the instant read as a small signed number, where the interesting edges (0, -1, the
  // last microsecond before a local midnight) are.
  int64_t small = static_cast<int64_t>(raw) % (400LL * 86400 * 1000000);
  check_instant(small);

  const int64_t lo = Date{1900, 1, 1}.days(), hi = Date{2200, 12, 31}.days();
  int64_t n = lo + static_cast<int64_t>(raw % static_cast<uint64_t>(hi - lo + 1));
  Date from = Date::from_days(n);
  FUZZ_CHECK(from.days() == n, std::to_string(n));
  check_date(from, "from_days(" + std::to_string(n) + ")");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return atgt::fuzz::run_one(fuzz_one, data, size);
}
