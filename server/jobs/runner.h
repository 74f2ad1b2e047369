// Runs jobs (long work with progress) inside the server. Every server process has one Runner
// with its own id; it claims queued jobs from the database (store/jobs_store.h), so several
// processes share one queue and each job runs once. While a job runs, a heartbeat is written
// every 2 s; a running job whose heartbeat is older than the stale limit (its process was killed)
// is marked failed by any runner. On stop() the running job is asked to stop and is marked
// failed ("interrupted"); it can be retried. Job kinds are listed in jobs/kinds.cpp.
#pragma once

#include <atomic>
#include <boost/json.hpp>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "base/status.h"
#include "domain/passwords.h"
#include "files/blob_store.h"
#include "store/files_store.h"
#include "store/jobs_store.h"
#include "store/pool.h"

namespace atgt::jobs {

// What a job produces: a summary shown to the user and optionally a result file.
struct Outcome {
  boost::json::object summary;
  struct File {
    std::string bytes, name, mime;
    // Kept at most this long (microseconds), then removed by the retention task.
    std::optional<int64_t> keep_micros;
  };
  std::optional<File> file;
};

// Given to a job function. Not thread-safe; used by the job's thread only.
class Context {
 public:
  Context(store::Db& db, const store::JobRecord& job, const std::string& runner,
          const files::BlobStore& blobs, PasswordHasher& hasher, const PasswordPolicy& policy,
          const std::atomic<bool>& stopping)
      : db_(db),
        job_(job),
        runner_(runner),
        blobs_(blobs),
        hasher_(hasher),
        policy_(policy),
        stopping_(stopping) {}

  store::Db& db() { return db_; }
  const store::JobRecord& job() const { return job_; }
  const files::BlobStore& blobs() const { return blobs_; }
  PasswordHasher& hasher() { return hasher_; }
  const PasswordPolicy& policy() const { return policy_; }
  // Records progress (written at most ~4 times a second, and always for a new step). Returns
  // kUnavailable "interrupted" when the server is stopping or the job was taken away: the job
  // must return that status at once, leaving nothing half-applied.
  Status progress(int percent, int64_t rows_done, std::optional<int64_t> rows_total,
                  const std::string& step);
  bool stopping() const { return stopping_.load(); }

 private:
  store::Db& db_;
  const store::JobRecord& job_;
  const std::string& runner_;
  const files::BlobStore& blobs_;
  PasswordHasher& hasher_;
  const PasswordPolicy& policy_;
  const std::atomic<bool>& stopping_;
  int64_t last_write_ = 0;
  std::string last_step_;
};

using JobFn = std::function<Result<Outcome>(Context&)>;

struct JobKind {
  const char* name;      // stored in jobs.kind
  const char* title_vi;  // shown in the jobs list
  JobFn run;
};
const std::vector<JobKind>& kinds();
const JobKind* find_kind(const std::string& name);

Status interrupted();

struct RunnerOptions {
  int threads = 1;
  std::string public_url;  // for the links in job notifications
  int64_t stale_after_micros = 15'000'000;
};

class Runner {
 public:
  Runner(store::Pool& pool, const files::BlobStore& blobs, PasswordHasher& hasher,
         const PasswordPolicy& policy, RunnerOptions opt = {});
  ~Runner();
  void start();
  // Wakes a runner thread at once (a job was queued by this process).
  void notify();
  // Stops claiming, interrupts the running jobs, marks them failed and joins the threads.
  void stop();
  const std::string& id() const { return id_; }

 private:
  void loop();
  void heartbeat_loop();
  void run_one(store::Db& db, const store::JobRecord& job);
  void tell_owner(store::Db& db, const store::JobRecord& job, bool ok, const std::string& message);

  store::Pool& pool_;
  const files::BlobStore& blobs_;
  PasswordHasher& hasher_;
  const PasswordPolicy& policy_;
  RunnerOptions opt_;
  std::string id_;
  std::atomic<bool> stopping_{false};
  std::mutex mu_;
  std::condition_variable cv_;
  bool wake_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace atgt::jobs
