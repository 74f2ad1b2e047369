// Files: uploads streamed to disk and sniffed (files/file_type.h), stored once per content
// (files/blob_store.h), attached to an object. A file is readable by whoever may see the object
// it is attached to: a unit's documents by the users who see that unit; a staged upload by its
// uploader; a job's input and result by the job's owner.
#include "api/files_api.h"

#include "api/common.h"
#include "api/handlers.h"
#include "api/nouns.h"
#include "api/services.h"
#include "base/time.h"
#include "domain/access.h"
#include "files/file_type.h"
#include "store/files_store.h"
#include "store/jobs_store.h"
#include "store/pool.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

Status read_own_upload(Ctx& c, store::Db&, const store::FileRecord& f) {
  return f.uploaded_by == c.me().user_id ? Status::Ok() : NotFound();
}

bool delete_own_upload(const Principal& p, const store::FileRecord& f) {
  return may_delete_upload(p, f.uploaded_by.value_or(0));
}

}  // namespace

Status register_uploads(Nouns& n) {
  return n.add_file_owner({"upload", read_own_upload, delete_own_upload});
}

bool may_delete_file(const Nouns& nouns, const Principal& p, const store::FileRecord& f) {
  const FileOwner* owner = nouns.file_owner(f.owner_kind);
  return owner && owner->can_delete(p, f);
}

json::object file_json(Ctx& c, const store::FileRecord& f) {
  return json::object{{"id", f.id},
                      {"name", f.name},
                      {"size", f.size},
                      {"mime", f.mime},
                      {"uploaded_at", iso_utc(f.uploaded_at)},
                      {"uploaded_by", f.uploaded_by_name},
                      {"download_url", "/api/v1/files/" + std::to_string(f.id)},
                      {"can_delete", may_delete_file(c.svc.nouns, c.me(), f)}};
}

Status check_file_access(Ctx& c, store::Db& db, const store::FileRecord& f) {
  Status hidden = NotFound("Không tìm thấy tệp.");
  const FileOwner* owner = c.svc.nouns.file_owner(f.owner_kind);
  if (!owner) return hidden;  // `atgt check` reports files of unregistered owners
  Status st = owner->can_read(c, db, f);
  if (st.ok()) return st;
  return st.kind() == Kind::kNotFound || st.kind() == Kind::kForbidden ? hidden : st;
}

Result<store::FileRecord> receive_upload(Ctx& c, store::Db& db, const std::string& owner_kind,
                                         int64_t owner_id) {
  const std::string* name = c.query("name");
  if (!name || name->empty()) return Invalid().with_field("name", "Thiếu tên tệp.");
  if (name->size() > 600) return Invalid().with_field("name", "Tên tệp quá dài.");
  std::string display = files::safe_file_name(*name);
  ATGT_ASSIGN_OR_RETURN(files::FileType type, files::identify(c.req.body_file, display));
  ATGT_ASSIGN_OR_RETURN(files::BlobInfo blob, c.svc.blobs->adopt(c.req.body_file));
  store::FileRecord f;
  f.sha256 = blob.sha256;
  f.size = static_cast<int64_t>(blob.size);
  f.mime = type.mime;
  f.name = display;
  f.owner_kind = owner_kind;
  f.owner_id = owner_id;
  f.uploaded_by = c.me().user_id;
  f.uploaded_at = now_micros();
  store::Tx tx(db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(f.id, store::insert_file(db, f));
  ATGT_TRY(audit(c, db, "upload", "file", std::to_string(f.id),
                 json::object{{"name", f.name},
                              {"size", f.size},
                              {"sha256", f.sha256},
                              {"owner", owner_kind + ":" + std::to_string(owner_id)}}));
  ATGT_TRY(tx.commit());
  return store::get_file(db, f.id);
}

Result<Reply> upload_file(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto f, receive_upload(c, *db, "upload", c.me().user_id));
  return json_reply(json::object{{"file", file_json(c, f)}}, 201);
}

Result<Reply> download_file(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto f, store::get_file(*db, id));
  ATGT_TRY(check_file_access(c, *db, f));
  auto path = c.svc.blobs->path_of(f.sha256);
  if (!path.ok()) {
    if (path.status().kind() == Kind::kNotFound)
      return Status(Kind::kNotFound, "file_missing",
                    "Nội dung tệp không còn trên máy chủ. Hãy báo quản trị viên.");
    return path.status();
  }
  const FileOwner* owner = c.svc.nouns.file_owner(f.owner_kind);
  if (owner && owner->audit_owner_field)
    ATGT_TRY(audit(c, *db, "download", "file", std::to_string(f.id),
                   {{"name", f.name}, {owner->audit_owner_field, f.owner_id}}));
  Reply r;
  r.body_file = *path;
  r.headers = {{"Content-Type", f.mime},
               {"Content-Disposition", files::content_disposition(f.name)},
               {"X-Content-Type-Options", "nosniff"},
               {"Cache-Control", "private, no-store"},
               {"Content-Security-Policy", "sandbox"}};
  return r;
}

Result<Reply> delete_file(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto f, store::get_file(*db, id));
  ATGT_TRY(check_file_access(c, *db, f));
  if (!may_delete_file(c.svc.nouns, c.me(), f))
    return Forbidden("Chỉ người tải lên hoặc lãnh đạo đơn vị được xóa tệp này.");
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::delete_file(*db, id, now_micros()));
  ATGT_TRY(audit(c, *db, "delete", "file", std::to_string(id), json::object{{"name", f.name}}));
  ATGT_TRY(tx.commit());
  Reply r;
  r.status = 204;
  return r;
}

}  // namespace atgt::api
