// Demo data loader.
#include "app/seed_demo.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "base/csv.h"
#include "base/log.h"
#include "base/text.h"
#include "base/time.h"
#include "store/units_store.h"
#include "store/users_store.h"

namespace atgt::app {
namespace {

std::vector<std::string> split_codes(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(';', start);
    if (end == std::string::npos) end = s.size();
    std::string part = squeeze_spaces(s.substr(start, end - start));
    if (!part.empty()) out.push_back(part);
    start = end + 1;
  }
  return out;
}

std::optional<std::string> opt(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

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

Status load_types(store::Db& db, const std::string& dir) {
  ATGT_ASSIGN_OR_RETURN(auto t, read_csv_file(dir + "/org/unit_types.csv"));
  Cols col{t, "unit_types.csv"};
  ATGT_ASSIGN_OR_RETURN(int c_code, col("code"));
  ATGT_ASSIGN_OR_RETURN(int c_name, col("name"));
  ATGT_ASSIGN_OR_RETURN(int c_side, col("side"));
  ATGT_ASSIGN_OR_RETURN(int c_level, col("level"));
  ATGT_ASSIGN_OR_RETURN(int c_sort, col("sort_order"));
  for (const auto& r : t.rows)
    ATGT_TRY(store::upsert_unit_type(db, {r[c_code], r[c_name], r[c_side], r[c_level], std::atoll(r[c_sort].c_str())}));
  return Status::Ok();
}

}  // namespace

Result<SeedResult> seed_demo(store::Db& db, const std::string& dir, PasswordHasher& hasher) {
  SeedResult res;
  ATGT_ASSIGN_OR_RETURN(int64_t existing, store::count_units(db));
  if (existing > 0) return res;
  ATGT_ASSIGN_OR_RETURN(auto units, read_csv_file(dir + "/org/units.csv"));
  ATGT_ASSIGN_OR_RETURN(auto events, read_csv_file(dir + "/org/events.csv"));
  ATGT_ASSIGN_OR_RETURN(auto accounts, read_csv_file(dir + "/demo_accounts.csv"));
  int64_t now = now_micros();
  store::Tx tx(db);
  ATGT_TRY(tx.status());
  ATGT_TRY(load_types(db, dir));

  Cols col{units, "units.csv"};
  std::map<std::string, int> c;
  for (const char* n : {"code", "valid_from", "valid_to", "name", "short_name", "type", "parent_code", "address",
                        "latitude", "longitude", "phone", "email", "flags", "source", "note"}) {
    ATGT_ASSIGN_OR_RETURN(c[n], col(n));
  }
  std::map<std::string, int64_t> ids;
  for (const auto& r : units.rows) {
    const std::string& code = r[c["code"]];
    if (ids.count(code)) continue;
    ATGT_ASSIGN_OR_RETURN(ids[code], store::insert_unit(db, code, now));
    ++res.units;
  }
  for (size_t i = 0; i < units.rows.size(); ++i) {
    const auto& r = units.rows[i];
    store::UnitVersion v;
    v.unit_id = ids[r[c["code"]]];
    v.valid_from = r[c["valid_from"]].empty() ? store::kSinceEver : r[c["valid_from"]];
    v.valid_to = opt(r[c["valid_to"]]);
    v.name = r[c["name"]];
    v.short_name = opt(r[c["short_name"]]);
    v.type = r[c["type"]];
    if (!r[c["parent_code"]].empty()) {
      auto p = ids.find(r[c["parent_code"]]);
      if (p == ids.end())
        return Invalid("units.csv: đơn vị cấp trên không tồn tại").with_row({static_cast<int>(i + 2), "parent_code", r[c["parent_code"]]});
      v.parent_id = p->second;
    }
    v.address = opt(r[c["address"]]);
    if (!r[c["latitude"]].empty()) v.latitude = std::atof(r[c["latitude"]].c_str());
    if (!r[c["longitude"]].empty()) v.longitude = std::atof(r[c["longitude"]].c_str());
    v.phone = opt(r[c["phone"]]);
    v.email = opt(r[c["email"]]);
    v.flags = r[c["flags"]];
    v.source = opt(r[c["source"]]);
    v.note = opt(r[c["note"]]);
    auto vid = store::insert_version(db, v);
    if (!vid.ok()) return vid.status();
    ++res.versions;
  }

  Cols ecol{events, "events.csv"};
  std::map<std::string, int> e;
  for (const char* n : {"event_id", "date", "kind", "unit_codes", "successor_codes", "partial_codes", "flags", "source", "note"}) {
    ATGT_ASSIGN_OR_RETURN(e[n], ecol(n));
  }
  for (size_t i = 0; i < events.rows.size(); ++i) {
    const auto& r = events.rows[i];
    store::UnitEvent ev;
    ev.ext_id = r[e["event_id"]];
    ev.kind = r[e["kind"]];
    ev.date = r[e["date"]];
    ev.flags = r[e["flags"]];
    ev.source = opt(r[e["source"]]);
    ev.note = opt(r[e["note"]]);
    bool structural = ev.kind == "merge" || ev.kind == "split" || ev.kind == "dissolve";
    auto partial = split_codes(r[e["partial_codes"]]);
    auto link = [&](const std::string& code, const char* role) -> Status {
      auto it = ids.find(code);
      if (it == ids.end())
        return Invalid("events.csv: mã đơn vị không tồn tại").with_row({static_cast<int>(i + 2), "unit_codes", code});
      bool is_partial = std::find(partial.begin(), partial.end(), code) != partial.end();
      ev.links.push_back({it->second, code, "", role, is_partial});
      return Status::Ok();
    };
    for (const auto& code : split_codes(r[e["unit_codes"]])) ATGT_TRY(link(code, structural ? "predecessor" : "subject"));
    for (const auto& code : split_codes(r[e["successor_codes"]])) ATGT_TRY(link(code, "successor"));
    auto id = store::insert_event(db, ev, now);
    if (!id.ok()) return id.status();
    ++res.events;
  }

  Cols acol{accounts, "demo_accounts.csv"};
  ATGT_ASSIGN_OR_RETURN(int a_role, acol("role"));
  ATGT_ASSIGN_OR_RETURN(int a_login, acol("login"));
  ATGT_ASSIGN_OR_RETURN(int a_name, acol("full_name"));
  ATGT_ASSIGN_OR_RETURN(int a_unit, acol("unit_code"));
  ATGT_ASSIGN_OR_RETURN(int a_pass, acol("password"));
  for (const auto& r : accounts.rows) {
    auto unit = ids.find(r[a_unit]);
    if (unit == ids.end()) return Invalid("demo_accounts.csv: không có đơn vị " + r[a_unit]);
    ATGT_ASSIGN_OR_RETURN(auto hash, hasher.hash(r[a_pass]));
    store::NewUser u{r[a_login], r[a_name], std::nullopt, unit->second, {r[a_role]}, hash, false};
    auto id = store::insert_user(db, u, now);
    if (!id.ok()) return id.status();
    ++res.accounts;
  }
  ATGT_TRY(store::bump_registry_revision(db));
  ATGT_TRY(tx.commit());
  res.loaded = true;
  log::info("demo_loaded", {{"units", std::to_string(res.units)}, {"versions", std::to_string(res.versions)},
                            {"events", std::to_string(res.events)}, {"accounts", std::to_string(res.accounts)}});
  return res;
}

Status print_demo_logins(store::Db& db, const std::string& dir) {
  ATGT_ASSIGN_OR_RETURN(auto accounts, read_csv_file(dir + "/demo_accounts.csv"));
  int a_role = accounts.column("role"), a_login = accounts.column("login"), a_unit = accounts.column("unit_code"),
      a_pass = accounts.column("password");
  if (a_role < 0 || a_login < 0 || a_unit < 0 || a_pass < 0) return Invalid("demo_accounts.csv: thiếu cột");
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
