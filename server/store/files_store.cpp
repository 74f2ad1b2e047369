// SQL for file records.
#include "store/files_store.h"

namespace atgt::store {
namespace {

constexpr const char* kSelect =
    "SELECT f.id, f.sha256, f.size, f.mime, f.name, f.owner_kind, f.owner_id, f.uploaded_by, "
    "COALESCE(u.full_name, ''), f.uploaded_at, f.deleted_at, f.expires_at FROM files f LEFT JOIN "
    "users u ON u.id "
    "= f.uploaded_by ";

FileRecord read(const Row& r) {
  Cursor c(r);
  FileRecord f;
  f.id = c.i64();
  f.sha256 = c.str();
  f.size = c.i64();
  f.mime = c.str();
  f.name = c.str();
  f.owner_kind = c.str();
  f.owner_id = c.i64();
  f.uploaded_by = c.opt_i64();
  f.uploaded_by_name = c.str();
  f.uploaded_at = c.i64();
  f.deleted_at = c.opt_i64();
  f.expires_at = c.opt_i64();
  return f;
}

}  // namespace

Result<int64_t> insert_file(Db& db, const FileRecord& f) {
  return db.scalar_i64(
      "INSERT INTO files (sha256, size, mime, name, owner_kind, owner_id, uploaded_by, "
      "uploaded_at, expires_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {f.sha256, f.size, f.mime, f.name, f.owner_kind, f.owner_id, opt(f.uploaded_by),
       f.uploaded_at, opt(f.expires_at)});
}

Result<FileRecord> get_file(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows, db.query(std::string(kSelect) + "WHERE f.id = ? AND f.deleted_at IS NULL", {id}));
  if (rows.empty()) return NotFound("Không tìm thấy tệp.");
  return read(rows[0]);
}

Result<std::vector<FileRecord>> files_of(Db& db, const std::string& owner_kind, int64_t owner_id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows, db.query(std::string(kSelect) +
                              "WHERE f.owner_kind = ? AND f.owner_id = ? AND f.deleted_at IS NULL "
                              "ORDER BY f.id DESC",
                          {owner_kind, owner_id}));
  return map_rows(rows, read);
}

Status delete_file(Db& db, int64_t id, int64_t now) {
  ATGT_ASSIGN_OR_RETURN(
      int64_t n,
      db.execute("UPDATE files SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", {now, id}));
  return n == 1 ? Status::Ok() : NotFound("Không tìm thấy tệp.");
}

Status move_file(Db& db, int64_t id, const std::string& owner_kind, int64_t owner_id) {
  ATGT_ASSIGN_OR_RETURN(
      int64_t n,
      db.execute(
          "UPDATE files SET owner_kind = ?, owner_id = ? WHERE id = ? AND deleted_at IS NULL",
          {owner_kind, owner_id, id}));
  return n == 1 ? Status::Ok() : NotFound("Không tìm thấy tệp.");
}

Result<int64_t> expire_uploads(Db& db, int64_t before, int64_t now) {
  return db.execute(
      "UPDATE files SET deleted_at = ? WHERE owner_kind = 'upload' AND deleted_at IS NULL AND "
      "uploaded_at < ?",
      {now, before});
}

Result<std::vector<std::string>> live_blobs(Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query("SELECT DISTINCT sha256 FROM files WHERE deleted_at IS NULL"));
  std::vector<std::string> out;
  for (size_t i = 0; i < rows.size(); ++i) out.push_back(rows[i].str(0));
  return out;
}

Result<std::vector<std::string>> file_owner_kinds(Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query("SELECT DISTINCT owner_kind FROM files WHERE deleted_at IS NULL "
                                 "ORDER BY owner_kind"));
  std::vector<std::string> out;
  for (size_t i = 0; i < rows.size(); ++i) out.push_back(rows[i].str(0));
  return out;
}

}  // namespace atgt::store
