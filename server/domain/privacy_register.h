// Rules of the register of processing purposes and the impact assessment dossier (issue 12,
// privacy): what a purpose, a risk and a review must hold. Used by the loader of
// data/reference/privacy/ and by the API, so a file and a form are held to the same rules.
#pragma once

#include "base/status.h"
#include "model/privacy_register.h"

namespace atgt::privacy {

// The bounds of a purpose's retention, the same as the general setting's.
inline constexpr int kMinRetentionDays = 1;
inline constexpr int kMaxRetentionDays = 36500;
// The longest text of a field, in characters.
inline constexpr size_t kMaxText = 4000;

// "low" | "medium" | "high".
bool is_level(const std::string& level);

// kInvalid with a Vietnamese message per field: a name, a legal basis, the data, the subjects and
// the recipients are required; the retention, when set, is within the bounds.
Status check_purpose(const model::ProcessingPurpose& p);
// kInvalid per field: a purpose code, the risk and its measures, three levels.
Status check_risk(const model::DpiaRisk& r);
// kInvalid per field: a review date, a conclusion, a next review (if any) after the review.
Status check_review(const model::DpiaReview& r);

}  // namespace atgt::privacy
