// What backup and restore (app/backup.cpp) need from the databases: a consistent snapshot of
// each kind (SQLite online backup API; a PostgreSQL exported snapshot for pg_dump), row counts,
// the blobs the `files` table references, and pg_dump / pg_restore / CREATE DATABASE for
// PostgreSQL. SQL and driver calls only; the product logic lives in app/backup.cpp.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "store/db.h"

namespace atgt::store {

// The file path of a SQLite URL ("sqlite:PATH" or a bare path); empty for PostgreSQL URLs.
std::string sqlite_path(const std::string& url);
bool is_postgres_url(const std::string& url);

// Copies the live SQLite database `src_path` into the new file `dest_path` with the online
// backup API: one consistent snapshot even while other processes write. The copy is a single
// self-contained file (rollback-journal mode).
Status sqlite_snapshot(const std::string& src_path, const std::string& dest_path);

// Every table of the schema (sorted by name) with its number of rows.
using TableCounts = std::vector<std::pair<std::string, int64_t>>;
Result<TableCounts> table_row_counts(Db& db);

// The distinct blobs the `files` table references (sha256, size), sorted by sha256.
Result<std::vector<std::pair<std::string, int64_t>>> referenced_blobs(Db& db);

// PostgreSQL: opens a REPEATABLE READ, READ ONLY transaction on `db` and exports its snapshot
// for pg_dump --snapshot; every query on `db` until end_snapshot() sees the same data.
Result<std::string> begin_exported_snapshot(Db& db);
Status end_snapshot(Db& db);

// The collation settings of the current PostgreSQL database, so that a restore creates its
// target alike (Vietnamese sorting depends on them).
struct PgLocale {
  std::string provider;  // "icu" or "libc"
  std::string collate, ctype, icu_locale;
};
Result<PgLocale> pg_locale(Db& db);

// pg_dump -Fc of the database at `url` as seen by `snapshot` into the new file `dest`.
Status pg_dump_to(const std::string& url, const std::string& snapshot, const std::string& dest);
// pg_restore of a -Fc dump into the database at `url` in ONE transaction: on any error nothing
// is left behind.
Status pg_restore_from(const std::string& url, const std::string& dump);
// Whether the database named in `url` exists (asked of the server's "postgres" database).
Result<bool> pg_database_exists(const std::string& url);
// Creates the database named in `url` (from template0, with `locale`) when it does not exist.
// Returns true when it was created.
Result<bool> pg_create_database_if_missing(const std::string& url, const PgLocale& locale);

}  // namespace atgt::store
