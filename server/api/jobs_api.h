// Queuing a job from any handler (a later capability's import or report uses this).
#pragma once

#include <boost/json.hpp>
#include <optional>

#include "api/route.h"
#include "store/db.h"

namespace atgt::api {

// Queues a job of `kind` owned by the caller; the input file (a staged upload of the caller's)
// is attached to the job. Returns the job id; wakes this process's runner.
Result<int64_t> start_job(Ctx& c, store::Db& db, const std::string& kind,
                          std::optional<int64_t> input_file_id, const boost::json::object& params);

}  // namespace atgt::api
