// The scheduler (see scheduler.h).
#include "jobs/scheduler.h"

#include "base/log.h"
#include "base/time.h"
#include "store/scheduler_store.h"

namespace atgt::jobs {

int64_t next_run_after(const ScheduledTask& t, int64_t now) {
  if (t.every_seconds > 0) return now + t.every_seconds * kMicrosPerSecond;
  int hh = std::stoi(t.daily_at.substr(0, 2)), mm = std::stoi(t.daily_at.substr(3, 2));
  int64_t day = 86400 * kMicrosPerSecond;
  int64_t local = now + kVietnamOffsetSeconds * kMicrosPerSecond;
  int64_t local_midnight = local - (local % day);
  int64_t at = local_midnight + (hh * 3600 + mm * 60) * kMicrosPerSecond -
               kVietnamOffsetSeconds * kMicrosPerSecond;
  while (at <= now) at += day;
  return at;
}

Scheduler::Scheduler(store::Pool& pool, std::string instance, std::vector<ScheduledTask> tasks,
                     SchedulerOptions opt)
    : pool_(pool), instance_(std::move(instance)), tasks_(std::move(tasks)), opt_(opt) {}

Scheduler::~Scheduler() {
  stop();
}

void Scheduler::start() {
  thread_ = std::thread([this] { loop(); });
}

void Scheduler::stop() {
  if (!thread_.joinable()) return;
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void Scheduler::loop() {
  while (!stopping_) {
    {
      auto db = pool_.acquire(std::chrono::seconds(2));
      if (db.ok()) tick(**db);
    }
    std::unique_lock lock(mu_);
    cv_.wait_for(lock, std::chrono::milliseconds(opt_.tick_millis),
                 [this] { return stopping_.load(); });
  }
}

void Scheduler::tick(store::Db& db) {
  int64_t now = now_micros();
  if (!ensured_) {
    bool ok = true;
    for (const auto& t : tasks_) {
      store::TaskRow row;
      row.name = t.name;
      if (t.every_seconds > 0)
        row.every_seconds = t.every_seconds;
      else
        row.daily_at = t.daily_at;
      // A new interval task first runs one interval after start; a daily one at its time.
      row.next_run_at = next_run_after(t, now);
      ok = ok && store::ensure_task(db, row).ok();
    }
    ensured_ = ok;
  }
  for (const auto& t : tasks_) {
    if (stopping_) return;
    now = now_micros();
    auto won = store::take_lease(db, t.name, instance_, now, now + opt_.lease_micros);
    if (!won.ok() || !*won) continue;
    auto run_id = store::start_run(db, t.name, instance_, now);
    Result<std::string> out = std::string();
    try {
      out = t.run(db, now);
    } catch (const std::exception& e) {
      out = Internal(std::string("task exception: ") + e.what());
    }
    int64_t end = now_micros();
    std::string summary = out.ok() ? *out : out.status().message();
    // A task that found nothing to do answers "" and leaves no run row (the task row still
    // records when it last ran).
    if (run_id.ok()) {
      if (out.ok() && summary.empty())
        (void)store::discard_run(db, *run_id);
      else
        (void)store::finish_run(db, *run_id, out.ok(), summary, end);
    }
    (void)store::release_task(db, t.name, instance_, next_run_after(t, end),
                              out.ok() ? "ok" : "failed", end);
    if (!out.ok())
      log::warn("task_failed", {{"task", t.name}, {"error", summary}});
    else
      log::debug("task_ran", {{"task", t.name}, {"summary", summary}});
  }
}

}  // namespace atgt::jobs
