// Small-cell suppression of a published count table (issue 12: statistics shown outside a school
// hide every cell under 5 and any cell derivable from the others and the totals). Pure.
//
// Primary: every cell with 1 <= count < threshold is hidden (0 is shown: it names nobody).
// Secondary: a row or column with exactly one hidden cell would give it away by subtraction from
// its total, so its smallest other non-zero visible cell is hidden too; repeated until no row or
// column has exactly one hidden cell. A row or column that cannot be protected that way (no other
// non-zero cell) has its total hidden instead, and a hidden total is itself protected across the
// totals. The grand total stays shown unless it is under the threshold.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace atgt::stats {

struct Table {
  std::vector<std::vector<int64_t>> cells;  // rows x columns
};

struct Suppressed {
  std::vector<std::vector<std::optional<int64_t>>> cells;
  std::vector<std::optional<int64_t>> row_totals, column_totals;
  std::optional<int64_t> total;
  int hidden = 0;  // cells hidden (primary and secondary)
};

Suppressed suppress(const Table& t, int64_t threshold = 5);
// Nothing hidden: what a school sees of its own students.
Suppressed open(const Table& t);

}  // namespace atgt::stats
