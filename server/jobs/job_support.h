// Helpers shared by job kinds: the input file, the organisation, the job owner as a Principal,
// CSV output.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "domain/org.h"
#include "domain/principal.h"
#include "jobs/runner.h"

namespace atgt::jobs {

// The stored path of the job's input file; kNotFound "input_missing" when the file was deleted.
Result<std::string> input_path(Context& c);
Result<std::shared_ptr<const OrgIndex>> load_org(store::Db& db);
// The job owner's unit and roles (as a cookie session would have them).
Result<Principal> principal_of(store::Db& db, int64_t user_id);
// RFC 4180 CSV with a UTF-8 BOM (so that Excel shows Vietnamese correctly) and CRLF.
std::string csv_text(const std::vector<std::vector<std::string>>& rows);

}  // namespace atgt::jobs
