// Enrolment (students per school, school year and level): the CSV import format with a row and
// column per error, and the adapter that turns stored rows into indicator Records of the
// "enrolment" source (dated on the school year's first day).
#pragma once

#include <string>
#include <vector>

#include "base/csv.h"
#include "base/status.h"
#include "domain/indicators.h"
#include "model/enrolment.h"

namespace atgt {

// The levels of the enrolments.level column.
const std::vector<std::string>& enrolment_levels();
// "YYYY-YYYY" with the second year the first plus one (e.g. "2025-2026").
bool valid_school_year(const std::string& s);

struct CsvEnrolment {
  int row = 0;
  std::string unit_code, school_year, level;
  int64_t students = 0;
};

// Columns unit_code, school_year, level, students. kInvalid with every bad cell (row, column) and
// duplicate (unit, year, level) rows; nothing is returned on error.
Result<std::vector<CsvEnrolment>> read_enrolment_rows(const CsvTable& t);

// Records of the "enrolment" source; `start` is the school year's first day (the record date).
std::vector<indicators::Record> enrolment_records(const std::vector<model::EnrolmentRow>& rows,
                                                  const std::string& start);

}  // namespace atgt
