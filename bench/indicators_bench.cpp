// Benchmark of the indicator engine at city scale: a synthetic Hai Phong of about 1,600 units (a
// Department, 14 district offices split on 1/7/2025 between 114 commune offices, schools that move
// to them, upper-secondary schools under the Department) and 100,000 violation records over two
// school years. Times the figure of every unit (count, and count distinct of repeat offenders) in
// both views, beside the same figure in SQLite measured in the same run: a plain GROUP BY by owner,
// and the GROUP BY over a closure table (owner -> ancestors as of the date), which is the rolled-up
// figure of the as-of view. Prints Markdown rows for docs/benchmarks.md (bench/run.sh, section
// "indicators"). Usage: atgt_bench_indicators [units] [records] [runs].
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "domain/indicators.h"

using namespace atgt;
namespace ind = atgt::indicators;

namespace {

double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

template <class F>
double median_ms(int runs, F f) {
  std::vector<double> t;
  for (int i = 0; i < runs; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    t.push_back(ms_since(t0));
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

void exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::fprintf(stderr, "sqlite: %s\n", err ? err : "?");
    std::exit(1);
  }
}

// Runs a query and reads every row (the caller would): returns the number of rows.
int query_rows(sqlite3* db, const char* sql) {
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
  int n = 0;
  int64_t sink = 0;
  while (sqlite3_step(st) == SQLITE_ROW) {
    sink += sqlite3_column_int64(st, 0) + sqlite3_column_int64(st, 1);
    ++n;
  }
  sqlite3_finalize(st);
  return sink == -1 ? -1 : n;
}

}  // namespace

int main(int argc, char** argv) {
  int n_units = argc > 1 ? std::atoi(argv[1]) : 1600;
  int n_records = argc > 2 ? std::atoi(argv[2]) : 100000;
  int runs = argc > 3 ? std::atoi(argv[3]) : 5;
  const std::string reform = "2025-07-01", before = "2025-06-30", as_of = "2026-05-31";
  std::mt19937 rng(42);

  // The organisation.
  std::vector<model::UnitVersion> versions;
  std::vector<model::Succession> links;
  int64_t next = 1;
  auto unit = [&](std::optional<int64_t> parent, std::string from, std::optional<std::string> to,
                  int64_t id = 0) {
    model::UnitVersion v;
    v.unit_id = id ? id : next++;
    v.code = "U" + std::to_string(v.unit_id);
    v.name = v.code;
    v.type = "T";
    v.parent_id = parent;
    v.valid_from = std::move(from);
    v.valid_to = std::move(to);
    versions.push_back(v);
    return v.unit_id;
  };
  int64_t so = unit(std::nullopt, model::kSinceEver, std::nullopt);
  std::vector<int64_t> districts, communes, schools;
  for (int i = 0; i < 14; ++i) districts.push_back(unit(so, model::kSinceEver, before));
  for (int i = 0; i < 114; ++i) {
    int64_t c = unit(so, reform, std::nullopt);
    communes.push_back(c);
    links.push_back({districts[static_cast<size_t>(i % 14)], c, reform, true});
  }
  int n_thpt = 60;
  for (int i = 0; i < n_thpt; ++i) schools.push_back(unit(so, model::kSinceEver, std::nullopt));
  while (static_cast<int>(next) <= n_units) {
    int64_t id = next++;
    size_t c = static_cast<size_t>(rng() % communes.size());
    unit(districts[c % 14], model::kSinceEver, before, id);
    unit(communes[c], reform, std::nullopt, id);
    schools.push_back(id);
  }
  OrgIndex org(versions, links);

  // The records: 98% owned by schools, 2% by district or commune offices (their own tasks).
  std::vector<std::string> days;
  for (int m = 0; m < 21; ++m) {
    int y = 2024 + (8 + m) / 12, mo = (8 + m) % 12 + 1;
    for (int d = 1; d <= 28; d += 3) {
      char buf[11];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
      days.emplace_back(buf);
    }
  }
  std::vector<ind::Record> recs;
  recs.reserve(static_cast<size_t>(n_records));
  for (int i = 0; i < n_records; ++i) {
    ind::Record r;
    r.date = days[rng() % days.size()];
    if (rng() % 50 == 0)
      r.unit_id =
          r.date < reform ? districts[rng() % districts.size()] : communes[rng() % communes.size()];
    else
      r.unit_id = schools[rng() % schools.size()];
    r.fields["student_id"] = "HS" + std::to_string(rng() % 60000);
    r.fields["repeat"] = static_cast<double>(rng() % 4 == 0);
    recs.push_back(std::move(r));
  }
  std::map<std::string, std::vector<ind::Record>> sources{{"violations", recs}};
  auto count = *ind::parse_computation_text(R"({"count":{"source":"violations"}})");
  auto repeat = *ind::parse_computation_text(
      R"({"count_distinct":{"source":"violations","field":"student_id","where":{"repeat":[1]}}})");
  auto all_units = org.all_units();

  auto engine = [&](ind::ViewSpec view, const ind::Computation& c) {
    ind::Figure city;
    double t = median_ms(runs, [&] {
      ind::Evaluator ev({}, org, sources, view);
      for (int64_t u : all_units) {
        auto f = *ev.figure_of(c, u);
        if (u == so) city = f;
      }
    });
    return std::pair{t, city};
  };
  auto [t_time, c_time] = engine({ind::View::kTime, ""}, count);
  auto [t_asof, c_asof] = engine({ind::View::kAsOf, as_of}, count);
  auto [t_dist, c_dist] = engine({ind::View::kAsOf, as_of}, repeat);

  // The rule before the two views: a scan of every record per unit (counts_for with
  // predecessors), timed over 16 units and scaled to all units.
  size_t sample = std::min<size_t>(16, all_units.size());
  double t_old = median_ms(1,
                           [&] {
                             int64_t sink = 0;
                             for (size_t k = 0; k < sample; ++k) {
                               int64_t u = all_units[k * all_units.size() / sample];
                               auto preds = org.predecessors(u);
                               for (const auto& r : recs) {
                                 bool in = org.in_subtree(r.unit_id, u, r.date);
                                 for (size_t p = 0; !in && p < preds.size(); ++p)
                                   in = org.in_subtree(r.unit_id, preds[p], r.date);
                                 sink += in;
                               }
                             }
                             if (sink == -1) std::puts("");
                           }) *
                 static_cast<double>(all_units.size()) / static_cast<double>(sample);

  // SQLite, in memory, same records; the closure table of the tree as of the date.
  sqlite3* db = nullptr;
  sqlite3_open(":memory:", &db);
  exec(db,
       "CREATE TABLE violations (id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL, "
       "date TEXT NOT NULL, student_id TEXT, repeat INTEGER);"
       "CREATE TABLE unit_ancestors (unit_id INTEGER NOT NULL, ancestor_id INTEGER NOT NULL, "
       "PRIMARY KEY (unit_id, ancestor_id)) WITHOUT ROWID;");
  exec(db, "BEGIN");
  sqlite3_stmt* ins = nullptr;
  sqlite3_prepare_v2(
      db, "INSERT INTO violations (unit_id, date, student_id, repeat) VALUES (?, ?, ?, ?)", -1,
      &ins, nullptr);
  for (const auto& r : recs) {
    sqlite3_bind_int64(ins, 1, r.unit_id);
    sqlite3_bind_text(ins, 2, r.date.c_str(), -1, SQLITE_STATIC);
    const auto& sid = std::get<std::string>(r.fields.at("student_id"));
    sqlite3_bind_text(ins, 3, sid.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_int(ins, 4, static_cast<int>(std::get<double>(r.fields.at("repeat"))));
    sqlite3_step(ins);
    sqlite3_reset(ins);
  }
  sqlite3_finalize(ins);
  sqlite3_prepare_v2(db, "INSERT INTO unit_ancestors VALUES (?, ?)", -1, &ins, nullptr);
  for (int64_t u : all_units) {
    if (!org.alive(u, as_of)) continue;
    for (std::optional<int64_t> a = u; a; a = org.parent_at(*a, as_of)) {
      sqlite3_bind_int64(ins, 1, u);
      sqlite3_bind_int64(ins, 2, *a);
      sqlite3_step(ins);
      sqlite3_reset(ins);
    }
  }
  sqlite3_finalize(ins);
  exec(db, "COMMIT; CREATE INDEX violations_unit ON violations (unit_id); ANALYZE;");
  int rows_plain = 0, rows_closure = 0, rows_dist = 0;
  double t_sql_plain = median_ms(runs, [&] {
    rows_plain = query_rows(db, "SELECT unit_id, COUNT(*) FROM violations GROUP BY unit_id");
  });
  double t_sql_closure = median_ms(runs, [&] {
    rows_closure =
        query_rows(db,
                   "SELECT a.ancestor_id, COUNT(*) FROM violations v JOIN unit_ancestors a "
                   "ON a.unit_id = v.unit_id GROUP BY a.ancestor_id");
  });
  double t_sql_dist = median_ms(runs, [&] {
    rows_dist = query_rows(db,
                           "SELECT a.ancestor_id, COUNT(DISTINCT v.student_id) FROM violations v "
                           "JOIN unit_ancestors a ON a.unit_id = v.unit_id WHERE v.repeat = 1 "
                           "GROUP BY a.ancestor_id");
  });
  sqlite3_close(db);

  std::printf(
      "| figure (%zu units, %d records; median of %d runs) | engine (ms) | SQLite reference "
      "(ms) | ratio |\n",
      all_units.size(), n_records, runs);
  std::printf("|---|---|---|---|\n");
  std::printf(
      "| count, every unit, as of %s (city %.0f, of which chưa phân bổ %.0f) | %.1f | %.1f "
      "(GROUP BY over a closure table, %d rows) | %.2f× |\n",
      as_of.c_str(), *c_asof.value, *c_asof.unallocated, t_asof, t_sql_closure, rows_closure,
      t_asof / t_sql_closure);
  std::printf(
      "| count, every unit, structure of the time (city %.0f) | %.1f | %.1f (plain GROUP BY "
      "by owner, %d rows, no roll-up) | %.2f× |\n",
      *c_time.value, t_time, t_sql_plain, rows_plain, t_time / t_sql_plain);
  std::printf(
      "| distinct repeat offenders, every unit, as of %s (city %.0f) | %.1f | %.1f "
      "(COUNT(DISTINCT) over the closure table, %d rows) | %.2f× |\n",
      as_of.c_str(), *c_dist.value, t_dist, t_sql_dist, rows_dist, t_dist / t_sql_dist);
  std::printf(
      "| count, every unit, the rule before the views (a scan per unit; 16 units timed, "
      "scaled) | %.0f | | |\n",
      t_old);
  return 0;
}
