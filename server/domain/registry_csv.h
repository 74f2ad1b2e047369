// Reading the registry's CSV formats (data/org/units.csv and events.csv; columns documented in
// data/org/sources.md) into validated records, with a row and column for every error. Pure: the
// checks that need the database (codes that must or must not exist, parents valid over the whole
// period) are done by the loader (app/registry_loader).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/csv.h"
#include "base/status.h"

namespace atgt {

struct CsvUnitVersion {
  int row = 0;
  std::string code;
  std::string valid_from;  // "" = since before records
  std::optional<std::string> valid_to;
  std::string name, type;
  std::optional<std::string> short_name, parent_code, address, phone, email, source, note;
  std::optional<std::string> provenance;  // for registry editors only
  std::optional<double> latitude, longitude;
  std::string flags;
};

struct CsvEvent {
  int row = 0;
  std::optional<std::string> ext_id;
  std::string date, kind;
  std::vector<std::string> unit_codes, successor_codes, partial_codes;
  std::string flags;
  std::optional<std::string> source, note;
  std::optional<std::string> provenance;  // for registry editors only
};

// kInvalid with rows for every bad cell (at most 200 listed); nothing is returned on error.
Result<std::vector<CsvUnitVersion>> read_unit_rows(const CsvTable& t);
Result<std::vector<CsvEvent>> read_event_rows(const CsvTable& t);

}  // namespace atgt
