// Registry loader.
#include "api/registry_loader.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "base/time.h"
#include "base/row_errors.h"
#include "domain/access.h"
#include "domain/org.h"
#include "store/units_store.h"

namespace atgt::api {
namespace {

struct Interval {
  std::string from;                // "1900-01-01" for since ever
  std::optional<std::string> to;   // inclusive; nullopt = open
};

// True when the union of `have` covers [want.from, want.to].
bool covers(std::vector<Interval> have, const Interval& want) {
  std::sort(have.begin(), have.end(), [](const auto& a, const auto& b) { return a.from < b.from; });
  std::string cursor = want.from;  // first day not yet covered
  for (const auto& h : have) {
    if (h.from > cursor) break;
    if (!h.to) return true;
    if (*h.to >= cursor) {
      auto next = Date::parse(*h.to);
      cursor = next ? next->add_days(1).str() : cursor;
      if (want.to && cursor > *want.to) return true;
    }
  }
  return false;
}

Status with_row(Status st, int row, const char* column) {
  std::string msg = st.message();
  st.with_row({row, column, msg});
  return st;
}

// The writer's scope and side for every row, on the organisation as the file would leave it
// (new units get negative ids), and no cycle in it.
Status check_import(const Principal& writer, const std::vector<store::UnitVersion>& existing,
                    const std::vector<store::UnitTypeRecord>& types,
                    const std::vector<CsvUnitVersion>& units, const std::vector<CsvEvent>& events) {
  std::map<std::string, int64_t> ids;
  for (const auto& v : existing) ids[v.code] = v.unit_id;
  int64_t next = -1;
  for (const auto& u : units)
    if (!ids.count(u.code)) ids[u.code] = next--;
  std::unordered_map<std::string, std::string> sides;
  for (const auto& t : types) sides[t.code] = t.side;
  std::vector<store::UnitVersion> all = existing;
  for (const auto& c : units) {
    store::UnitVersion v;
    v.unit_id = ids[c.code];
    v.code = c.code;
    v.name = c.name;
    v.type = c.type;
    v.valid_from = c.valid_from.empty() ? store::kSinceEver : c.valid_from;
    v.valid_to = c.valid_to;
    if (c.parent_code) v.parent_id = ids[*c.parent_code];
    all.push_back(std::move(v));
  }
  OrgIndex org(std::move(all), {}, sides);
  for (const auto& c : units) {
    std::string from = c.valid_from.empty() ? store::kSinceEver : c.valid_from;
    std::vector<RegistryTouch> touched{{0, from, sides[c.type]}};
    if (c.parent_code) touched.push_back({ids[*c.parent_code], from, ""});
    Status st = check_registry_write(writer, org, touched, !c.parent_code, false);
    if (!st.ok()) return with_row(st, c.row, c.parent_code ? "parent_code" : "code");
  }
  int64_t home = writer.via_token() ? writer.token_unit_id : writer.unit_id;
  for (const auto& e : events) {
    std::vector<RegistryTouch> touched;
    bool ends_own = false;
    for (const auto& code : e.unit_codes) {
      touched.push_back({ids[code], e.date, ""});
      if (ids[code] == home && e.kind != "rename") ends_own = true;
    }
    for (const auto& code : e.successor_codes) touched.push_back({ids[code], e.date, ""});
    Status st = check_registry_write(writer, org, touched, false, ends_own);
    if (!st.ok()) return with_row(st, e.row, "unit_codes");
  }
  for (const auto& p : org.integrity_problems())
    if (p.kind == "cycle")
      return Invalid("Tệp tạo vòng lặp trong cây tổ chức; không có dòng nào được nhập.")
          .with_row({1, "parent_code", p.detail});
  return Status::Ok();
}

}  // namespace

Result<ImportSummary> load_registry(store::Db& db, const std::vector<CsvUnitVersion>& units,
                                    const std::vector<CsvEvent>& events, int64_t now,
                                    std::optional<int64_t> user_id, bool check_only,
                                    const Principal* writer) {
  RowErrors errors;
  auto add = [&](int row, const char* col, std::string msg) { errors.add(row, col, std::move(msg)); };
  ATGT_ASSIGN_OR_RETURN(auto types, store::list_unit_types(db));
  std::set<std::string> type_codes;
  for (const auto& t : types) type_codes.insert(t.code);

  // Intervals of every unit: the database's, then the file's.
  std::map<std::string, std::vector<Interval>> life;
  std::map<std::string, int64_t> db_ids;
  ATGT_ASSIGN_OR_RETURN(auto existing, store::all_versions(db));
  for (const auto& v : existing) {
    life[v.code].push_back({v.valid_from, v.valid_to});
    db_ids[v.code] = v.unit_id;
  }
  std::set<std::string> file_codes;
  for (const auto& v : units) {
    if (db_ids.count(v.code)) add(v.row, "code", "Mã " + v.code + " đã có trong hệ thống; thay đổi đơn vị có sẵn bằng sự kiện.");
    if (!type_codes.count(v.type)) add(v.row, "type", "Loại đơn vị " + v.type + " không có trong danh mục.");
    file_codes.insert(v.code);
  }
  for (const auto& v : units)
    life[v.code].push_back({v.valid_from.empty() ? store::kSinceEver : v.valid_from, v.valid_to});
  for (const auto& v : units) {
    if (!v.parent_code) continue;
    auto it = life.find(*v.parent_code);
    if (it == life.end()) {
      add(v.row, "parent_code", "Không có đơn vị cấp trên mã " + *v.parent_code + ".");
      continue;
    }
    Interval want{v.valid_from.empty() ? store::kSinceEver : v.valid_from, v.valid_to};
    if (!covers(it->second, want))
      add(v.row, "parent_code", "Đơn vị cấp trên " + *v.parent_code + " không có hiệu lực suốt thời gian của phiên bản này.");
  }
  for (const auto& e : events) {
    for (const auto* list : {&e.unit_codes, &e.successor_codes})
      for (const auto& code : *list)
        if (!life.count(code)) add(e.row, list == &e.unit_codes ? "unit_codes" : "successor_codes", "Không có đơn vị mã " + code + ".");
  }
  if (!errors.empty()) return errors.status();
  if (writer) ATGT_TRY(check_import(*writer, existing, types, units, events));
  ImportSummary sum;
  if (check_only) {
    sum.units = static_cast<int>(file_codes.size());
    sum.versions = static_cast<int>(units.size());
    sum.events = static_cast<int>(events.size());
    return sum;
  }

  std::map<std::string, int64_t> ids = db_ids;
  for (const auto& v : units) {
    if (ids.count(v.code)) continue;
    ATGT_ASSIGN_OR_RETURN(ids[v.code], store::insert_unit(db, v.code, now));
    sum.created.push_back({"unit", ids[v.code], {{"code", v.code}}});
    ++sum.units;
  }
  for (const auto& c : units) {
    store::UnitVersion v;
    v.unit_id = ids[c.code];
    v.valid_from = c.valid_from.empty() ? store::kSinceEver : c.valid_from;
    v.valid_to = c.valid_to;
    v.name = c.name;
    v.short_name = c.short_name;
    v.type = c.type;
    if (c.parent_code) v.parent_id = ids[*c.parent_code];
    v.address = c.address;
    v.latitude = c.latitude;
    v.longitude = c.longitude;
    v.phone = c.phone;
    v.email = c.email;
    v.flags = c.flags;
    v.source = c.source;
    v.note = c.note;
    v.provenance = c.provenance;
    auto vid = store::insert_version(db, v);
    if (!vid.ok()) return vid.status();
    sum.created.push_back({"unit_version", *vid,
                           {{"unit_id", v.unit_id}, {"code", c.code}, {"name", v.name}, {"type", v.type},
                            {"valid_from", v.valid_from},
                            {"valid_to", v.valid_to ? boost::json::value(*v.valid_to) : boost::json::value(nullptr)},
                            {"parent_code", c.parent_code ? boost::json::value(*c.parent_code) : boost::json::value(nullptr)}}});
    ++sum.versions;
  }
  for (const auto& c : events) {
    store::UnitEvent ev;
    ev.ext_id = c.ext_id;
    ev.kind = c.kind;
    ev.date = c.date;
    ev.flags = c.flags;
    ev.source = c.source;
    ev.note = c.note;
    ev.provenance = c.provenance;
    ev.created_by = user_id;
    bool structural = c.kind == "merge" || c.kind == "split" || c.kind == "dissolve";
    for (const auto& code : c.unit_codes) {
      bool partial = std::find(c.partial_codes.begin(), c.partial_codes.end(), code) != c.partial_codes.end();
      ev.links.push_back({ids[code], code, "", structural ? "predecessor" : "subject", partial});
    }
    for (const auto& code : c.successor_codes) ev.links.push_back({ids[code], code, "", "successor", false});
    auto id = store::insert_event(db, ev, now);
    if (!id.ok()) {
      if (id.status().code() == "unique_violation")
        return Invalid("Tệp có dữ liệu không hợp lệ; không có dòng nào được nhập.")
            .with_row({c.row, "event_id", "Mã sự kiện đã có trong hệ thống."});
      return id.status();
    }
    boost::json::array units, successors;
    for (const auto& code : c.unit_codes) units.emplace_back(code);
    for (const auto& code : c.successor_codes) successors.emplace_back(code);
    sum.created.push_back({"unit_event", *id,
                           {{"kind", c.kind}, {"date", c.date}, {"unit_codes", units}, {"successor_codes", successors}}});
    ++sum.events;
  }
  ATGT_TRY(store::bump_registry_revision(db));
  return sum;
}

}  // namespace atgt::api
