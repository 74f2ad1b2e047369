// SQL for jobs: long work with progress (see jobs/runner.h). A job moves queued -> running ->
// done | failed; a failed job may be put back to queued (retry). Only the runner that claimed a
// job (jobs.runner) may update it: updates name the runner and report 0 rows otherwise.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace atgt::store {

struct JobRecord {
  int64_t id = 0;
  std::string kind;
  std::string status;  // queued | running | done | failed
  int64_t user_id = 0;
  std::optional<int64_t> unit_id;
  std::string params_json = "{}";
  std::optional<int64_t> input_file_id;
  int percent = 0;
  int64_t rows_done = 0;
  std::optional<int64_t> rows_total;
  std::optional<std::string> step;
  std::optional<std::string> result_json;
  std::optional<int64_t> result_file_id;
  std::optional<std::string> error_json;
  int attempts = 0;
  std::optional<std::string> runner;
  std::optional<int64_t> heartbeat_at;
  int64_t created_at = 0;
  std::optional<int64_t> started_at, finished_at;
};

struct JobProgress {
  int percent = 0;
  int64_t rows_done = 0;
  std::optional<int64_t> rows_total;
  std::string step;
};

Result<int64_t> insert_job(Db& db, const JobRecord& j);
Result<JobRecord> get_job(Db& db, int64_t id);
// The user's jobs, newest first.
Result<std::vector<JobRecord>> jobs_of_user(Db& db, int64_t user_id, int limit);
// Takes the oldest queued job for `runner`; nullopt when none is queued (or another runner won).
Result<std::optional<JobRecord>> claim_job(Db& db, const std::string& runner, int64_t now);
// False when the job is no longer running for this runner (failed as stale meanwhile).
Result<bool> update_job_progress(Db& db, int64_t id, const std::string& runner,
                                 const JobProgress& p, int64_t now);
Result<bool> finish_job(Db& db, int64_t id, const std::string& runner, bool ok,
                        const std::optional<std::string>& result_json,
                        std::optional<int64_t> result_file_id,
                        const std::optional<std::string>& error_json, int64_t now);
// Refreshes the heartbeat of every job this runner is running.
Status heartbeat_jobs(Db& db, const std::string& runner, int64_t now);
// Marks failed every running job whose heartbeat is older than `before` (its runner stopped).
Result<int64_t> fail_stale_jobs(Db& db, int64_t before, const std::string& error_json, int64_t now);
// Marks failed the running jobs of this runner (graceful stop).
Result<int64_t> fail_runner_jobs(Db& db, const std::string& runner, const std::string& error_json,
                                 int64_t now);
// The user's jobs that failed since `since` and were not retried.
Result<int64_t> count_failed_jobs(Db& db, int64_t user_id, int64_t since);
// Puts a failed job back in the queue. Conflict when the job is not failed.
Status requeue_job(Db& db, int64_t id);

}  // namespace atgt::store
