// SQL for jobs.
#include "store/jobs_store.h"

namespace atgt::store {
namespace {

constexpr const char* kCols =
    "SELECT id, kind, status, user_id, unit_id, params, input_file_id, percent, rows_done, "
    "rows_total, step, result, "
    "result_file_id, error, attempts, runner, heartbeat_at, created_at, started_at, finished_at "
    "FROM jobs ";

JobRecord read(const Row& r) {
  Cursor c(r);
  JobRecord j;
  j.id = c.i64();
  j.kind = c.str();
  j.status = c.str();
  j.user_id = c.i64();
  j.unit_id = c.opt_i64();
  j.params_json = c.str();
  j.input_file_id = c.opt_i64();
  j.percent = static_cast<int>(c.i64());
  j.rows_done = c.i64();
  j.rows_total = c.opt_i64();
  j.step = c.opt_str();
  j.result_json = c.opt_str();
  j.result_file_id = c.opt_i64();
  j.error_json = c.opt_str();
  j.attempts = static_cast<int>(c.i64());
  j.runner = c.opt_str();
  j.heartbeat_at = c.opt_i64();
  j.created_at = c.i64();
  j.started_at = c.opt_i64();
  j.finished_at = c.opt_i64();
  return j;
}

}  // namespace

Result<int64_t> insert_job(Db& db, const JobRecord& j) {
  return db.scalar_i64(
      "INSERT INTO jobs (kind, status, user_id, unit_id, params, input_file_id, created_at) "
      "VALUES (?, 'queued', ?, ?, ?, ?, ?) RETURNING id",
      {j.kind, j.user_id, opt(j.unit_id), j.params_json, opt(j.input_file_id), j.created_at});
}

Result<JobRecord> get_job(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(std::string(kCols) + "WHERE id = ?", {id}));
  if (rows.empty()) return NotFound("Không tìm thấy công việc.");
  return read(rows[0]);
}

Result<std::vector<JobRecord>> jobs_of_user(Db& db, int64_t user_id, int limit) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query(std::string(kCols) + "WHERE user_id = ? ORDER BY id DESC LIMIT ?",
                                 {user_id, int64_t{limit}}));
  return map_rows(rows, read);
}

Result<std::optional<JobRecord>> claim_job(Db& db, const std::string& runner, int64_t now) {
  for (int attempt = 0; attempt < 5; ++attempt) {
    ATGT_ASSIGN_OR_RETURN(
        auto ids, db.query("SELECT id FROM jobs WHERE status = 'queued' ORDER BY id LIMIT 1"));
    if (ids.empty()) return std::optional<JobRecord>();
    int64_t id = ids[0].i64(0);
    ATGT_ASSIGN_OR_RETURN(
        int64_t n,
        db.execute(
            "UPDATE jobs SET status = 'running', runner = ?, heartbeat_at = ?, started_at = ?, "
            "attempts = attempts + 1 WHERE id = ? AND status = 'queued'",
            {runner, now, now, id}));
    if (n == 1) {
      ATGT_ASSIGN_OR_RETURN(JobRecord j, get_job(db, id));
      return std::optional<JobRecord>(std::move(j));
    }
  }
  return std::optional<JobRecord>();
}

Result<bool> update_job_progress(Db& db, int64_t id, const std::string& runner,
                                 const JobProgress& p, int64_t now) {
  ATGT_ASSIGN_OR_RETURN(
      int64_t n,
      db.execute(
          "UPDATE jobs SET percent = ?, rows_done = ?, rows_total = ?, step = ?, heartbeat_at = ? "
          "WHERE id = ? AND runner = ? AND status = 'running'",
          {int64_t{p.percent}, p.rows_done, opt(p.rows_total), p.step, now, id, runner}));
  return n == 1;
}

Result<bool> finish_job(Db& db, int64_t id, const std::string& runner, bool ok,
                        const std::optional<std::string>& result_json,
                        std::optional<int64_t> result_file_id,
                        const std::optional<std::string>& error_json, int64_t now) {
  ATGT_ASSIGN_OR_RETURN(
      int64_t n,
      db.execute("UPDATE jobs SET status = ?, percent = CASE WHEN ? = 1 THEN 100 ELSE percent END, "
                 "result = ?, "
                 "result_file_id = ?, error = ?, finished_at = ?, heartbeat_at = ? "
                 "WHERE id = ? AND runner = ? AND status = 'running'",
                 {std::string(ok ? "done" : "failed"), int64_t{ok ? 1 : 0}, opt(result_json),
                  opt(result_file_id), opt(error_json), now, now, id, runner}));
  return n == 1;
}

Status heartbeat_jobs(Db& db, const std::string& runner, int64_t now) {
  return db.run("UPDATE jobs SET heartbeat_at = ? WHERE runner = ? AND status = 'running'",
                {now, runner});
}

Result<int64_t> fail_stale_jobs(Db& db, int64_t before, const std::string& error_json,
                                int64_t now) {
  return db.execute(
      "UPDATE jobs SET status = 'failed', error = ?, finished_at = ? WHERE status = 'running' AND "
      "heartbeat_at < ?",
      {error_json, now, before});
}

Result<int64_t> fail_runner_jobs(Db& db, const std::string& runner, const std::string& error_json,
                                 int64_t now) {
  return db.execute(
      "UPDATE jobs SET status = 'failed', error = ?, finished_at = ? WHERE status = 'running' AND "
      "runner = ?",
      {error_json, now, runner});
}

Result<int64_t> count_failed_jobs(Db& db, int64_t user_id, int64_t since) {
  return db.scalar_i64(
      "SELECT COUNT(*) FROM jobs WHERE user_id = ? AND status = 'failed' AND finished_at >= ?",
      {user_id, since});
}

Status requeue_job(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(
      int64_t n,
      db.execute(
          "UPDATE jobs SET status = 'queued', percent = 0, rows_done = 0, rows_total = NULL, "
          "step = NULL, result = NULL, result_file_id = NULL, error = NULL, runner = NULL, "
          "heartbeat_at = NULL, started_at = NULL, finished_at = NULL "
          "WHERE id = ? AND status = 'failed'",
          {id}));
  if (n == 0) return Conflict("Chỉ chạy lại được công việc đã thất bại.");
  return Status::Ok();
}

}  // namespace atgt::store
