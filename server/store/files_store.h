// SQL for file records: one row per attachment of stored bytes (a blob, by SHA-256) to an
// object. Rows are soft-deleted (deleted_at) so that the audit trail keeps what was attached.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace atgt::store {

struct FileRecord {
  int64_t id = 0;
  std::string sha256;
  int64_t size = 0;
  std::string mime;
  std::string name;
  std::string owner_kind;  // upload | unit | job_input | job_result
  int64_t owner_id = 0;
  std::optional<int64_t> uploaded_by;
  std::string uploaded_by_name;  // filled by reads
  int64_t uploaded_at = 0;
  std::optional<int64_t> deleted_at;
  std::optional<int64_t> expires_at;  // soft-deleted by the retention task from then on
};

Result<int64_t> insert_file(Db& db, const FileRecord& f);
// A live (not deleted) file; NotFound otherwise.
Result<FileRecord> get_file(Db& db, int64_t id);
// Live files of an object, newest first.
Result<std::vector<FileRecord>> files_of(Db& db, const std::string& owner_kind, int64_t owner_id);
Status delete_file(Db& db, int64_t id, int64_t now);
// Re-attaches a live file (an upload becoming a job's input). NotFound when not live.
Status move_file(Db& db, int64_t id, const std::string& owner_kind, int64_t owner_id);
// Soft-deletes staged uploads older than `before` that were never attached; returns how many.
Result<int64_t> expire_uploads(Db& db, int64_t before, int64_t now);
// Every SHA-256 a live row references (the collector keeps these blobs).
Result<std::vector<std::string>> live_blobs(Db& db);
// The owner kinds of the files not deleted, sorted (`atgt check` compares them with the
// registered file owners).
Result<std::vector<std::string>> file_owner_kinds(Db& db);

}  // namespace atgt::store
