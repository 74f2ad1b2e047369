// File helpers other handlers use (jobs attach their input; job replies show files).
#pragma once

#include <boost/json.hpp>

#include "api/route.h"
#include "store/db.h"
#include "store/files_store.h"

namespace atgt::api {

// The file as the API shows it to `viewer`; `can_delete` is may_delete_file for that viewer.
boost::json::object file_json(const store::FileRecord& f, const Principal& viewer);
// Who may delete a file: its uploader, or a unit's manager for a unit's document; job files never.
bool may_delete_file(const Principal& p, const store::FileRecord& f);
// NotFound unless the caller may read the file (see files_api.cpp).
Status check_file_access(Ctx& c, store::Db& db, const store::FileRecord& f);
// Stores the streamed request body (query parameter `name`) attached to (owner_kind, owner_id).
Result<store::FileRecord> receive_upload(Ctx& c, store::Db& db, const std::string& owner_kind,
                                         int64_t owner_id);

}  // namespace atgt::api
