// A generic table export as an Excel workbook (.xlsx) with libxlsxwriter: one sheet, optional
// title rows, a bold frozen header row, typed cells, column widths. Written in constant_memory
// mode (rows streamed, inline strings), so a large export costs little memory.
// Every text cell goes through base/csv.h spreadsheet_text (a leading = + - @ TAB CR gets an
// apostrophe) and is written as a string, never as a formula.
// Thread-safe: each call works in its own private temporary directory.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "base/status.h"

namespace atgt::render {

struct CellDate {
  int year = 0, month = 0, day = 0;
};
// Empty, text, number or date (shown dd/mm/yyyy).
using Cell = std::variant<std::monostate, std::string, double, CellDate>;

struct Sheet {
  std::string name;                     // the tab; invalid characters -> "_", at most 31
  std::vector<std::string> title_rows;  // bold lines above the header (column A)
  std::vector<std::string> header;
  std::vector<std::vector<Cell>> rows;
  std::vector<double> widths;  // characters per column; missing = from the content (8..60)
};

// The .xlsx bytes. kInternal when libxlsxwriter or the temporary file fails; kInvalid for more
// rows than a sheet holds (1,048,576 with the title and header rows).
Result<std::string> render_xlsx(const Sheet& sheet);

}  // namespace atgt::render
