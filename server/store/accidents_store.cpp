#include "store/accidents_store.h"

#include <map>

namespace atgt::store {
namespace {

constexpr const char* kSelect =
    "SELECT id, owner_unit_id, occurred_at, local_date, place_unit_id, address, latitude, "
    "longitude, vehicles, cause, description, status, created_at, created_by, updated_at FROM "
    "accidents a ";

model::Accident accident_from(const Row& r) {
  Cursor c(r);
  model::Accident a;
  a.id = c.i64();
  a.owner_unit_id = c.i64();
  a.occurred_at = c.i64();
  a.local_date = c.str();
  a.place_unit_id = c.opt_i64();
  a.address = c.str();
  a.latitude = c.opt_f64();
  a.longitude = c.opt_f64();
  a.vehicles = c.str();
  a.cause = c.str();
  a.description = c.str();
  a.status = c.str();
  a.created_at = c.i64();
  a.created_by = c.opt_i64();
  a.updated_at = c.i64();
  return a;
}

// Fills the persons of `accidents`, in one query.
Status with_persons(Db& db, std::vector<model::Accident>& accidents) {
  if (accidents.empty()) return Status::Ok();
  std::vector<int64_t> ids;
  for (const auto& a : accidents) ids.push_back(a.id);
  Params p;
  std::string in = in_list(ids, p);
  ATGT_ASSIGN_OR_RETURN(
      auto rows, db.query("SELECT id, accident_id, full_name, birth_date, birth_year, student_id, "
                          "school_unit_id, outcome FROM accident_persons WHERE accident_id IN (" +
                              in + ") ORDER BY id",
                          p));
  std::map<int64_t, model::Accident*> by_id;
  for (auto& a : accidents) by_id[a.id] = &a;
  for (size_t i = 0; i < rows.size(); ++i) {
    Cursor c(rows[i]);
    model::AccidentPerson x;
    x.id = c.i64();
    x.accident_id = c.i64();
    x.full_name = c.str();
    x.birth_date = c.opt_str();
    auto y = c.opt_i64();
    if (y) x.birth_year = static_cast<int>(*y);
    x.student_id = c.opt_i64();
    x.school_unit_id = c.opt_i64();
    x.outcome = c.str();
    by_id[x.accident_id]->persons.push_back(std::move(x));
  }
  return Status::Ok();
}

}  // namespace

Result<int64_t> insert_accident(Db& db, const model::Accident& a) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("INSERT INTO accidents (owner_unit_id, occurred_at, local_date, place_unit_id, "
               "address, latitude, longitude, vehicles, cause, description, status, created_at, "
               "created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
               "RETURNING id",
               {a.owner_unit_id, a.occurred_at, a.local_date, opt(a.place_unit_id), a.address,
                opt(a.latitude), opt(a.longitude), a.vehicles, a.cause, a.description, a.status,
                a.created_at, opt(a.created_by), a.updated_at}));
  int64_t id = rows[0].i64(0);
  for (const auto& x : a.persons)
    ATGT_TRY(
        db.run("INSERT INTO accident_persons (accident_id, full_name, birth_date, "
               "birth_year, student_id, school_unit_id, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)",
               {id, x.full_name, opt(x.birth_date),
                x.birth_year ? Value(int64_t{*x.birth_year}) : null_value(), opt(x.student_id),
                opt(x.school_unit_id), x.outcome}));
  return id;
}

Result<model::Accident> get_accident(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(std::string(kSelect) + "WHERE id = ?", {id}));
  if (rows.empty()) return NotFound("Không tìm thấy vụ tai nạn.");
  std::vector<model::Accident> one{accident_from(rows[0])};
  ATGT_TRY(with_persons(db, one));
  return one[0];
}

Result<std::vector<model::Accident>> list_accidents(
    Db& db, const std::optional<std::vector<int64_t>>& units, const std::string& from,
    const std::string& to, int limit) {
  Params p;
  std::string where = "WHERE a.status = 'active'";
  if (!from.empty()) {
    where += " AND a.local_date >= ?";
    p.push_back(Value(from));
  }
  if (!to.empty()) {
    where += " AND a.local_date <= ?";
    p.push_back(Value(to));
  }
  if (units) {
    std::string a1 = in_list(*units, p), a2 = in_list(*units, p), a3 = in_list(*units, p);
    where += " AND (a.owner_unit_id IN (" + a1 + ") OR a.place_unit_id IN (" + a2 +
             ") OR EXISTS (SELECT 1 FROM accident_persons x WHERE x.accident_id = a.id AND "
             "x.school_unit_id IN (" +
             a3 + ")))";
  }
  p.push_back(Value(int64_t{limit}));
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(std::string(kSelect) + where +
                                                " ORDER BY a.occurred_at DESC, a.id DESC "
                                                "LIMIT ?",
                                            p));
  auto out = map_rows(rows, accident_from);
  ATGT_TRY(with_persons(db, out));
  return out;
}

Status set_accident_status(Db& db, int64_t id, const std::string& status, int64_t now) {
  return db.run("UPDATE accidents SET status = ?, updated_at = ? WHERE id = ?", {status, now, id});
}

Result<std::vector<AccidentRecord>> accident_records(Db& db, const std::string& from,
                                                     const std::string& to) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("SELECT COALESCE(x.school_unit_id, a.place_unit_id, a.owner_unit_id), "
               "a.local_date, a.id, SUM(CASE WHEN x.outcome = 'death' THEN 1 ELSE 0 END), "
               "SUM(CASE WHEN x.outcome = 'injury' THEN 1 ELSE 0 END) FROM accidents a JOIN "
               "accident_persons x ON x.accident_id = a.id WHERE a.status = 'active' AND "
               "a.local_date >= ? AND a.local_date <= ? GROUP BY COALESCE(x.school_unit_id, "
               "a.place_unit_id, a.owner_unit_id), a.local_date, a.id ORDER BY a.id",
               {from, to}));
  return map_rows(rows, [](const Row& r) {
    Cursor c(r);
    AccidentRecord a;
    a.unit_id = c.i64();
    a.date = c.str();
    a.accident_id = c.i64();
    a.deaths = c.i64();
    a.injuries = c.i64();
    return a;
  });
}

}  // namespace atgt::store
