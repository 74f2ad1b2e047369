#include "store/violation_stats_store.h"

namespace atgt::store {
namespace {

const char* column(StatsDimension d, bool daily) {
  switch (d) {
    case StatsDimension::kBehaviour:
      return daily ? "d.behaviour" : "COALESCE(v.behaviour, '')";
    case StatsDimension::kLegalCode:
      return daily ? "d.legal_code" : "COALESCE(v.legal_code, '')";
    case StatsDimension::kMonth:
      return daily ? "SUBSTR(d.day, 1, 7)" : "v.year_month";
    case StatsDimension::kAgeBand:
      return daily ? "d.age_band" : "v.age_band";
  }
  return "''";
}

std::vector<StatsCount> counts(const Rows& rows) {
  return map_rows(rows, [](const Row& r) {
    Cursor c(r);
    StatsCount s;
    s.unit_id = c.i64();
    s.key = c.str();
    s.count = c.i64();
    return s;
  });
}

}  // namespace

Result<std::vector<StatsCount>> school_counts(Db& db,
                                              const std::optional<std::vector<int64_t>>& schools,
                                              const std::string& from, const std::string& to,
                                              StatsDimension dim) {
  Params p{from, to};
  std::string where;
  if (schools) where = " AND m.school_unit_id IN (" + in_list(*schools, p) + ")";
  std::string key = column(dim, false);
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("SELECT m.school_unit_id, " + key +
                   ", COUNT(*) FROM violation_matches m JOIN violations v ON v.id = "
                   "m.violation_id WHERE m.state IN ('auto', 'confirmed') AND v.status = 'active' "
                   "AND v.local_date >= ? AND v.local_date <= ?" +
                   where + " GROUP BY m.school_unit_id, " + key,
               p));
  return counts(rows);
}

Result<std::vector<StatsCount>> place_counts(Db& db,
                                             const std::optional<std::vector<int64_t>>& units,
                                             const std::string& from, const std::string& to,
                                             StatsDimension dim) {
  Params p{from, to};
  std::string where;
  if (units) {
    std::string a = in_list(*units, p);
    std::string b = in_list(*units, p);
    where = " AND (d.owner_unit_id IN (" + a + ") OR d.place_unit_id IN (" + b + "))";
  }
  std::string key = column(dim, true);
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("SELECT d.place_unit_id, " + key +
                   ", SUM(d.records) FROM violation_daily d WHERE d.day >= ? "
                   "AND d.day <= ?" +
                   where + " GROUP BY d.place_unit_id, " + key + " HAVING SUM(d.records) > 0",
               p));
  return counts(rows);
}

Result<Timeliness> notice_timeliness(Db& db, const std::optional<std::vector<int64_t>>& schools,
                                     const std::string& from, const std::string& to, int64_t now) {
  Params p{now, from, to};
  std::string where;
  if (schools) where = " AND n.school_unit_id IN (" + in_list(*schools, p) + ")";
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("SELECT COUNT(*), COALESCE(SUM(CASE WHEN n.state = 'closed' THEN 1 ELSE 0 END), "
               "0), COALESCE(SUM(CASE WHEN n.state = 'closed' AND n.closed_at <= n.deadline_at "
               "THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN n.state = 'open' AND "
               "n.deadline_at < ? THEN 1 ELSE 0 END), 0) FROM notices n JOIN violations v ON "
               "v.id = n.violation_id WHERE n.state IN ('open', 'closed') AND v.local_date >= ? "
               "AND v.local_date <= ?" +
                   where,
               p));
  Timeliness t;
  Cursor c(rows[0]);
  t.notices = c.i64();
  t.closed = c.i64();
  t.on_time = c.i64();
  t.overdue = c.i64();
  return t;
}

}  // namespace atgt::store
