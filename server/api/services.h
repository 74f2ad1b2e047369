// What handlers may use: configuration, the connection pool, the password hasher. Built once by
// app/ at start; shared by all worker threads (every member is thread-safe).
#pragma once

#include <memory>
#include <set>
#include <string>

#include "api/nouns.h"
#include "base/config.h"
#include "domain/org.h"
#include "domain/passwords.h"
#include "files/blob_store.h"
#include "jobs/runner.h"
#include "jobs/scheduler.h"
#include <mutex>
#include "store/pool.h"

namespace atgt::api {

struct Services {
  Config config;
  std::unique_ptr<store::Pool> pool;
  std::unique_ptr<PasswordHasher> hasher;
  PasswordPolicy policy;
  std::unique_ptr<files::BlobStore> blobs;  // ATGT_FILES_DIR
  std::unique_ptr<jobs::Runner> jobs;       // null in commands that do not serve
  std::unique_ptr<jobs::Scheduler> scheduler;  // null in commands that do not serve
  Nouns nouns;  // file owners and home items of every noun (app/nouns.cpp)
  // The organisation index of this database, rebuilt when the registry revision changes.
  struct OrgCache {
    std::mutex mu;
    std::shared_ptr<const OrgIndex> index;
    int64_t revision = -1;
  } org_cache;
};

}  // namespace atgt::api
