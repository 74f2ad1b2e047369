// What the handlers of the violation loop share (violations_api.cpp, match_queue_api.cpp,
// notices_api.cpp): the organisation, calendar and matching index of a request, the caller's
// scope of schools, and the short JSON forms of a record and a student shown side by side.
#pragma once

#include <boost/json.hpp>
#include <memory>
#include <optional>
#include <vector>

#include "api/route.h"
#include "domain/calendar.h"
#include "domain/org.h"
#include "jobs/violation_loop.h"
#include "model/student.h"
#include "model/violation.h"
#include "store/db.h"

namespace atgt::api {

// The organisation, calendar and matching index of one request (loaded once) and the LoopEnv of
// the caller acting now.
struct LoopContext {
  std::shared_ptr<const OrgIndex> org;
  calendar::Calendar cal;
  std::shared_ptr<const jobs::MatchIndex> index;  // null until matching_index()
  jobs::LoopEnv env(const Ctx& c) const;
};
Result<LoopContext> loop_context(Ctx& c, store::Db& db);
// Loads the matching index into `lc` (the first call of a request builds or reuses it).
Status matching_index(Ctx& c, store::Db& db, LoopContext& lc);

// The caller's unit (the token's unit for an API token).
int64_t home_unit(const Ctx& c);
// The units the caller's unit held on some day since 2000 (schools keep their data across the
// 2025 reform), sorted.
std::vector<int64_t> loop_scope(const Ctx& c, const OrgIndex& org);

// The one text field of a step's body ({"reason": "..."}, {"summary": "..."}): required, at most
// `max` characters; kInvalid naming the field otherwise.
Result<std::string> text_body(Ctx& c, const char* field, size_t max = 1000);

// {id, code, name} of a unit (its latest name), null for none.
boost::json::value unit_brief(const OrgIndex& org, std::optional<int64_t> unit);
// The record as shown next to candidates and in notices: the person as declared, the offence,
// the place and the recording unit.
boost::json::object record_brief(const model::ViolationRecord& v, const OrgIndex& org);
// A student: name, date of birth, sex; the personal id with all but the last 4 digits hidden.
boost::json::object student_brief(const model::Student& s);

}  // namespace atgt::api
