// The revision counters that validate each process's caches (migration 0007): every write that
// can change a cached session, token, user or the registry bumps one of them in its own
// transaction (by trigger). Read them before reading the data a cache will hold under them.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "store/db.h"

namespace atgt::store {

struct Revisions {
  int64_t registry = 0;  // settings.registry_revision
  int64_t auth = 0;      // settings.auth_revision
};

// Both counters in one statement (0 for a missing one).
Result<Revisions> read_revisions(Db& db);

}  // namespace atgt::store

namespace atgt::store {

// Tells, without a query, that nothing was committed to a SQLite database since the last look.
// Every commit in WAL mode rewrites the header of the wal-index (the "-shm" file: a change
// counter, the last frame, salts and checksums; https://sqlite.org/walformat.html), so an
// unchanged header means the data, and the revision counters, are unchanged. The watch maps the
// header read-only and keeps a connection of its own open so that the file stays in place.
// Thread-safe; null from open() for PostgreSQL, a database not in WAL mode or an unknown format.
class CommitWatch {
 public:
  using Stamp = std::array<uint32_t, 12>;  // one copy of the 48-byte wal-index header
  static std::unique_ptr<CommitWatch> open(const std::string& url);
  ~CommitWatch();
  // The header now, or nullopt while a writer is changing it (then read the database).
  std::optional<Stamp> stamp() const;

 private:
  CommitWatch() = default;
  std::unique_ptr<Db> keeper_;
  const volatile uint32_t* header_ = nullptr;
  void* map_ = nullptr;
  size_t map_size_ = 0;
};

}  // namespace atgt::store
