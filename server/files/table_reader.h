// The one entry for every importer (students, violations...): the bytes of an uploaded table,
// CSV or XLSX, into a CsvTable. XLSX goes through the safe sheet reader (xlsx_reader.h); text is
// decoded (vn_encoding.h: UTF-8, Windows-1258, TCVN3, VNI, or detected) and parsed by
// parse_csv. Pure (no files, no database); thread-safe.
#pragma once

#include <string_view>

#include "base/csv.h"
#include "base/status.h"
#include "base/vn_encoding.h"
#include "files/xlsx_reader.h"

namespace atgt::files {

struct TableSource {
  std::string kind;                     // "csv" or "xlsx": what the content was read as
  Encoding encoding = Encoding::kUtf8;  // for "csv": the encoding used (detected under kAuto)
};

// `name_or_kind` is the user's file name ("ds_hs.xlsx") or a kind from files::identify ("csv",
// "xlsx"), or empty. The content decides: a ZIP is read as XLSX, anything else as text. A name
// whose extension is not .csv, .txt or .xlsx, or that contradicts the content, is refused (an
// upload has already been through identify, which applies the same rule); an Excel 97-2003
// (.xls) file is refused with a hint to save it as .xlsx or CSV. `encoding` applies to CSV only
// (an XLSX is always Unicode). Errors are kInvalid with a Vietnamese message: file-level ones
// (type, encoding, NUL bytes, a damaged or hostile XLSX, an empty file) without rows; parse_csv's
// own errors (an unclosed quote, a row whose width differs) keep their row numbers. `source`,
// when given, is filled on success.
Result<CsvTable> read_table(std::string_view bytes, std::string_view name_or_kind,
                            Encoding encoding, const XlsxLimits& limits = {},
                            TableSource* source = nullptr);

}  // namespace atgt::files
