// Plain records of the register of processing purposes and the impact assessment dossier
// (migration 0018).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace atgt::model {

// A purpose for which the product processes personal data.
struct ProcessingPurpose {
  std::string code, name, description, legal_basis, data_categories, data_subjects, recipients;
  std::optional<int> retention_days;  // nullopt: the general setting retention.personal_data_days
  std::string retention_note;
  int sort_order = 0;
  std::string source;
  std::optional<int64_t> updated_at, updated_by;
};

// A risk of a purpose in the impact assessment. Levels: "low" | "medium" | "high".
struct DpiaRisk {
  int64_t id = 0;
  std::string purpose_code, risk, likelihood, impact, measures, residual;
  int64_t created_at = 0, updated_at = 0;
  std::optional<int64_t> updated_by;
};

// A review of the whole dossier.
struct DpiaReview {
  int64_t id = 0;
  std::string reviewed_on, conclusion;  // 'YYYY-MM-DD'
  std::optional<std::string> next_review_on;
  std::optional<int64_t> reviewed_by;
  int64_t created_at = 0;
};

}  // namespace atgt::model
