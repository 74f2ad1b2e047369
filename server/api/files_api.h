// File helpers other handlers use (jobs attach their input; job replies show files).
#pragma once

#include <boost/json.hpp>

#include "api/route.h"
#include "store/db.h"
#include "store/files_store.h"

namespace atgt::api {

class Nouns;
// The file as the API shows it to the caller; `can_delete` is may_delete_file for the caller.
boost::json::object file_json(Ctx& c, const store::FileRecord& f);
// Whether `p` may delete the file: its owner kind's registration decides (api/nouns.h); false
// for a kind nobody registered.
bool may_delete_file(const Nouns& nouns, const Principal& p, const store::FileRecord& f);
// NotFound unless the caller may read the file: its owner kind's registration decides.
Status check_file_access(Ctx& c, store::Db& db, const store::FileRecord& f);
// Stores the streamed request body (query parameter `name`) attached to (owner_kind, owner_id).
Result<store::FileRecord> receive_upload(Ctx& c, store::Db& db, const std::string& owner_kind,
                                         int64_t owner_id);

}  // namespace atgt::api
