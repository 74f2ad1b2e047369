#include "store/breaches_store.h"

namespace atgt::store {
namespace {

constexpr const char* kSelect =
    "SELECT id, unit_id, detected_at, notify_due_at, description, data_affected, subjects_count, "
    "authority_notified_at, authority_reference, subjects_notified_at, measures, closed_at, "
    "created_at, created_by FROM data_breaches ";

model::DataBreach breach_from(const Row& r) {
  Cursor c(r);
  model::DataBreach b;
  b.id = c.i64();
  b.unit_id = c.i64();
  b.detected_at = c.i64();
  b.notify_due_at = c.i64();
  b.description = c.str();
  b.data_affected = c.str();
  b.subjects_count = c.opt_i64();
  b.authority_notified_at = c.opt_i64();
  b.authority_reference = c.opt_str();
  b.subjects_notified_at = c.opt_i64();
  b.measures = c.str();
  b.closed_at = c.opt_i64();
  b.created_at = c.i64();
  b.created_by = c.opt_i64();
  return b;
}

}  // namespace

Result<int64_t> insert_breach(Db& db, const model::DataBreach& b) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("INSERT INTO data_breaches (unit_id, detected_at, notify_due_at, description, "
               "data_affected, subjects_count, measures, created_at, created_by) VALUES (?, ?, ?, "
               "?, ?, ?, ?, ?, ?) RETURNING id",
               {b.unit_id, b.detected_at, b.notify_due_at, b.description, b.data_affected,
                opt(b.subjects_count), b.measures, b.created_at, opt(b.created_by)}));
  return rows[0].i64(0);
}

Result<model::DataBreach> get_breach(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(std::string(kSelect) + "WHERE id = ?", {id}));
  if (rows.empty()) return NotFound("Không tìm thấy sự cố.");
  return breach_from(rows[0]);
}

Result<std::vector<model::DataBreach>> list_breaches(Db& db, const std::vector<int64_t>& units) {
  Params p;
  std::string in = in_list(units, p);
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(std::string(kSelect) + "WHERE unit_id IN (" + in +
                                                ") ORDER BY detected_at DESC, id DESC LIMIT 500",
                                            p));
  return map_rows(rows, breach_from);
}

Status update_breach(Db& db, const model::DataBreach& b) {
  return db.run(
      "UPDATE data_breaches SET authority_notified_at = ?, authority_reference = ?, "
      "subjects_notified_at = ?, measures = ?, closed_at = ? WHERE id = ?",
      {opt(b.authority_notified_at), opt(b.authority_reference), opt(b.subjects_notified_at),
       b.measures, opt(b.closed_at), b.id});
}

}  // namespace atgt::store
