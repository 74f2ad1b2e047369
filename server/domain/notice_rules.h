// Rules of the violation loop after a record is stored (issue 12): who reviews an uncertain
// match, which educational measures a school may record for a student on a date, what an action
// on a notice must carry. Pure: the caller passes the organisation and the data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "domain/org.h"
#include "model/notice.h"

namespace atgt::notice_rules {

// The unit whose education users review a match with candidates at `schools` (on `date`): the
// school when there is one; else the lowest unit that holds every candidate's school in its
// subtree (a commune education office, the Department). nullopt when `schools` is empty or no
// unit holds them all.
std::optional<int64_t> review_unit(const OrgIndex& org, std::vector<int64_t> schools,
                                   const std::string& date);

// True when measure `m` may be applied to a student of a school of `unit_type` for a violation
// dated `date` (the measure was in force on that date and is listed for the type).
bool measure_applies(const model::EducationMeasure& m, const std::string& unit_type,
                     const std::string& date);

// The kinds of actions a school records on a notice, with their Vietnamese names.
bool is_action_kind(const std::string& kind);
const char* action_kind_vi(const std::string& kind);

struct ActionRequest {
  std::string kind, action_date, note;
  std::optional<std::string> measure_code;
  std::optional<int64_t> file_id;
};
// kInvalid naming the field unless: the kind is known; the date is a valid day not before the
// violation's date and not after `today`; a measure names a measure that applies (measure_applies)
// and that the user may apply (a principal's measure needs `principal`); evidence has a file; a
// note, parent meeting, commitment or conduct note has text.
Status check_action(const ActionRequest& a, const std::vector<model::EducationMeasure>& measures,
                    const std::string& unit_type, const std::string& violation_date,
                    const std::string& today, bool principal);

}  // namespace atgt::notice_rules
