// Numbered, append-only schema migrations embedded in the binary (server/migrations/NNNN_*.sql).
// Each migration runs in its own transaction and is recorded in schema_migrations. On
// PostgreSQL an advisory lock serialises concurrent migrators.
#pragma once

#include <string>
#include <string_view>

#include "store/db.h"

namespace atgt::store {

struct MigrationState {
  int current = 0;  // highest applied version (0 = none)
  int latest = 0;   // highest version embedded in this binary
};

// Replaces the dialect macros (@PK@, @REAL@) for the given database.
std::string apply_dialect(std::string_view sql, Dialect d);

// Applies every pending migration; returns how many were applied. A database whose version is
// newer than this binary's is refused (kConflict).
Result<int> migrate(Db& db);

Result<MigrationState> migration_state(Db& db);

// The highest migration version embedded in this binary.
int embedded_schema_version();

}  // namespace atgt::store
