// The violation loop after a record is stored (issue 12): every record about a person who may be
// a student goes through the matching engine (domain/match_engine.h) against the rosters of the
// database; a clear match opens a notice to the student's school, an uncertain one waits in the
// review queue of the unit that decides (domain/notice_rules.h review_unit), a record the engine
// cannot place stays unmatched. Shared by the form, the API push, the review queue and the
// scheduled escalation; callers pass their transaction's connection (nothing here commits).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/calendar.h"
#include "domain/match_engine.h"
#include "domain/org.h"
#include "model/notice.h"
#include "model/violation.h"
#include "store/db.h"

namespace atgt::jobs {

// The matching index of one roster revision: the roster rows and the engine built on them
// (roster index i of the engine is rows[i]).
struct MatchIndex {
  int64_t revision = -1;
  std::vector<model::MatchRosterRow> rows;
  std::unique_ptr<match::Engine> engine;
  // The rows of each student (rows are sorted by student id, then school year): [first, last).
  std::unordered_map<int64_t, std::pair<size_t, size_t>> by_student;
};

// One index per server process, rebuilt when settings.roster_revision changes. Thread-safe.
class MatchIndexCache {
 public:
  // The index for the database's roster revision now; `org` names the schools.
  Result<std::shared_ptr<const MatchIndex>> get(store::Db& db, const OrgIndex& org);

 private:
  std::mutex mu_;
  std::shared_ptr<const MatchIndex> index_;
};

struct LoopEnv {
  const OrgIndex& org;
  const calendar::Calendar& cal;
  std::string public_url;
  int64_t now = 0;
  std::optional<int64_t> user_id, unit_id;  // who acts (none for the engine alone)
  // Read once per request by whoever routes many records (a push, an import): the deadline
  // setting (0: read it for each notice) and the active users of each school seen so far.
  int deadline_days = 0;
  std::shared_ptr<std::map<int64_t, std::vector<int64_t>>> users_of;
};

// Appends a decision about record `violation` to the log (match_decisions), by env's user and
// unit at env.now (none for the engine).
Status record_decision(store::Db& db, const LoopEnv& env, int64_t violation, const char* decision,
                       std::optional<int64_t> student,
                       const std::optional<std::string>& reason = std::nullopt);

// The students a school disputed for this match (its `disputed` JSON; malformed text: none).
std::vector<int64_t> disputed_students(const model::ViolationMatch& m);

// Only the persons a school can be told about are matched: never a vehicle's owner.
bool is_matchable(const model::ViolationRecord& v);

// Matches the stored record `v` and stores the outcome in the caller's transaction: the match
// row, its decision in the log, and for a clear match the notice (open_notice). `disputed` are
// students a school said the record is not about (left out of the candidates); with
// `allow_auto` false a clear match waits for review too (after a dispute, a person decides).
Result<model::ViolationMatch> route_record(store::Db& db, const MatchIndex& index,
                                           const LoopEnv& env, const model::ViolationRecord& v,
                                           const std::vector<int64_t>& disputed = {},
                                           bool allow_auto = true);

// Opens the notice of a record about `student_id` at `school_unit_id`: deadline after the
// setting notices.deadline_working_days working days from today (calendar), at 23:59:59 Vietnam
// time; the school's active users are notified.
Result<model::Notice> open_notice(store::Db& db, const LoopEnv& env,
                                  const model::ViolationRecord& v, int64_t student_id,
                                  int64_t school_unit_id);

// A withdrawn record: its match becomes 'withdrawn' (out of the queue and the statistics) and its
// notice, whatever its state, 'withdrawn'; the school's users are told.
Status undo_record(store::Db& db, const LoopEnv& env, const model::ViolationRecord& v);

// A corrected record is matched again unless a person already decided on it (confirmed,
// rejected) or its notice is closed; corrected into a vehicle's owner, its match and notice are
// withdrawn.
Status rematch_record(store::Db& db, const MatchIndex& index, const LoopEnv& env,
                      const model::ViolationRecord& v);

// The scheduled escalation: every open notice past its deadline not yet escalated is marked and
// the supervising unit's users (the school's parent unit today) are notified. Returns a summary.
Result<std::string> escalate_overdue_notices(store::Db& db, const std::string& public_url,
                                             int64_t now);

}  // namespace atgt::jobs
