// Loading registry records (from CSV files: the demo data and administrators' imports) into the
// database: checks what needs the database (new codes must not exist, unit types and parents must
// exist, a parent must be valid over the child's whole period, event codes must exist), then
// inserts units, versions and events. Runs inside the caller's transaction; on any error nothing
// is inserted by the caller's rollback, and the Status lists rows and columns.
#pragma once

#include <boost/json.hpp>
#include <optional>

#include "domain/principal.h"
#include "domain/registry_csv.h"
#include "store/db.h"

namespace atgt::api {

struct ImportSummary {
  int units = 0, versions = 0, events = 0;
  // What was written (empty for a dry run), for the audit rows of the batch.
  struct Created {
    std::string entity;  // unit | unit_version | unit_event
    int64_t id = 0;
    boost::json::object detail;
  };
  std::vector<Created> created;
};

// `check_only`: validate everything, insert nothing. `writer`: the person importing (null for the
// demo data and the command line): every row is then checked against their registry scope and
// side (domain/access.h check_registry_write: kForbidden / kInvalid naming the row), and the
// organisation the file would leave must hold no parent cycle.
Result<ImportSummary> load_registry(store::Db& db, const std::vector<CsvUnitVersion>& units,
                                    const std::vector<CsvEvent>& events, int64_t now,
                                    std::optional<int64_t> user_id, bool check_only,
                                    const Principal* writer = nullptr);

}  // namespace atgt::api
