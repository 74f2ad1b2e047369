// `atgt import students --school CODE --year YYYY-YYYY [--encoding E] [--dry-run] FILE`: a roster
// of one school and school year from CSV or XLSX into ATGT_DATABASE_URL. Its contract, relied on
// by outside checks (docs/operations.md):
//   0  committed (or, with --dry-run, the file is clean); stdout `inserted=N updated=M`
//   1  rows have errors; one `row,column,message` line per error on stderr (RFC 4180 quoting)
//   2  the file is unusable (not CSV/XLSX, broken CSV syntax, a damaged or hostile XLSX, no data
//      rows, a required column missing, an undecidable encoding: the message names --encoding)
//      or an option is wrong (unknown school, bad year, unknown option)
// On 1 and 2 nothing is written: no table changes at all, not even a job or an audit row.
#pragma once

#include "base/config.h"
#include "base/status.h"
#include "store/db.h"

namespace atgt::app {

// argv[1] is "import". `prepare` brings the database to the current schema and reference data
// (a no-op on a prepared database).
int import_command(int argc, char** argv, const Config& cfg, Status (*prepare)(store::Db&, const Config&));

}  // namespace atgt::app
