// Plain records: parents' requests about their child's personal data and their kinds (migration
// 0016).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace atgt::model {

struct PrivacyRequestKind {
  std::string code, name;
  int deadline_days = 3;
  bool working_days = false;
  std::string valid_from, source;
  std::optional<std::string> review_note;
};

struct PrivacyRequest {
  int64_t id = 0, unit_id = 0;
  std::optional<int64_t> student_id;
  std::string requester_name, relation, kind, details;
  std::string received_date, deadline_date;
  std::string state = "open";  // open | answered | refused
  std::optional<std::string> answer, answered_date;
  std::optional<int64_t> answered_by;
  int64_t created_at = 0;
  std::optional<int64_t> created_by;
};

}  // namespace atgt::model
