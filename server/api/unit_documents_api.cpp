// A unit's documents: files attached to a unit, readable by whoever sees the unit today (the
// file owner "unit"), deleted by their uploader or a holder of kManageUnitFiles.
#include "api/common.h"
#include "api/files_api.h"
#include "api/handlers.h"
#include "api/nouns.h"
#include "base/time.h"
#include "domain/access.h"
#include "store/files_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

// NotFound unless the unit exists and the caller sees it today.
Status check_unit_visible(Ctx& c, store::Db& db, int64_t unit_id) {
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
  if (!org->exists(unit_id)) return NotFound("Không tìm thấy đơn vị.");
  DataRef ref;
  ref.owner_unit = unit_id;
  ref.date = today_local().str();
  if (!can_see(c.me(), *org, ref)) return NotFound("Không tìm thấy đơn vị.");
  return Status::Ok();
}

Status read_unit_document(Ctx& c, store::Db& db, const store::FileRecord& f) {
  return check_unit_visible(c, db, f.owner_id);
}

bool delete_unit_document(const Principal& p, const store::FileRecord& f) {
  return may_delete_unit_document(p, f.uploaded_by.value_or(0));
}

}  // namespace

Status register_unit_documents(Nouns& n) {
  return n.add_file_owner({"unit", read_unit_document, delete_unit_document});
}

Result<Reply> attach_unit_file(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t unit_id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_TRY(check_unit_visible(c, *db, unit_id));
  ATGT_ASSIGN_OR_RETURN(auto f, receive_upload(c, *db, "unit", unit_id));
  return json_reply(json::object{{"file", file_json(c, f)}}, 201);
}

Result<Reply> list_unit_files(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t unit_id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_TRY(check_unit_visible(c, *db, unit_id));
  ATGT_ASSIGN_OR_RETURN(auto list, store::files_of(*db, "unit", unit_id));
  json::array out;
  for (const auto& f : list) out.push_back(file_json(c, f));
  return json_reply(json::object{{"files", std::move(out)}});
}

}  // namespace atgt::api
