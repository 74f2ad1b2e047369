// SQL for the scheduler.
#include "store/scheduler_store.h"

namespace atgt::store {

Status ensure_task(Db& db, const TaskRow& t) {
  return db.run(
      "INSERT INTO scheduler_tasks (name, every_seconds, daily_at, enabled, next_run_at) VALUES "
      "(?, ?, ?, 1, ?) "
      "ON CONFLICT (name) DO UPDATE SET every_seconds = excluded.every_seconds, daily_at = "
      "excluded.daily_at",
      {t.name, opt(t.every_seconds), opt(t.daily_at), t.next_run_at});
}

Result<std::vector<TaskRow>> list_tasks(Db& db) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query(
          "SELECT name, every_seconds, daily_at, enabled, next_run_at, lease_owner, lease_until, "
          "last_run_at, last_status FROM scheduler_tasks ORDER BY name"));
  std::vector<TaskRow> out;
  for (size_t i = 0; i < rows.size(); ++i) {
    auto r = rows[i];
    TaskRow t;
    t.name = r.str(0);
    t.every_seconds = r.opt_i64(1);
    t.daily_at = r.opt_str(2);
    t.enabled = r.i64(3) != 0;
    t.next_run_at = r.i64(4);
    t.lease_owner = r.opt_str(5);
    t.lease_until = r.opt_i64(6);
    t.last_run_at = r.opt_i64(7);
    t.last_status = r.opt_str(8);
    out.push_back(std::move(t));
  }
  return out;
}

Result<bool> take_lease(Db& db, const std::string& name, const std::string& instance, int64_t now,
                        int64_t lease_until) {
  ATGT_ASSIGN_OR_RETURN(int64_t n,
                        db.execute("UPDATE scheduler_tasks SET lease_owner = ?, lease_until = ? "
                                   "WHERE name = ? AND enabled = 1 AND next_run_at <= ? "
                                   "AND (lease_until IS NULL OR lease_until < ?)",
                                   {instance, lease_until, name, now, now}));
  return n == 1;
}

Status release_task(Db& db, const std::string& name, const std::string& instance,
                    int64_t next_run_at, const std::string& status, int64_t now) {
  return db.run(
      "UPDATE scheduler_tasks SET lease_owner = NULL, lease_until = NULL, next_run_at = ?, "
      "last_run_at = ?, "
      "last_status = ? WHERE name = ? AND lease_owner = ?",
      {next_run_at, now, status, name, instance});
}

Result<int64_t> start_run(Db& db, const std::string& task, const std::string& instance,
                          int64_t now) {
  return db.scalar_i64(
      "INSERT INTO scheduler_runs (task, instance, started_at, status) VALUES (?, ?, ?, 'running') "
      "RETURNING id",
      {task, instance, now});
}

Status finish_run(Db& db, int64_t run_id, bool ok, const std::string& summary, int64_t now) {
  auto r =
      db.execute("UPDATE scheduler_runs SET status = ?, summary = ?, finished_at = ? WHERE id = ?",
                 {std::string(ok ? "ok" : "failed"), summary, now, run_id});
  return r.ok() ? Status::Ok() : r.status();
}

Status discard_run(Db& db, int64_t run_id) {
  return db.run("DELETE FROM scheduler_runs WHERE id = ?", {run_id});
}

Result<std::vector<RunRow>> recent_runs(Db& db, const std::optional<std::string>& task, int limit) {
  std::string sql =
      "SELECT id, task, instance, status, started_at, finished_at, summary FROM scheduler_runs ";
  Params p;
  if (task) {
    sql += "WHERE task = ? ";
    p.push_back(*task);
  }
  sql += "ORDER BY id DESC LIMIT ?";
  p.push_back(int64_t{limit});
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(sql, p));
  std::vector<RunRow> out;
  for (size_t i = 0; i < rows.size(); ++i) {
    auto r = rows[i];
    out.push_back({r.i64(0), r.str(1), r.str(2), r.str(3), r.i64(4), r.opt_i64(5), r.opt_str(6)});
  }
  return out;
}

Status make_due(Db& db, const std::string& name, int64_t now) {
  ATGT_ASSIGN_OR_RETURN(
      int64_t n,
      db.execute("UPDATE scheduler_tasks SET next_run_at = ? WHERE name = ?", {now, name}));
  return n == 1 ? Status::Ok() : NotFound("Không có tác vụ định kỳ này.");
}

Status set_task_enabled(Db& db, const std::string& name, bool enabled) {
  ATGT_ASSIGN_OR_RETURN(int64_t n,
                        db.execute("UPDATE scheduler_tasks SET enabled = ? WHERE name = ?",
                                   {int64_t{enabled ? 1 : 0}, name}));
  return n == 1 ? Status::Ok() : NotFound("Không có tác vụ định kỳ này.");
}

}  // namespace atgt::store
