// SQL for the audit log.
#include "store/audit_store.h"

namespace atgt::store {

Status append_audit(Db& db, const AuditEntry& e) {
  return db.run(
      "INSERT INTO audit_log (at, user_id, ip, action, entity, entity_id, batch_id, changes) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {e.at, opt(e.user_id), e.ip, e.action, e.entity, opt(e.entity_id), opt(e.batch_id),
       e.changes_json});
}

Result<std::vector<AuditEntry>> list_audit(Db& db, const AuditFilter& f) {
  std::string sql =
      "SELECT a.id, a.at, a.user_id, u.login, a.ip, a.action, a.entity, a.entity_id, a.batch_id, "
      "a.changes FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE 1 = 1 ";
  Params p;
  if (f.entity) {
    sql += "AND a.entity = ? ";
    p.push_back(*f.entity);
  }
  if (f.user_id) {
    sql += "AND a.user_id = ? ";
    p.push_back(*f.user_id);
  }
  if (f.batch_id) {
    sql += "AND a.batch_id = ? ";
    p.push_back(*f.batch_id);
  }
  if (f.from) {
    sql += "AND a.at >= ? ";
    p.push_back(*f.from);
  }
  if (f.to) {
    sql += "AND a.at < ? ";
    p.push_back(*f.to);
  }
  if (f.before_id) {
    sql += "AND a.id < ? ";
    p.push_back(*f.before_id);
  }
  if (f.user_unit_ids) {
    sql += f.include_anonymous ? "AND (a.user_id IS NULL OR u.unit_id IN (" : "AND (u.unit_id IN (";
    sql += in_list(*f.user_unit_ids, p) + ")) ";
  }
  sql += "ORDER BY a.id DESC LIMIT ?";
  p.push_back(int64_t{f.limit});
  auto rows = db.query(sql, p);
  if (!rows.ok()) return rows.status();
  std::vector<AuditEntry> out;
  for (size_t i = 0; i < rows->size(); ++i) {
    auto r = (*rows)[i];
    AuditEntry e;
    e.id = r.i64(0);
    e.at = r.i64(1);
    e.user_id = r.opt_i64(2);
    e.user_login = r.str(3);
    e.ip = r.str(4);
    e.action = r.str(5);
    e.entity = r.str(6);
    e.entity_id = r.opt_str(7);
    e.batch_id = r.opt_str(8);
    e.changes_json = r.str(9);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace atgt::store
