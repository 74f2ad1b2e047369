// A small RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM is
// skipped). Rows are numbered from 1 for the header so that error messages can name the row a
// person sees in a spreadsheet.
#pragma once

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace atgt {

struct CsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // rows[i] is spreadsheet row header_row + 1 + i
  // The spreadsheet row of the header: 1 for CSV; for XLSX the first row holding a value.
  int header_row = 1;

  // Index of a column, or -1.
  int column(const std::string& name) const;
  // Index of the first column whose header, folded (no accents, lower case, single spaces: see
  // base/text.h fold), is one of `folded_names` ("ma don vi", "unit_code"), or -1. Lets a file
  // use Vietnamese headers as written in the templates, or English aliases.
  int find(std::initializer_list<const char*> folded_names) const;
};

// kInvalid with a row number for an unterminated quote, invalid UTF-8 or a row whose field
// count differs from the header's. Fields are NFC-normalised unless `normalize` is false (then
// they are the file's bytes, e.g. for ids that must be copied verbatim).
Result<CsvTable> parse_csv(std::string_view text, bool normalize = true);
Result<CsvTable> read_csv_file(const std::string& path);

// A text cell made safe for spreadsheets (CSV and XLSX exports, OWASP "CSV injection"): a value
// starting with = + - @ TAB or CR would be taken as a formula, so it gets a leading apostrophe.
// Every other value is returned unchanged.
bool looks_like_formula(std::string_view cell);
std::string spreadsheet_text(std::string_view cell);

}  // namespace atgt
