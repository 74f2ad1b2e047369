// Planning an import of commitments (cam kết) of one school and school year from a table read by
// files::read_table (CSV in any supported encoding, or XLSX): every row names a student of the
// school's roster for the year and says whether the student commitment and/or the parent
// commitment is signed. Vietnamese headers or English aliases, columns in any order, unknown
// columns ignored, all-empty rows skipped. Every row is checked, and identified against the
// roster, before anything is written. Pure: the caller gives the roster and today's date.
//
// Columns (folded header names; the first match wins):
//   Mã định danh (personal_id)                        optional; 12 digits
//   Họ và tên (full_name)                             required column and value
//   Ngày sinh (birth_date)                            required column and value
//   Lớp (class)                                       optional; when given, must be the class of
//                                                     the student on the roster
//   Cam kết của học sinh (student_commitment)         at least one of these two columns:
//   Cam kết của phụ huynh / của cha mẹ học sinh       "Đã ký", "x", "Có", "1" (also "yes") =
//   signed;
//     (parent_commitment)                             "Chưa ký", "", "0", "Không" (also "no") =
//                                                     not signed; anything else is a row error
//   Ngày ký (signed_date)                             optional: dd/mm/yyyy or yyyy-mm-dd, not after
//                                                     today, only on a row with a signed commitment
//
// A row is identified by its personal id when the roster holds a student with it; else by the
// folded name and the birth date among the roster's students (a student stored with another
// personal id is another child). Not found, found twice, or named twice in the file: a row error.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/csv.h"
#include "base/status.h"
#include "domain/student_import.h"  // kStudentFileError, is_student_file_error
#include "model/student.h"

namespace atgt {

struct CommitmentImportInput {
  std::string school_year;                   // "2025-2026" (messages)
  std::string year_start;                    // its first day: a signed date must be in a
                                             // calendar year no earlier than the year's first
  std::string today;                         // YYYY-MM-DD: no signed date after it
  std::vector<model::RosterStudent> roster;  // the school's roster of the year
};

struct ImportedCommitment {
  int row = 0;  // the spreadsheet row as the user sees it
  int64_t student_id = 0;
  std::string full_name, class_name;   // as on the roster
  std::optional<bool> student_signed;  // unset: the file has no such column
  std::optional<bool> parent_signed;
  std::optional<std::string> signed_date;  // YYYY-MM-DD when the row gives one
};

struct CommitmentImportPlan {
  bool has_student = false, has_parent = false;  // which commitment columns the file has
  std::vector<ImportedCommitment> rows;
};

// The rows of a valid file. Errors (kInvalid): code kStudentFileError ("file_invalid") for a file
// unusable as a whole (a required column missing, no commitment column, no data rows), with a
// message saying which; otherwise code "validation" with one RowError per problem (row, column as
// written in the file's header, Vietnamese reason), at most kMaxRowErrors.
Result<CommitmentImportPlan> plan_commitment_import(const CsvTable& table,
                                                    const CommitmentImportInput& in);

// "Đã ký", "x", "có", "1", "yes" -> true; "chưa ký", "", "0", "không", "no" -> false (folded, any
// case); nullopt for anything else.
std::optional<bool> parse_signed_value(std::string_view text);

}  // namespace atgt
