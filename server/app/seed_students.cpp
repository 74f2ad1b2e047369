// Demo rosters (data/demo/rosters.csv, made by tools/gen_demo_rosters.py): the students of the
// schools that have demo accounts, for every school year from 2022-2023, written school year by
// school year (so a student who moved keeps one identity) with the batch id "demo:rosters".
#include <map>

#include "app/seed_demo.h"
#include "base/csv.h"
#include "base/time.h"
#include "store/students_store.h"

namespace atgt::app {

Status seed_demo_rosters(store::Db& db, const std::string& dir,
                         const std::map<std::string, int64_t>& ids) {
  ATGT_ASSIGN_OR_RETURN(auto t, read_csv_file(dir + "/demo/rosters.csv"));
  auto col = [&](const char* n) { return t.column(n); };
  int c_school = col("school_code"), c_level = col("level"), c_year = col("school_year"),
      c_pid = col("personal_id"), c_name = col("full_name"), c_birth = col("birth_date"),
      c_sex = col("sex"), c_class = col("class_name"), c_gname = col("guardian_name"),
      c_grel = col("guardian_relation"), c_gphone = col("guardian_phone");
  for (int c : {c_school, c_level, c_year, c_pid, c_name, c_birth, c_sex, c_class, c_gname, c_grel, c_gphone})
    if (c < 0) return Invalid("data/demo/rosters.csv: thiếu cột.");
  // (year, school) -> level and rows, years in order.
  std::map<std::pair<std::string, std::string>, std::pair<std::string, std::vector<model::RosterEntry>>> groups;
  for (const auto& r : t.rows) {
    auto& g = groups[{r[c_year], r[c_school]}];
    g.first = r[c_level];
    model::RosterEntry e;
    if (!r[c_pid].empty()) e.personal_id = r[c_pid];
    e.full_name = r[c_name];
    e.birth_date = r[c_birth];
    e.sex = r[c_sex];
    e.class_name = r[c_class];
    e.guardians.push_back({r[c_gname], r[c_grel], r[c_gphone]});
    g.second.push_back(std::move(e));
  }
  int64_t now = now_micros();
  for (const auto& [key, g] : groups) {
    auto id = ids.find(key.second);
    if (id == ids.end()) return Invalid("data/demo/rosters.csv: không có đơn vị " + key.second);
    auto w = store::write_roster(db, id->second, key.first, g.first, g.second, "demo:rosters",
                                 now, std::nullopt);
    if (!w.ok()) return w.status();
  }
  return Status::Ok();
}

}  // namespace atgt::app
