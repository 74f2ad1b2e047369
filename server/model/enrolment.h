// Plain records: Enrolment counts per school, school year and level.
// No behaviour; the store reads and writes them, domain/ reasons about them, api/ shows them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace atgt::model {

struct EnrolmentRow {
  int64_t unit_id = 0;
  std::string school_year;  // "2025-2026"
  std::string
      level;  // preschool, primary, lower_secondary, upper_secondary, continuing, vocational
  int64_t students = 0;
  std::string source = "import";  // import | roster
  int64_t updated_at = 0;
  std::optional<int64_t> updated_by;
};

}  // namespace atgt::model
