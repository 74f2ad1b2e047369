// SQL for parents' requests about their child's personal data and their kinds (migration 0016).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/privacy.h"
#include "store/db.h"

namespace atgt::store {

Result<int64_t> count_request_kinds(Db& db);
Status upsert_request_kind(Db& db, const model::PrivacyRequestKind& k);
Result<std::vector<model::PrivacyRequestKind>> list_request_kinds(Db& db);

Result<int64_t> insert_privacy_request(Db& db, const model::PrivacyRequest& r);
// kNotFound when the id has no row.
Result<model::PrivacyRequest> get_privacy_request(Db& db, int64_t id);
// Requests of the units, newest first.
Result<std::vector<model::PrivacyRequest>> list_privacy_requests(Db& db,
                                                                 const std::vector<int64_t>& units,
                                                                 int limit);
// Sets the answer of an open request; kConflict when it is no longer open.
Status answer_privacy_request(Db& db, const model::PrivacyRequest& r);

}  // namespace atgt::store
