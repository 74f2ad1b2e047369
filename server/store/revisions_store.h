// The revision counters that validate each process's caches (migration 0005): every write that
// can change a cached session, token, user or the registry bumps one of them in its own
// transaction (by trigger). Read them before reading the data a cache will hold under them.
#pragma once

#include <cstdint>

#include "store/db.h"

namespace atgt::store {

struct Revisions {
  int64_t registry = 0;  // settings.registry_revision
  int64_t auth = 0;      // settings.auth_revision
};

// Both counters in one statement (0 for a missing one).
Result<Revisions> read_revisions(Db& db);

}  // namespace atgt::store
