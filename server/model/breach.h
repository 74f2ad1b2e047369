// Plain record: an incident affecting personal data (migration 0017).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace atgt::model {

struct DataBreach {
  int64_t id = 0, unit_id = 0;
  int64_t detected_at = 0, notify_due_at = 0;
  std::string description, data_affected;
  std::optional<int64_t> subjects_count;
  std::optional<int64_t> authority_notified_at;
  std::optional<std::string> authority_reference;
  std::optional<int64_t> subjects_notified_at;
  std::string measures;
  std::optional<int64_t> closed_at;
  int64_t created_at = 0;
  std::optional<int64_t> created_by;
};

}  // namespace atgt::model
