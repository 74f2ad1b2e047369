// Reference data loaded into an empty database at start (after migrations, by `serve`,
// `migrate` and `seed-demo`): the calendar of data/calendar/ (school years, public holidays) and
// the plausible ages of students per school level (data/reference/student_ages.csv).
// Not demo data: production uses it too. A table that already has rows is left alone, so edits
// made through the API are never overwritten.
#pragma once

#include <string>

#include "store/db.h"

namespace atgt::app {

struct ReferenceResult {
  int school_years = 0;  // rows loaded (0 when the table already had rows)
  int holidays = 0;
  int student_ages = 0;  // data/reference/student_ages.csv
  int measures = 0;      // data/reference/education_measures.csv
  int request_kinds = 0;  // data/reference/privacy/request_kinds.csv
};

// Reads data_dir/calendar/school_years.csv and holidays.csv; every row is checked (kInvalid with
// the file's row numbers otherwise) and loaded in one transaction. Safe when several processes
// start at once (rows are upserted: the loser of a race writes the same rows again).
Result<ReferenceResult> load_reference_data(store::Db& db, const std::string& data_dir);

}  // namespace atgt::app
