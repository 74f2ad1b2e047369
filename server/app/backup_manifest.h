// DIR/manifest.json of a backup: what it holds and the SHA-256 of every part, so that a
// restore can check everything before it touches anything. Written last by `atgt backup` (a
// directory without it is an unfinished backup). Pure: no file system access.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "store/backup_store.h"

namespace atgt::app {

inline constexpr const char* kBackupProduct = "atgt-hoc-duong-backup";
inline constexpr int kBackupFormat = 1;

struct BackupFile {
  std::string path;    // "<sha256[0:2]>/<sha256>", relative to DIR/files and ATGT_FILES_DIR
  std::string sha256;  // lower-case hex
  int64_t size = 0;
};

struct Manifest {
  int format = kBackupFormat;
  int64_t created_at_us = 0;  // also written as ISO text (created_at) for people
  int schema_version = 0;     // store::migration_state().current of the snapshot
  std::string database;       // "sqlite" | "postgresql"
  std::string database_file;  // "database.sqlite" | "database.dump"
  std::string database_sha256;
  int64_t database_size = 0;
  store::TableCounts tables;  // rows per table in the snapshot
  std::vector<BackupFile> files;
  store::PgLocale pg_locale;  // postgresql only
};

// The database file name for a kind ("sqlite" -> database.sqlite, else database.dump).
std::string database_file_for(const std::string& kind);

std::string manifest_json(const Manifest& m);

// Parses and checks a manifest: product marker, format, types, known database kind, hex
// digests, file paths of the form <2 hex>/<sha256> matching their digest (so no path can leave
// the backup directory). kInvalid "backup_damaged" with a Vietnamese message otherwise.
Result<Manifest> parse_manifest(std::string_view text);

// created_at_us of a manifest of this product (for deleting old backups); nullopt for anything
// else (another program's manifest, unreadable JSON).
std::optional<int64_t> product_manifest_time(std::string_view text);

}  // namespace atgt::app
