// Planning a roster import (students of one school and school year) from a table read by
// files::read_table (CSV in any supported encoding, or XLSX): Vietnamese headers as exported by
// the national education database and by schools' own spreadsheets, or English aliases, columns
// in any order, unknown columns ignored, all-empty rows skipped. Every row is checked before
// anything is written. Pure: the caller gives the school year's first day and the plausible ages
// of the school's level (data: the student_ages table).
//
// Columns (folded header names; the first match wins):
//   Mã định danh (personal_id)               optional; 12 digits
//   Họ và tên (full_name)                    required column and value
//   Ngày sinh (birth_date)                   required column and value: dd/mm/yyyy, d/m/yyyy,
//                                            yyyy-mm-dd (an XLSX date cell arrives as the last)
//   Giới tính (gender, sex)                  Nam / Nữ (also nam, nu, male, female)
//   Lớp (class)
//   Họ tên cha/mẹ/người giám hộ (guardian_name), Quan hệ (guardian_relation),
//   Số điện thoại (guardian_phone, phone)    the guardian; the phone is 10 digits from 0 (or +84)
//   Họ tên cha / Họ tên mẹ                   further guardians (relation Cha / Mẹ)
//   Biển số xe (plate), Loại xe (vehicle_kind)  a vehicle registered for the school parking
//
// A name is letters, the space U+0020, apostrophes and hyphens; anything else (a digit, '=', a
// tab, a newline or another control character) is a row error. Cells are text only: a formula
// or markup is never evaluated, and fails the check of its column like any other text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/csv.h"
#include "base/status.h"
#include "model/student.h"

namespace atgt {

struct StudentImportInput {
  std::string year_start;  // the school year's first day (YYYY-MM-DD): ages are counted there
  std::optional<int> min_age, max_age;  // plausible ages of the school's level (unset: no check)
  std::string level_name;               // shown in the age message ("Trường THCS")
};

struct ImportedStudent {
  int row = 0;  // the spreadsheet row as the user sees it (header row = table.header_row)
  model::RosterEntry entry;
};

inline constexpr const char* kStudentFileError = "file_invalid";

// The rows of a valid file. Errors (kInvalid):
// - code kStudentFileError: the file as a whole is unusable (a required column is missing, no
//   data rows); the message says which;
// - otherwise (code "validation"): one RowError per problem (row, column as written in the
//   file's header, Vietnamese reason), at most kMaxRowErrors.
Result<std::vector<ImportedStudent>> plan_student_import(const CsvTable& table,
                                                         const StudentImportInput& in);

bool is_student_file_error(const Status& st);

// Cell helpers shared by the importers of school files (rosters, commitments).
// Trims the space U+0020 at both ends and collapses its runs; every other character is kept (a
// tab or a newline must reach the checks).
std::string trim_spaces(std::string_view s);
// The trimmed cell of column `col` ("" when the row has no such column).
std::string import_cell(const std::vector<std::string>& row, int col);
// True when the text holds a control character (below U+0020, or DEL).
bool has_control_char(std::string_view s);

// Helpers (exposed for tests).
bool valid_person_name(std::string_view name);
// 12 digits (10 or 11 digits, a number cell that lost its leading zeros, are padded back).
std::optional<std::string> parse_personal_id(std::string_view text);
// dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd naming a real day -> YYYY-MM-DD.
std::optional<std::string> parse_birth_date(std::string_view text);
// Whole years between `birth` and `on` (both YYYY-MM-DD).
int age_on(const std::string& birth, const std::string& on);

}  // namespace atgt
