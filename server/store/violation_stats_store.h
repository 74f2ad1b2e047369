// SQL of the violation statistics (issue 12): counts by a unit and one dimension, in a period.
// "By school" counts the records matched to a student (automatically or confirmed in review, not
// withdrawn, no dispute upheld since: the match's state says it), under the student's school;
// "by place" counts every active record from the daily summary rows, under the commune police
// unit of the place on that date. Suppression and scoping are the caller's (domain/small_cells.h,
// api/violation_stats_api.cpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace atgt::store {

// The dimension of the columns.
enum class StatsDimension { kBehaviour, kLegalCode, kMonth, kAgeBand };

struct StatsCount {
  int64_t unit_id = 0;  // the school, or the place's police unit (0: no place)
  std::string key;      // the dimension's value ("" when unknown)
  int64_t count = 0;
};

// Matched records dated from..to (inclusive) at one of `schools` (nullopt: any).
Result<std::vector<StatsCount>> school_counts(Db& db,
                                              const std::optional<std::vector<int64_t>>& schools,
                                              const std::string& from, const std::string& to,
                                              StatsDimension dim);
// Active records dated from..to owned by one of `owners` or placed at one of `places` (nullopt:
// any record).
Result<std::vector<StatsCount>> place_counts(Db& db,
                                             const std::optional<std::vector<int64_t>>& units,
                                             const std::string& from, const std::string& to,
                                             StatsDimension dim);

struct Timeliness {
  int64_t notices = 0;  // notices of the period (not withdrawn or disputed)
  int64_t closed = 0;   // ... closed
  int64_t on_time = 0;  // ... closed by their deadline
  int64_t overdue = 0;  // ... open past their deadline at `now`
};
// The notices of records dated from..to at one of `schools` (nullopt: any).
Result<Timeliness> notice_timeliness(Db& db, const std::optional<std::vector<int64_t>>& schools,
                                     const std::string& from, const std::string& to, int64_t now);

}  // namespace atgt::store
