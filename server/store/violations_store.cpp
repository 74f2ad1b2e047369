// SQL for traffic stops, violation records and their summaries.
#include "store/violations_store.h"

namespace atgt::store {
namespace {

constexpr const char* kStopSelect =
    "SELECT id, owner_unit_id, occurred_at, local_date, place_unit_id, address, latitude, "
    "longitude, officer_name, created_at, created_by FROM traffic_stops ";
constexpr const char* kViolationSelect =
    "SELECT id, stop_id, owner_unit_id, role, full_name, birth_date, birth_year, sex, "
    "personal_id, school_stated, person_address, vehicle_kind, plate, code_id, sanction, "
    "fine_amount, impounded, report_number, decision_number, status, version, local_date, "
    "year_month, age_years, age_band, behaviour, legal_code, place_unit_id, source_system, "
    "external_id, batch_id, created_at, created_by, updated_at, updated_by, purged_at FROM "
    "violations ";

model::TrafficStop stop_from(const Row& r) {
  Cursor c(r);
  model::TrafficStop s;
  s.id = c.i64();
  s.owner_unit_id = c.i64();
  s.occurred_at = c.i64();
  s.local_date = c.str();
  s.place_unit_id = c.opt_i64();
  s.address = c.str();
  s.latitude = c.opt_f64();
  s.longitude = c.opt_f64();
  s.officer_name = c.str();
  s.created_at = c.i64();
  s.created_by = c.opt_i64();
  return s;
}

std::optional<int> opt_int(Cursor& c) {
  auto v = c.opt_i64();
  return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
}

model::ViolationRecord violation_from(const Row& r) {
  Cursor c(r);
  model::ViolationRecord v;
  v.id = c.i64();
  v.stop_id = c.i64();
  v.owner_unit_id = c.i64();
  v.role = c.str();
  v.full_name = c.str();
  v.birth_date = c.opt_str();
  v.birth_year = opt_int(c);
  v.sex = c.opt_str();
  v.personal_id = c.opt_str();
  v.school_stated = c.opt_str();
  v.person_address = c.opt_str();
  v.vehicle_kind = c.opt_str();
  v.plate = c.opt_str();
  v.code_id = c.opt_i64();
  v.sanction = c.str();
  v.fine_amount = c.opt_i64();
  v.impounded = c.flag();
  v.report_number = c.opt_str();
  v.decision_number = c.opt_str();
  v.status = c.str();
  v.version = static_cast<int>(c.i64());
  v.local_date = c.str();
  v.year_month = c.str();
  v.age_years = opt_int(c);
  v.age_band = c.str();
  v.behaviour = c.opt_str();
  v.legal_code = c.opt_str();
  v.place_unit_id = c.opt_i64();
  v.source_system = c.opt_str();
  v.external_id = c.opt_str();
  v.batch_id = c.opt_str();
  v.created_at = c.i64();
  v.created_by = c.opt_i64();
  v.updated_at = c.i64();
  v.updated_by = c.opt_i64();
  v.purged_at = c.opt_i64();
  return v;
}

Result<std::vector<model::ViolationRecord>> violations(Db& db, const std::string& sql,
                                                       const Params& p) {
  auto rows = db.query(sql, p);
  if (!rows.ok()) return rows.status();
  std::vector<model::ViolationRecord> out;
  out.reserve(rows->size());
  for (size_t i = 0; i < rows->size(); ++i) out.push_back(violation_from((*rows)[i]));
  return out;
}

Value opt_int_value(const std::optional<int>& v) {
  return v ? Value(static_cast<int64_t>(*v)) : null_value();
}

// `before`, then the person and offence columns both writes set in this order (role …
// decision_number, status, version), then `after`.
Params with_person(const model::ViolationRecord& v, Params before, const Params& after) {
  Params p = std::move(before);
  for (Value x :
       {Value(v.role), Value(v.full_name), opt(v.birth_date), opt_int_value(v.birth_year),
        opt(v.sex), opt(v.personal_id), opt(v.school_stated), opt(v.person_address),
        opt(v.vehicle_kind), opt(v.plate), opt(v.code_id), Value(v.sanction), opt(v.fine_amount),
        Value(static_cast<int64_t>(v.impounded ? 1 : 0)), opt(v.report_number),
        opt(v.decision_number), Value(v.status), Value(static_cast<int64_t>(v.version))})
    p.push_back(std::move(x));
  p.insert(p.end(), after.begin(), after.end());
  return p;
}

// Adds `delta` records to the summary row of the record's owner, day and filter fields.
Status add_to_daily(Db& db, const model::ViolationRecord& v, int64_t delta) {
  return db.run(
      "INSERT INTO violation_daily (owner_unit_id, day, place_unit_id, legal_code, behaviour, "
      "age_band, records) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (owner_unit_id, day, "
      "place_unit_id, legal_code, behaviour, age_band) DO UPDATE SET records = "
      "violation_daily.records + excluded.records",
      {v.owner_unit_id, v.local_date, v.place_unit_id.value_or(0), v.legal_code.value_or(""),
       v.behaviour.value_or(""), v.age_band, delta});
}

}  // namespace

Result<int64_t> insert_stop(Db& db, const model::TrafficStop& s) {
  auto rows = db.query(
      "INSERT INTO traffic_stops (owner_unit_id, occurred_at, local_date, place_unit_id, address, "
      "latitude, longitude, officer_name, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?) RETURNING id",
      {s.owner_unit_id, s.occurred_at, s.local_date, opt(s.place_unit_id), s.address,
       opt(s.latitude), opt(s.longitude), s.officer_name, s.created_at, opt(s.created_by)});
  if (!rows.ok()) return rows.status();
  return (*rows)[0].i64(0);
}

Result<model::TrafficStop> get_stop(Db& db, int64_t id) {
  auto rows = db.query(std::string(kStopSelect) + "WHERE id = ?", {id});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return NotFound("Không tìm thấy lần kiểm tra.");
  return stop_from((*rows)[0]);
}

Result<int64_t> insert_violation(Db& db, const model::ViolationRecord& v) {
  auto rows = db.query(
      "INSERT INTO violations (stop_id, owner_unit_id, role, full_name, birth_date, birth_year, "
      "sex, personal_id, school_stated, person_address, vehicle_kind, plate, code_id, sanction, "
      "fine_amount, impounded, report_number, decision_number, status, version, local_date, "
      "year_month, age_years, age_band, behaviour, legal_code, place_unit_id, source_system, "
      "external_id, batch_id, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id",
      with_person(
          v, {v.stop_id, v.owner_unit_id},
          {v.local_date, v.year_month, opt_int_value(v.age_years), v.age_band, opt(v.behaviour),
           opt(v.legal_code), opt(v.place_unit_id), opt(v.source_system), opt(v.external_id),
           opt(v.batch_id), v.created_at, opt(v.created_by), v.updated_at, opt(v.updated_by)}));
  if (!rows.ok()) return rows.status();
  int64_t id = (*rows)[0].i64(0);
  if (v.status == "active") ATGT_TRY(add_to_daily(db, v, 1));
  return id;
}

Status replace_violation(Db& db, const model::ViolationRecord& old, const model::ViolationRecord& v,
                         const std::string& old_state, const std::optional<std::string>& reason) {
  ATGT_TRY(
      db.run("INSERT INTO violation_versions (violation_id, version, state, reason, changed_at, "
             "changed_by) VALUES (?, ?, ?, ?, ?, ?)",
             {old.id, static_cast<int64_t>(old.version), old_state, opt(reason), v.updated_at,
              opt(v.updated_by)}));
  auto n = db.execute(
      "UPDATE violations SET role = ?, full_name = ?, birth_date = ?, birth_year = ?, sex = ?, "
      "personal_id = ?, school_stated = ?, person_address = ?, vehicle_kind = ?, plate = ?, "
      "code_id = ?, sanction = ?, fine_amount = ?, impounded = ?, report_number = ?, "
      "decision_number = ?, status = ?, version = ?, age_years = ?, age_band = ?, behaviour = ?, "
      "legal_code = ?, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?",
      with_person(v, {},
                  {opt_int_value(v.age_years), v.age_band, opt(v.behaviour), opt(v.legal_code),
                   v.updated_at, opt(v.updated_by), old.id, static_cast<int64_t>(old.version)}));
  if (!n.ok()) return n.status();
  if (*n == 0) return Conflict("Bản ghi vừa được người khác sửa; tải lại rồi sửa lại.");
  if (old.status == "active") ATGT_TRY(add_to_daily(db, old, -1));
  if (v.status == "active") ATGT_TRY(add_to_daily(db, v, 1));
  return Status::Ok();
}

Result<std::vector<ViolationVersion>> list_violation_versions(Db& db, int64_t violation_id) {
  auto rows = db.query(
      "SELECT version, state, reason, changed_at, changed_by FROM violation_versions WHERE "
      "violation_id = ? ORDER BY version",
      {violation_id});
  if (!rows.ok()) return rows.status();
  std::vector<ViolationVersion> out;
  for (size_t i = 0; i < rows->size(); ++i) {
    Cursor c((*rows)[i]);
    ViolationVersion w;
    w.version = static_cast<int>(c.i64());
    w.state = c.str();
    w.reason = c.opt_str();
    w.changed_at = c.i64();
    w.changed_by = c.opt_i64();
    out.push_back(std::move(w));
  }
  return out;
}

Result<model::ViolationRecord> get_violation(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        violations(db, std::string(kViolationSelect) + "WHERE id = ?", {id}));
  if (rows.empty()) return NotFound("Không tìm thấy bản ghi vi phạm.");
  return rows[0];
}

Result<std::optional<int64_t>> find_external_violation(Db& db, const std::string& source_system,
                                                       const std::string& external_id) {
  auto rows = db.query("SELECT id FROM violations WHERE source_system = ? AND external_id = ?",
                       {source_system, external_id});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<int64_t>();
  return std::optional<int64_t>((*rows)[0].i64(0));
}

Result<std::vector<model::ViolationRecord>> list_violations(Db& db,
                                                            const std::vector<int64_t>& owners,
                                                            const std::string& from,
                                                            const std::string& to, int limit,
                                                            std::optional<int64_t> before) {
  Params p;
  std::string sql =
      std::string(kViolationSelect) + "WHERE owner_unit_id IN (" + in_list(owners, p) + ") ";
  if (!from.empty()) {
    sql += "AND local_date >= ? ";
    p.push_back(from);
  }
  if (!to.empty()) {
    sql += "AND local_date <= ? ";
    p.push_back(to);
  }
  if (before) {
    sql += "AND id < ? ";
    p.push_back(*before);
  }
  sql += "ORDER BY id DESC LIMIT ?";
  p.push_back(static_cast<int64_t>(limit));
  return violations(db, sql, p);
}

Result<std::vector<model::ViolationRecord>> stop_violations(Db& db, int64_t stop_id) {
  return violations(db, std::string(kViolationSelect) + "WHERE stop_id = ? ORDER BY id", {stop_id});
}

Status log_violation_views(Db& db, const std::vector<int64_t>& ids, std::optional<int64_t> user,
                           int64_t at, const std::string& context) {
  // Multi-row inserts of at most 200 rows (4 parameters each).
  for (size_t i = 0; i < ids.size(); i += 200) {
    Params p;
    std::string sql =
        "INSERT INTO violation_views (violation_id, user_id, viewed_at, context) VALUES ";
    for (size_t j = i; j < ids.size() && j < i + 200; ++j) {
      sql += j == i ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)";
      p.push_back(ids[j]);
      p.push_back(opt(user));
      p.push_back(at);
      p.push_back(context);
    }
    ATGT_TRY(db.run(sql, p));
  }
  return Status::Ok();
}

Result<int64_t> count_violation_views(Db& db, int64_t violation_id) {
  return db.scalar_i64("SELECT COUNT(*) FROM violation_views WHERE violation_id = ?",
                       {violation_id});
}

Result<std::vector<ViolationView>> list_violation_views(Db& db, int64_t violation_id) {
  auto rows = db.query(
      "SELECT v.user_id, COALESCE(u.login, ''), COALESCE(u.full_name, ''), v.viewed_at, "
      "v.context FROM violation_views v LEFT JOIN users u ON u.id = v.user_id WHERE "
      "v.violation_id = ? ORDER BY v.id DESC",
      {violation_id});
  if (!rows.ok()) return rows.status();
  std::vector<ViolationView> out;
  for (size_t i = 0; i < rows->size(); ++i) {
    Cursor c((*rows)[i]);
    ViolationView w;
    w.user_id = c.opt_i64();
    w.login = c.str();
    w.full_name = c.str();
    w.viewed_at = c.i64();
    w.context = c.str();
    out.push_back(std::move(w));
  }
  return out;
}

Result<std::vector<ViolationDailyRow>> list_violation_daily(Db& db,
                                                            const std::vector<int64_t>& owners,
                                                            const std::string& from,
                                                            const std::string& to) {
  Params p;
  std::string sql =
      "SELECT owner_unit_id, day, place_unit_id, legal_code, behaviour, age_band, records FROM "
      "violation_daily WHERE owner_unit_id IN (" +
      in_list(owners, p) + ") AND day >= ? AND day <= ? ORDER BY day, legal_code";
  p.push_back(from);
  p.push_back(to);
  auto rows = db.query(sql, p);
  if (!rows.ok()) return rows.status();
  std::vector<ViolationDailyRow> out;
  for (size_t i = 0; i < rows->size(); ++i) {
    Cursor c((*rows)[i]);
    ViolationDailyRow d;
    d.owner_unit_id = c.i64();
    d.day = c.str();
    d.place_unit_id = c.i64();
    d.legal_code = c.str();
    d.behaviour = c.str();
    d.age_band = c.str();
    d.records = c.i64();
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace atgt::store
