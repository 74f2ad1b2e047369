// SQL for the calendar.
#include "store/calendar_store.h"

namespace atgt::store {
namespace {

constexpr const char* kYearSelect =
    "SELECT code, teaching_from, teaching_to, semester2_from, peak_from, peak_to, source, note, "
    "updated_at FROM school_years ";
constexpr const char* kHolidaySelect =
    "SELECT day, kind, name, source, flags, updated_at FROM holidays ";

SchoolYearRecord year_from(const Row& r) {
  Cursor c(r);
  return {c.str(), c.str(), c.str(), c.str(), c.str(), c.str(), c.opt_str(), c.opt_str(), c.i64()};
}

HolidayRecord holiday_from(const Row& r) {
  Cursor c(r);
  return {c.str(), c.str(), c.str(), c.opt_str(), c.str(), c.i64()};
}

Status done(const Result<int64_t>& r) {
  return r.ok() ? Status::Ok() : r.status();
}

}  // namespace

Result<std::vector<SchoolYearRecord>> list_school_years(Db& db) {
  auto rows = db.query(std::string(kYearSelect) + "ORDER BY code");
  if (!rows.ok()) return rows.status();
  std::vector<SchoolYearRecord> out;
  for (size_t i = 0; i < rows->size(); ++i) out.push_back(year_from((*rows)[i]));
  return out;
}

Result<SchoolYearRecord> get_school_year(Db& db, const std::string& code) {
  auto rows = db.query(std::string(kYearSelect) + "WHERE code = ?", {code});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return NotFound("Không tìm thấy năm học.");
  return year_from((*rows)[0]);
}

Status upsert_school_year(Db& db, const SchoolYearRecord& y) {
  return done(
      db.execute("INSERT INTO school_years (code, teaching_from, teaching_to, semester2_from, "
                 "peak_from, peak_to, "
                 "source, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) "
                 "DO UPDATE SET "
                 "teaching_from = excluded.teaching_from, teaching_to = excluded.teaching_to, "
                 "semester2_from = excluded.semester2_from, peak_from = excluded.peak_from, "
                 "peak_to = excluded.peak_to, source = excluded.source, note = excluded.note, "
                 "updated_at = excluded.updated_at",
                 {y.code, y.teaching_from, y.teaching_to, y.semester2_from, y.peak_from, y.peak_to,
                  opt(y.source), opt(y.note), y.updated_at}));
}

Result<int64_t> count_school_years(Db& db) {
  return db.scalar_i64("SELECT COUNT(*) FROM school_years");
}

Result<std::vector<HolidayRecord>> list_holidays(Db& db, const std::optional<std::string>& from,
                                                 const std::optional<std::string>& to) {
  std::string sql = std::string(kHolidaySelect) + "WHERE 1 = 1 ";
  Params p;
  if (from) {
    sql += "AND day >= ? ";
    p.push_back(*from);
  }
  if (to) {
    sql += "AND day <= ? ";
    p.push_back(*to);
  }
  auto rows = db.query(sql + "ORDER BY day", p);
  if (!rows.ok()) return rows.status();
  std::vector<HolidayRecord> out;
  for (size_t i = 0; i < rows->size(); ++i) out.push_back(holiday_from((*rows)[i]));
  return out;
}

Result<HolidayRecord> get_holiday(Db& db, const std::string& day) {
  auto rows = db.query(std::string(kHolidaySelect) + "WHERE day = ?", {day});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return NotFound("Không có ngày nghỉ, ngày làm bù nào vào ngày này.");
  return holiday_from((*rows)[0]);
}

Status upsert_holiday(Db& db, const HolidayRecord& h) {
  return done(db.execute(
      "INSERT INTO holidays (day, kind, name, source, flags, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name, "
      "source = excluded.source, flags = excluded.flags, updated_at = excluded.updated_at",
      {h.day, h.kind, h.name, opt(h.source), h.flags, h.updated_at}));
}

Status delete_holiday(Db& db, const std::string& day) {
  auto n = db.execute("DELETE FROM holidays WHERE day = ?", {day});
  if (!n.ok()) return n.status();
  if (*n == 0) return NotFound("Không có ngày nghỉ, ngày làm bù nào vào ngày này.");
  return Status::Ok();
}

Result<int64_t> count_holidays(Db& db) {
  return db.scalar_i64("SELECT COUNT(*) FROM holidays");
}

Result<std::string> statistical_year_start(Db& db) {
  auto rows =
      db.query("SELECT value FROM settings WHERE key = ?", {std::string(kStatisticalYearStartKey)});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::string(kDefaultStatisticalYearStart);
  return (*rows)[0].str(0);
}

Status set_statistical_year_start(Db& db, const std::string& mm_dd) {
  return done(
      db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                 "value = excluded.value",
                 {std::string(kStatisticalYearStartKey), mm_dd}));
}

}  // namespace atgt::store
