// What handlers may use: configuration, the connection pool, the password hasher. Built once by
// app/ at start; shared by all worker threads (every member is thread-safe).
#pragma once

#include <memory>
#include <set>
#include <string>
#include <unordered_map>

#include "api/nouns.h"
#include "base/config.h"
#include "domain/org.h"
#include "domain/passwords.h"
#include "files/blob_store.h"
#include "jobs/runner.h"
#include "jobs/scheduler.h"
#include "jobs/violation_loop.h"
#include <mutex>
#include "store/pool.h"
#include "store/revisions_store.h"
#include "store/users_store.h"

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
  // Sessions and API tokens with their user, as last read from the database, valid while
  // settings.auth_revision keeps the value they were read under (api/auth.cpp).
  struct AuthCache {
    std::mutex mu;
    int64_t revision = -1;
    std::unordered_map<std::string, std::shared_ptr<const store::SessionRecord>> sessions;  // by id hash
    using TokenEntry = std::pair<store::TokenRecord, store::UserRecord>;  // the token, its owner
    std::unordered_map<std::string, std::shared_ptr<const TokenEntry>> tokens;  // by token hash
  } auth_cache;
  // The last cache revisions read and, on SQLite, the wal-index header seen just before: while
  // the header is unchanged nothing was committed, and the revisions need no query (api/common.h).
  struct RevisionCache {
    std::once_flag opened;
    std::unique_ptr<store::CommitWatch> watch;  // null on PostgreSQL
    std::mutex mu;
    std::optional<store::CommitWatch::Stamp> stamp;
    store::Revisions revisions;
  } revision_cache;
  // Prebuilt JSON bodies of answers that depend only on the registry and the local date (a unit
  // "as of today"), valid for one registry revision and one date (api/common.h).
  struct ReplyCache {
    std::mutex mu;
    int64_t revision = -1;
    std::string date;
    std::unordered_map<std::string, std::shared_ptr<const std::string>> bodies;  // by key
  } reply_cache;
  // The matching index of the rosters, rebuilt when settings.roster_revision changes.
  jobs::MatchIndexCache match_cache;
};

}  // namespace atgt::api
