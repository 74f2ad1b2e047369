// An import of commitments (cam kết) of one school and school year, shared by the upload preview
// (api/students_api.cpp) and the job "commitments_import": read the file (CSV in any supported
// encoding, or XLSX), identify every row against the school's roster of the year
// (domain/commitment_import.h) without writing, then write it all in one transaction with one
// audit row for the batch (docs/architecture.md, bulk data).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "base/vn_encoding.h"
#include "domain/commitment_import.h"
#include "jobs/roster_import.h"
#include "store/db.h"

namespace atgt::jobs {

// What a plan would do to one campaign (student or parent commitments) now.
struct CampaignCounts {
  int64_t is_signed = 0, not_signed = 0;  // the file's rows
  int64_t changed = 0;  // rows whose recorded signature would be created or changed
};

struct CommitmentPlan {
  RosterTarget target;
  CommitmentImportPlan file;
  std::string today;                              // a signed row without a date is dated today
  std::optional<CampaignCounts> student, parent;  // unset: the file has no such column
  std::string kind;                               // "csv" or "xlsx"
  std::string encoding;                           // for CSV: the encoding used
};

// Reads and checks the file; writes nothing. Errors are kInvalid: code kStudentFileError for a
// file unusable as a whole (the reader's errors keep their message and rows), "validation" with
// row errors.
Result<CommitmentPlan> plan_commitments(store::Db& db, const RosterTarget& target,
                                        std::string_view bytes, std::string_view name,
                                        Encoding encoding);

// Writes a plan in one transaction: every signature that is new or changes (a row that repeats
// what is recorded is left as it is, with its earlier batch id), each with `batch_id`, and one
// audit row for the batch (action "import", entity "commitment", counts in its changes). The
// plan's counts are computed again inside the transaction. `progress(done)` every 500 rows.
Result<CommitmentPlan> commit_commitments(store::Db& db, const CommitmentPlan& plan,
                                          const std::string& batch_id,
                                          std::optional<int64_t> user_id, const std::string& ip,
                                          const std::string& source,
                                          const std::function<Status(int64_t)>& progress = {});

}  // namespace atgt::jobs
