// SQL for the breach log (migration 0017).
#pragma once

#include <vector>

#include "model/breach.h"
#include "store/db.h"

namespace atgt::store {

Result<int64_t> insert_breach(Db& db, const model::DataBreach& b);
// kNotFound when the id has no row.
Result<model::DataBreach> get_breach(Db& db, int64_t id);
// Incidents of the units, newest detection first.
Result<std::vector<model::DataBreach>> list_breaches(Db& db, const std::vector<int64_t>& units);
// Writes the notification, subjects, measures and closing fields.
Status update_breach(Db& db, const model::DataBreach& b);

}  // namespace atgt::store
