// SQL for the register of processing purposes and the impact assessment dossier (migration 0018).
#pragma once

#include <vector>

#include "model/privacy_register.h"
#include "store/db.h"

namespace atgt::store {

Result<int64_t> count_purposes(Db& db);
// Inserts or replaces the row of `p.code`.
Status upsert_purpose(Db& db, const model::ProcessingPurpose& p);
// In sort order.
Result<std::vector<model::ProcessingPurpose>> list_purposes(Db& db);
// kNotFound when the code has no row.
Result<model::ProcessingPurpose> get_purpose(Db& db, const std::string& code);

Result<int64_t> count_risks(Db& db);
Result<int64_t> insert_risk(Db& db, const model::DpiaRisk& r);
// Replaces the fields of the row `r.id`; kNotFound when it has none.
Status update_risk(Db& db, const model::DpiaRisk& r);
// kNotFound when the id has no row.
Result<model::DpiaRisk> get_risk(Db& db, int64_t id);
Status delete_risk(Db& db, int64_t id);
// By purpose (in the purposes' sort order), then in the order they were written.
Result<std::vector<model::DpiaRisk>> list_risks(Db& db);

Result<int64_t> insert_review(Db& db, const model::DpiaReview& r);
// Newest review date first.
Result<std::vector<model::DpiaReview>> list_reviews(Db& db);

}  // namespace atgt::store
