// Reads the first worksheet of an XLSX workbook (held in memory) into the same CsvTable the CSV
// reader yields, so an importer handles both alike. Hostile files are refused as values: the ZIP
// is checked entry by entry (no "../" or absolute names, limits on the bytes actually inflated,
// whatever the headers declare), and the XML parts are read by expat in streaming mode with any
// DOCTYPE refused (so no entity of any kind, internal or external, is ever declared or loaded).
// Thread-safe (no shared state).
#pragma once

#include <cstdint>
#include <string_view>

#include "base/csv.h"
#include "base/status.h"
#include "files/file_type.h"

namespace atgt::files {

struct XlsxLimits {
  ZipLimits zip;                              // total inflated bytes, entries, ratio
  uint64_t max_part_inflated = 128ull << 20;  // one part (the sheet), bytes actually inflated
  uint64_t max_rows = 1048576;                // Excel's own maximum
  uint32_t max_columns = 16384;               // column XFD
  uint64_t max_cells = 16ull << 20;           // non-empty cells, and rows x width of the table
  uint64_t max_shared_strings = 2u << 20;
  uint64_t max_cell_bytes = 32767 * 4;  // Excel's 32,767 characters, as UTF-8
};

// The first sheet in workbook order (xl/workbook.xml + xl/_rels/workbook.xml.rels; only when
// the workbook has no relationships part, xl/worksheets/sheet1.xml).
//
// Cells: shared strings (rich-text runs concatenated, phonetic runs left out), inline strings,
// formula string results, numbers (as Excel shows them in General: integers without ".0",
// at most 15 significant digits), booleans (TRUE/FALSE), error values (#N/A...). A number in a
// date format (built-in formats 14-22, or a custom format with d or y outside quotes and
// brackets) becomes YYYY-MM-DD (1900 or 1904 date system; the time of day is dropped), as a CSV
// cell "2009-03-05". Every text is NFC; OOXML escapes (_x000D_) are decoded.
//
// Shape: the header is the first row holding a non-empty cell; table.header_row is its sheet
// row number (leading empty rows are skipped) and rows[i] is sheet row header_row + 1 + i:
// missing rows inside the table are kept as all-empty rows so row numbers stay those of the
// sheet, and trailing empty rows are dropped (an importer skips all-empty rows). Cells are placed
// by their reference (r="C5"), missing cells are empty fields, and every row has the header's
// width, which reaches the last column holding a value in any row (such a column beyond the
// header gets an empty header name).
//
// Errors: kInvalid with a Vietnamese message naming the problem ("Tệp XLSX bị hỏng ...",
// "... chứa khai báo DOCTYPE (không được phép)", "... giải nén vượt quá giới hạn", "... thiếu
// phần xl/worksheets/sheet2.xml", "... không có dữ liệu", a limit exceeded, ...).
Result<CsvTable> read_xlsx_first_sheet(std::string_view bytes, const XlsxLimits& limits = {});

}  // namespace atgt::files
