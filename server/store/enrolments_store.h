// Enrolment per school, school year and level (`enrolments`): the denominator of per-student
// rates. SQL only; scoping and validation live in api/ and domain/.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/enrolment.h"
#include "store/db.h"

namespace atgt::store {

using model::EnrolmentRow;

// Rows of one school year (or of every year), by unit then level.
Result<std::vector<EnrolmentRow>> list_enrolments(Db& db,
                                                  const std::optional<std::string>& school_year);
// Inserts or replaces the row for (unit, school year, level).
Status upsert_enrolment(Db& db, const EnrolmentRow& r);
// The first day of a school year: its teaching start from the calendar (`school_years`) when the
// year is there, else 5 September of its first calendar year. `code` must be "YYYY-YYYY".
Result<std::string> school_year_start(Db& db, const std::string& code);

}  // namespace atgt::store
