// A roster import of one school and school year, shared by the command line
// (`atgt import students`), the upload preview (api/students_api.cpp) and the job
// "students_import": read the file (CSV in any supported encoding, or XLSX), check the school
// and the year, plan every row (domain/student_import.h) without writing, then write it all in
// one transaction with one audit row for the batch (docs/architecture.md, bulk data).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/vn_encoding.h"
#include "domain/org.h"
#include "domain/student_import.h"
#include "store/db.h"
#include "store/students_store.h"

namespace atgt::jobs {

struct RosterTarget {
  int64_t unit_id = 0;
  std::string unit_code, unit_name, unit_type;
  std::string school_year;  // "2025-2026"
  std::string year_start;   // its first day
  std::string level;        // enrolments.level of the school
};

// The school unit of `code` (or id when code is empty) on the first day of `school_year`.
// kInvalid with a field ("school" / "school_year") when the year is malformed, the unit is
// unknown, not a school, or not alive that day.
Result<RosterTarget> roster_target(store::Db& db, const OrgIndex& org, const std::string& code,
                                   int64_t unit_id, const std::string& school_year);

struct RosterPlan {
  RosterTarget target;
  std::vector<ImportedStudent> rows;
  int64_t inserted = 0, updated = 0;  // what a commit would do now
  std::string kind;                   // "csv" or "xlsx"
  std::string encoding;               // for CSV: the encoding used
};

// Reads and checks the file; writes nothing. Errors are kInvalid: code kStudentFileError for a
// file that is unusable as a whole (the reader's errors — type, encoding, an unclosed quote, a
// damaged or hostile XLSX — keep their message and rows), "validation" with row errors.
Result<RosterPlan> plan_roster(store::Db& db, const RosterTarget& target, std::string_view bytes,
                               std::string_view name, Encoding encoding);

// Writes a plan in one transaction: the roster (every row with `batch_id`), the enrolment
// count, and one audit row for the batch (entity "student_roster", counts in its changes).
Result<store::RosterCounts> commit_roster(store::Db& db, const RosterPlan& plan,
                                          const std::string& batch_id,
                                          std::optional<int64_t> user_id, const std::string& ip,
                                          const std::string& source,
                                          const std::function<Status(int64_t)>& progress = {});

}  // namespace atgt::jobs
