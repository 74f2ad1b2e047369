// SQL for the scheduler: task rows (schedule, lease, last run) and the log of runs. A process
// runs a due task only after take_lease() succeeded for it: the UPDATE matches for one process
// only, on SQLite and PostgreSQL alike.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace atgt::store {

struct TaskRow {
  std::string name;
  std::optional<int64_t> every_seconds;
  std::optional<std::string> daily_at;  // "HH:MM" Asia/Ho_Chi_Minh
  bool enabled = true;
  int64_t next_run_at = 0;
  std::optional<std::string> lease_owner;
  std::optional<int64_t> lease_until, last_run_at;
  std::optional<std::string> last_status;
};

struct RunRow {
  int64_t id = 0;
  std::string task, instance, status;
  int64_t started_at = 0;
  std::optional<int64_t> finished_at;
  std::optional<std::string> summary;
};

// Inserts the task when missing (keeps an existing row's schedule state) and updates its
// schedule definition.
Status ensure_task(Db& db, const TaskRow& t);
Result<std::vector<TaskRow>> list_tasks(Db& db);
// True when this instance now holds the lease of a due, enabled task.
Result<bool> take_lease(Db& db, const std::string& name, const std::string& instance, int64_t now,
                        int64_t lease_until);
Status release_task(Db& db, const std::string& name, const std::string& instance,
                    int64_t next_run_at, const std::string& status, int64_t now);
Result<int64_t> start_run(Db& db, const std::string& task, const std::string& instance,
                          int64_t now);
Status finish_run(Db& db, int64_t run_id, bool ok, const std::string& summary, int64_t now);
// Removes the row of a run that found nothing to do (frequent tasks would bury the others).
Status discard_run(Db& db, int64_t run_id);
Result<std::vector<RunRow>> recent_runs(Db& db, const std::optional<std::string>& task, int limit);
// Makes a task due now (an administrator's "run now"). NotFound for an unknown task.
Status make_due(Db& db, const std::string& name, int64_t now);
Status set_task_enabled(Db& db, const std::string& name, bool enabled);

}  // namespace atgt::store
