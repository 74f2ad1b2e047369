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

// The column of the unit codes (after read_enrolment_rows accepted the table).
int enrolment_unit_column(const CsvTable& t);
// Columns "Mã đơn vị", "Năm học", "Cấp học", "Số học sinh" as in the template (or the aliases
// unit_code, school_year, level, students), in any order; a level is its code or its Vietnamese
// name (Mầm non, Tiểu học, THCS, THPT, GDTX, GDNN). kInvalid with every bad cell (row, the
// file's own column header) and duplicate (unit, year, level) rows; nothing is returned on error.
Result<std::vector<CsvEnrolment>> read_enrolment_rows(const CsvTable& t);

// Records of the "enrolment" source; `start` is the school year's first day (the record date).
std::vector<indicators::Record> enrolment_records(const std::vector<model::EnrolmentRow>& rows,
                                                  const std::string& start);

}  // namespace atgt
