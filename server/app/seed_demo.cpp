// Demo data loader.
#include "app/seed_demo.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "api/registry_loader.h"
#include "app/org_reference.h"
#include "base/csv.h"
#include "base/log.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/registry_csv.h"
#include "store/retention_store.h"
#include "store/units_store.h"
#include "store/users_store.h"

namespace atgt::app {
namespace {

// Column accessor that fails loudly on a missing column.
struct Cols {
  const CsvTable& t;
  std::string file;
  Result<int> operator()(const std::string& name) const {
    int i = t.column(name);
    if (i < 0) return Invalid(file + ": thiếu cột " + name);
    return i;
  }
};

}  // namespace

Result<SeedResult> seed_demo(store::Db& db, const std::string& dir, PasswordHasher& hasher,
                             bool with_accounts) {
  SeedResult res;
  ATGT_TRY(load_org_reference(db, dir));
  ATGT_ASSIGN_OR_RETURN(int64_t existing, store::count_units(db));
  if (existing > 0) return res;
  ATGT_ASSIGN_OR_RETURN(auto units, read_csv_file(dir + "/org/units.csv"));
  ATGT_ASSIGN_OR_RETURN(auto events, read_csv_file(dir + "/org/events.csv"));
  ATGT_ASSIGN_OR_RETURN(auto accounts, read_csv_file(dir + "/demo_accounts.csv"));
  int64_t now = now_micros();
  store::Tx tx(db);
  ATGT_TRY(tx.status());

  ATGT_ASSIGN_OR_RETURN(auto unit_rows, read_unit_rows(units));
  ATGT_ASSIGN_OR_RETURN(auto event_rows, read_event_rows(events));
  ATGT_ASSIGN_OR_RETURN(auto loaded,
                        api::load_registry(db, unit_rows, event_rows, now, std::nullopt, false));
  res.units = loaded.units;
  res.versions = loaded.versions;
  res.events = loaded.events;
  std::map<std::string, int64_t> ids;
  ATGT_ASSIGN_OR_RETURN(auto all, store::all_versions(db));
  for (const auto& v : all) ids[v.code] = v.unit_id;

  Cols acol{accounts, "demo_accounts.csv"};
  ATGT_ASSIGN_OR_RETURN(int a_role, acol("role"));
  ATGT_ASSIGN_OR_RETURN(int a_login, acol("login"));
  ATGT_ASSIGN_OR_RETURN(int a_name, acol("full_name"));
  ATGT_ASSIGN_OR_RETURN(int a_unit, acol("unit_code"));
  ATGT_ASSIGN_OR_RETURN(int a_pass, acol("password"));
  for (const auto& r : accounts.rows) {
    if (!with_accounts) break;
    auto unit = ids.find(r[a_unit]);
    if (unit == ids.end()) return Invalid("demo_accounts.csv: không có đơn vị " + r[a_unit]);
    ATGT_ASSIGN_OR_RETURN(auto hash, hasher.hash(r[a_pass]));
    store::NewUser u{r[a_login], r[a_name], std::nullopt, unit->second, {r[a_role]}, hash, false};
    u.published_password = true;  // never forced to change; `serve` refuses them without ATGT_DEMO
    auto id = store::insert_user(db, u, now);
    if (!id.ok()) return id.status();
    ++res.accounts;
  }
  ATGT_TRY(seed_demo_documents(db, dir, ids, with_accounts));
  ATGT_TRY(seed_demo_rosters(db, dir, ids));
  ATGT_TRY(seed_demo_violations(db, dir, ids));
  ATGT_TRY(tx.commit());
  // The demo spans four years: what the nightly retention purge would have removed by now (the
  // personal data of notices closed longer ago than their purpose's retention) goes now, so that
  // the first nightly run or a restore finds the data as it would be in a running system.
  ATGT_ASSIGN_OR_RETURN(int days, store::personal_data_days(db));
  ATGT_ASSIGN_OR_RETURN(auto purged, store::purge_personal_data(db, now, days));
  (void)purged;
  res.loaded = true;
  log::info("demo_loaded", {{"units", std::to_string(res.units)},
                            {"versions", std::to_string(res.versions)},
                            {"events", std::to_string(res.events)},
                            {"accounts", std::to_string(res.accounts)}});
  return res;
}

Status print_demo_logins(store::Db& db, const std::string& dir) {
  ATGT_ASSIGN_OR_RETURN(auto accounts, read_csv_file(dir + "/demo_accounts.csv"));
  int a_role = accounts.column("role"), a_login = accounts.column("login"),
      a_unit = accounts.column("unit_code"), a_pass = accounts.column("password");
  if (a_role < 0 || a_login < 0 || a_unit < 0 || a_pass < 0)
    return Invalid("demo_accounts.csv: thiếu cột");
  for (const auto& r : accounts.rows) {
    auto u = store::find_user_by_login(db, r[a_login]);
    if (!u.ok() || u->disabled) continue;
    std::printf("DEMO role=%s user=%s password=%s unit=%s\n", r[a_role].c_str(), r[a_login].c_str(),
                r[a_pass].c_str(), r[a_unit].c_str());
  }
  std::fflush(stdout);
  return Status::Ok();
}

}  // namespace atgt::app
