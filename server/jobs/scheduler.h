// Timed work inside the server (reminders, email delivery, digests, purges, collection). Each
// server process runs a Scheduler; a due task runs in the process that takes its lease in the
// database (store/scheduler_store.h), so with several processes each run happens once. Every
// run is logged in scheduler_runs with its outcome. The task list is jobs/tasks.cpp.
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "base/status.h"
#include "store/pool.h"

namespace atgt::jobs {

struct ScheduledTask {
  std::string name;           // stored in scheduler_tasks.name
  std::string title_vi;       // shown to administrators
  int64_t every_seconds = 0;  // either an interval ...
  std::string daily_at;       // ... or "HH:MM" Asia/Ho_Chi_Minh
  // Returns a one-line summary for the run log; an error marks the run failed.
  std::function<Result<std::string>(store::Db&, int64_t now)> run;
};

// The first run time after `now` (microseconds, UTC) for a task's schedule.
int64_t next_run_after(const ScheduledTask& t, int64_t now);

struct SchedulerOptions {
  int64_t tick_millis = 1000;
  int64_t lease_micros = 10LL * 60 * 1'000'000;  // a run longer than this may be taken over
};

class Scheduler {
 public:
  Scheduler(store::Pool& pool, std::string instance, std::vector<ScheduledTask> tasks,
            SchedulerOptions opt = {});
  ~Scheduler();
  void start();
  void stop();
  const std::vector<ScheduledTask>& tasks() const { return tasks_; }

 private:
  void loop();
  void tick(store::Db& db);

  store::Pool& pool_;
  std::string instance_;
  std::vector<ScheduledTask> tasks_;
  SchedulerOptions opt_;
  std::atomic<bool> stopping_{false};
  std::mutex mu_;
  std::condition_variable cv_;
  std::thread thread_;
  bool ensured_ = false;
};

}  // namespace atgt::jobs
