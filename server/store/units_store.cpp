// SQL for the organisation registry.
#include "store/units_store.h"

#include "base/text.h"
#include "store/search_store.h"

namespace atgt::store {
namespace {

constexpr const char* kVersionSelect =
    "SELECT v.id, v.unit_id, u.code, v.valid_from, v.valid_to, v.name, v.short_name, v.type, "
    "v.parent_id, v.address, v.phone, v.email, v.source, v.note, v.latitude, v.longitude, v.flags, "
    "v.provenance FROM unit_versions v JOIN units u ON u.id = v.unit_id ";

UnitVersion version_from(const Row& r) {
  Cursor c(r);
  UnitVersion v;
  v.version_id = c.i64();
  v.unit_id = c.i64();
  v.code = c.str();
  v.valid_from = c.str();
  v.valid_to = c.opt_str();
  v.name = c.str();
  v.short_name = c.opt_str();
  v.type = c.str();
  v.parent_id = c.opt_i64();
  v.address = c.opt_str();
  v.phone = c.opt_str();
  v.email = c.opt_str();
  v.source = c.opt_str();
  v.note = c.opt_str();
  v.latitude = c.opt_f64();
  v.longitude = c.opt_f64();
  v.flags = c.str();
  v.provenance = c.opt_str();
  return v;
}

Result<std::vector<UnitVersion>> versions(Db& db, const std::string& where, const Params& p) {
  auto rows = db.query(std::string(kVersionSelect) + where, p);
  if (!rows.ok()) return rows.status();
  std::vector<UnitVersion> out;
  out.reserve(rows->size());
  for (size_t i = 0; i < rows->size(); ++i) out.push_back(version_from((*rows)[i]));
  return out;
}

}  // namespace

Result<std::vector<UnitTypeRecord>> list_unit_types(Db& db) {
  auto rows = db.query(
      "SELECT code, name, side, level, sort_order FROM unit_types ORDER BY sort_order, code");
  if (!rows.ok()) return rows.status();
  std::vector<UnitTypeRecord> out;
  for (size_t i = 0; i < rows->size(); ++i) {
    auto r = (*rows)[i];
    out.push_back({r.str(0), r.str(1), r.str(2), r.str(3), r.i64(4)});
  }
  return out;
}

Status upsert_unit_type(Db& db, const UnitTypeRecord& t) {
  return db.run(
      "INSERT INTO unit_types (code, name, side, level, sort_order) VALUES (?, ?, ?, ?, ?) "
      "ON CONFLICT (code) DO UPDATE SET name = excluded.name, side = excluded.side, "
      "level = excluded.level, sort_order = excluded.sort_order",
      {t.code, t.name, t.side, t.level, t.sort_order});
}

Result<std::vector<RoleUnitType>> list_role_unit_types(Db& db) {
  auto rows =
      db.query("SELECT role, unit_type, note FROM role_unit_types ORDER BY role, unit_type");
  if (!rows.ok()) return rows.status();
  std::vector<RoleUnitType> out;
  for (size_t i = 0; i < rows->size(); ++i) {
    auto r = (*rows)[i];
    out.push_back({r.str(0), r.str(1), r.opt_str(2)});
  }
  return out;
}

Status upsert_role_unit_type(Db& db, const RoleUnitType& t) {
  return db.run(
      "INSERT INTO role_unit_types (role, unit_type, note) VALUES (?, ?, ?) "
      "ON CONFLICT (role, unit_type) DO UPDATE SET note = excluded.note",
      {t.role, t.unit_type, t.note ? store::Value(*t.note) : store::Value()});
}

Result<std::vector<UnitVersion>> versions_as_of(Db& db, const std::string& date) {
  return versions(db, "WHERE v.valid_from <= ? AND (v.valid_to IS NULL OR v.valid_to >= ?)",
                  {date, date});
}

Result<std::vector<UnitVersion>> all_versions(Db& db) {
  return versions(db, "ORDER BY v.unit_id, v.valid_from", {});
}

Result<std::vector<UnitVersion>> unit_versions(Db& db, int64_t unit_id) {
  auto rows = db.query(
      "SELECT v.id, v.unit_id, u.code, v.valid_from, v.valid_to, v.name, v.short_name, v.type, "
      "v.parent_id, v.address, v.phone, v.email, v.source, v.note, v.latitude, v.longitude, "
      "v.flags, v.provenance, COALESCE(p.name, (SELECT q.name FROM unit_versions q WHERE q.unit_id "
      "= "
      "v.parent_id ORDER BY q.valid_from DESC LIMIT 1)) FROM unit_versions v JOIN units u ON "
      "u.id = v.unit_id LEFT JOIN unit_versions p ON p.unit_id = v.parent_id AND p.valid_from <= "
      "v.valid_from AND (p.valid_to IS NULL OR p.valid_to >= v.valid_from) WHERE v.unit_id = ? "
      "ORDER BY v.valid_from",
      {unit_id});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return NotFound("Không tìm thấy đơn vị.");
  std::vector<UnitVersion> out;
  for (size_t i = 0; i < rows->size(); ++i) {
    out.push_back(version_from((*rows)[i]));
    out.back().parent_name = (*rows)[i].opt_str(18);
  }
  return out;
}

Result<std::vector<UnitVersion>> search_units(Db& db, const std::string& fold_query,
                                              const std::optional<std::string>& date, int limit) {
  // Every query word must be the start of a word of one of the unit's names (any version, its
  // short names or its code): an index range lookup in search_terms.
  Params p;
  std::string where =
      "WHERE " + search_filter(db.dialect(), kSearchUnit, "v.unit_id", fold_query, p);
  if (date) {
    where += " AND v.valid_from <= ? AND (v.valid_to IS NULL OR v.valid_to >= ?)";
    p.push_back(*date);
    p.push_back(*date);
  } else {
    where +=
        " AND v.valid_from = (SELECT MAX(w.valid_from) FROM unit_versions w WHERE w.unit_id = "
        "v.unit_id)";
  }
  p.push_back(int64_t{limit});
  return versions(db, where + " ORDER BY v.name_fold LIMIT ?", p);
}

Result<int64_t> unit_id_by_code(Db& db, const std::string& code) {
  auto r = db.scalar_i64("SELECT id FROM units WHERE code = ?", {code});
  if (!r.ok() && r.status().kind() == Kind::kNotFound)
    return NotFound("Không tìm thấy đơn vị có mã " + code + ".");
  return r;
}

Result<int64_t> count_units(Db& db) {
  return db.scalar_i64("SELECT COUNT(*) FROM units");
}

Result<int64_t> count_unverified_events(Db& db) {
  return db.scalar_i64("SELECT COUNT(*) FROM unit_events WHERE flags LIKE '%unverified%'");
}

Result<int64_t> insert_unit(Db& db, const std::string& code, int64_t now) {
  auto rows =
      db.query("INSERT INTO units (code, created_at) VALUES (?, ?) RETURNING id", {code, now});
  if (!rows.ok()) return rows.status();
  int64_t id = (*rows)[0].i64(0);
  ATGT_TRY(add_terms(db, kSearchUnit, id, {code}));
  return id;
}

Result<int64_t> insert_version(Db& db, const UnitVersion& v) {
  std::string fold_text = fold(v.name) + (v.short_name ? " | " + fold(*v.short_name) : "");
  auto rows = db.query(
      "INSERT INTO unit_versions (unit_id, valid_from, valid_to, name, name_fold, short_name, "
      "type, "
      "parent_id, address, latitude, longitude, phone, email, flags, source, note, provenance) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {v.unit_id, v.valid_from, opt(v.valid_to), v.name, fold_text, opt(v.short_name), v.type,
       opt(v.parent_id), opt(v.address), opt(v.latitude), opt(v.longitude), opt(v.phone),
       opt(v.email), v.flags, opt(v.source), opt(v.note), opt(v.provenance)});
  if (!rows.ok()) return rows.status();
  ATGT_TRY(add_terms(db, kSearchUnit, v.unit_id, {v.name, v.short_name.value_or("")}));
  return (*rows)[0].i64(0);
}

Status end_version(Db& db, int64_t version_id, const std::string& valid_to) {
  return db.run("UPDATE unit_versions SET valid_to = ? WHERE id = ?", {valid_to, version_id});
}

Result<int64_t> insert_event(Db& db, const UnitEvent& e, int64_t now) {
  auto rows = db.query(
      "INSERT INTO unit_events (ext_id, kind, effective_date, flags, source, note, provenance, "
      "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {opt(e.ext_id), e.kind, e.date, e.flags, opt(e.source), opt(e.note), opt(e.provenance), now,
       opt(e.created_by)});
  if (!rows.ok()) return rows.status();
  int64_t id = (*rows)[0].i64(0);
  for (const auto& l : e.links) {
    auto r = db.execute(
        "INSERT INTO unit_event_links (event_id, unit_id, role, partial) VALUES (?, ?, ?, ?)",
        {id, l.unit_id, l.role, int64_t{l.partial}});
    if (!r.ok()) return r.status();
  }
  return id;
}

namespace {

// Events with their links, from rows of event_select() ordered by event.
std::vector<UnitEvent> read_events(const Rows& rows) {
  std::vector<UnitEvent> out;
  for (size_t i = 0; i < rows.size(); ++i) {
    Cursor c(rows[i]);
    int64_t id = c.i64();
    UnitEvent e;
    e.id = id;
    e.ext_id = c.opt_str();
    e.kind = c.str();
    e.date = c.str();
    e.flags = c.str();
    e.source = c.opt_str();
    e.note = c.opt_str();
    e.provenance = c.opt_str();
    e.created_by = c.opt_i64();
    if (out.empty() || out.back().id != id) out.push_back(std::move(e));
    EventLink l;
    l.unit_id = c.i64();
    l.code = c.str();
    l.name = c.str();
    l.role = c.str();
    l.partial = c.flag();
    out.back().links.push_back(std::move(l));
  }
  return out;
}

// The select list of read_events; `link_name` is the SQL for each linked unit's name.
std::string event_select(const char* link_name) {
  return std::string(
             "SELECT e.id, e.ext_id, e.kind, e.effective_date, e.flags, e.source, e.note, "
             "e.provenance, e.created_by, l.unit_id, u.code, ") +
         link_name +
         ", l.role, l.partial FROM unit_events e JOIN unit_event_links l ON l.event_id = e.id JOIN "
         "units u ON u.id = l.unit_id ";
}
// The unit's latest name.
constexpr const char* kLatestName =
    "(SELECT v.name FROM unit_versions v WHERE v.unit_id = l.unit_id ORDER BY v.valid_from DESC "
    "LIMIT 1)";
// The name the unit had around the event: a successor's on the event's day, any other unit's on
// the day before (falling back to the latest name).
constexpr const char* kNameAtEvent =
    "COALESCE((SELECT v.name FROM unit_versions v WHERE v.unit_id = l.unit_id AND (v.valid_from < "
    "e.effective_date OR (l.role = 'successor' AND v.valid_from = e.effective_date)) ORDER BY "
    "v.valid_from DESC LIMIT 1), (SELECT v.name FROM unit_versions v WHERE v.unit_id = l.unit_id "
    "ORDER BY v.valid_from DESC LIMIT 1))";

}  // namespace

Result<std::vector<UnitEvent>> events_for_unit(Db& db, int64_t unit_id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query(event_select(kLatestName) +
                   "WHERE e.id IN (SELECT event_id FROM unit_event_links WHERE unit_id = ?) "
                   "ORDER BY e.effective_date DESC, e.id DESC, l.role, u.code",
               {unit_id}));
  return read_events(rows);
}

Result<std::vector<UnitEvent>> events_between(Db& db, const std::string& after,
                                              const std::string& until) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query(event_select(kNameAtEvent) + "WHERE e.effective_date > ? AND e.effective_date <= ? "
                                            "ORDER BY e.effective_date, e.id, l.role, u.code",
               {after, until}));
  return read_events(rows);
}

Result<std::vector<Succession>> all_successions(Db& db) {
  auto rows = db.query(
      // A split gives each successor a part of the unit: its links are partial by nature.
      "SELECT p.unit_id, s.unit_id, e.effective_date, CASE WHEN e.kind = 'split' THEN 1 ELSE "
      "p.partial END "
      "FROM unit_events e "
      "JOIN unit_event_links p ON p.event_id = e.id AND p.role = 'predecessor' "
      "JOIN unit_event_links s ON s.event_id = e.id AND s.role = 'successor' "
      "ORDER BY e.effective_date");
  if (!rows.ok()) return rows.status();
  std::vector<Succession> out;
  for (size_t i = 0; i < rows->size(); ++i) {
    auto r = (*rows)[i];
    out.push_back({r.i64(0), r.i64(1), r.str(2), r.i64(3) != 0});
  }
  return out;
}

Result<OrgData> load_org_data(Db& db) {
  OrgData d;
  ATGT_ASSIGN_OR_RETURN(d.versions, all_versions(db));
  ATGT_ASSIGN_OR_RETURN(d.successions, all_successions(db));
  ATGT_ASSIGN_OR_RETURN(auto types, list_unit_types(db));
  for (const auto& t : types) d.type_sides[t.code] = t.side;
  return d;
}

Result<int64_t> registry_revision(Db& db) {
  auto r = db.query("SELECT value FROM settings WHERE key = 'registry_revision'");
  if (!r.ok()) return r.status();
  return r->empty() ? int64_t{0} : (*r)[0].i64(0);
}

Status bump_registry_revision(Db& db) {
  return db.run(
      "INSERT INTO settings (key, value) VALUES ('registry_revision', '1') ON CONFLICT (key) DO "
      "UPDATE SET value = CAST(CAST(settings.value AS BIGINT) + 1 AS TEXT)");
}

Result<std::vector<UnitEvent>> events_with_flag(Db& db, const std::string& flag,
                                                std::optional<int64_t> before_id, int limit) {
  std::string sql = "SELECT id FROM unit_events WHERE (';' || flags || ';') LIKE ? ";
  Params p{"%;" + flag + ";%"};
  if (before_id) {
    sql += "AND id < ? ";
    p.push_back(*before_id);
  }
  sql += "ORDER BY id DESC LIMIT ?";
  p.push_back(int64_t{limit});
  ATGT_ASSIGN_OR_RETURN(auto ids, db.query(sql, p));
  std::vector<int64_t> list;
  for (size_t i = 0; i < ids.size(); ++i) list.push_back(ids[i].i64(0));
  Params q;
  std::string in = in_list(list, q);
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(event_select(kNameAtEvent) + "WHERE e.id IN (" + in +
                                                ") ORDER BY e.id DESC, l.role, u.code",
                                            q));
  return read_events(rows);
}

Result<UnitEvent> get_event(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query(event_select(kNameAtEvent) + "WHERE e.id = ? ORDER BY l.role, u.code", {id}));
  auto events = read_events(rows);
  if (events.empty()) return NotFound("Không tìm thấy sự kiện tổ chức.");
  return events.front();
}

Status set_event_source(Db& db, int64_t id, const std::string& flags, const std::string& source) {
  return db.run("UPDATE unit_events SET flags = ?, source = ? WHERE id = ?", {flags, source, id});
}

}  // namespace atgt::store
