// `atgt backup DIR` and `atgt restore DIR`: the database and the files directory
// (ATGT_FILES_DIR), consistent with each other, checked by SHA-256 (DIR/manifest.json).
//
// backup: creates DIR (refused when it exists and is not empty); takes one snapshot of the
//   database (SQLite online backup API into DIR/database.sqlite, or pg_dump -Fc of an exported
//   PostgreSQL snapshot into DIR/database.dump), copies the blobs that the snapshot's `files`
//   table references into DIR/files, writes manifest.json last, then deletes sibling backups
//   (directories next to DIR holding a manifest of this product) older than the retention
//   period of personal data. On failure DIR is removed.
// restore: checks the manifest and every checksum, the schema version (not newer than this
//   binary), the database kind, and that the target database has no data and the target files
//   directory is empty, all before writing anything; creates what does not exist; restores
//   under a temporary name (SQLite file, files directory) or in one transaction (pg_restore),
//   then renames; then applies the retention purge.
// Neither adds rows to either database; both report on `out` and in the log.
#pragma once

#include <cstdio>
#include <string>

#include "base/config.h"
#include "base/status.h"

namespace atgt::app {

Status run_backup(const Config& cfg, const std::string& dir, std::FILE* out);
Status run_restore(const Config& cfg, const std::string& dir, std::FILE* out);

}  // namespace atgt::app
