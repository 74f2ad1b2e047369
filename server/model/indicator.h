// Plain records: An indicator of the catalogue as stored (its computation as JSON text).
// No behaviour; the store reads and writes them, domain/ reasons about them, api/ shows them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace atgt::model {

struct IndicatorRow {
  std::string code, name, unit, rollup, computation;
  std::optional<std::string> description, source;
  int64_t sort_order = 0;
  int64_t updated_at = 0;
  std::optional<int64_t> updated_by;
};

}  // namespace atgt::model
