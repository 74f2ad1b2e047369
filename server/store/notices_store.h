// SQL for the violation loop after a record is stored (migration 0014): matches of records to
// students and the decisions about them, notices to schools and what the schools did, the
// educational measures, the rosters as the matching engine reads them. SQL only, no validation:
// the rules are in domain/notice_rules.h and api/.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/notice.h"
#include "store/db.h"

namespace atgt::store {

// settings.roster_revision: bumped by every roster write (store/roster_store.h).
Result<int64_t> roster_revision(Db& db);
// Every enrolment of the given school years ("2025-2026"; every year when empty), with the
// student's identity and the first plate registered for them; by student id.
Result<std::vector<model::MatchRosterRow>> matching_roster(Db& db,
                                                           const std::vector<std::string>& years);
// An integer setting, `fallback` when absent or not a number.
Result<int64_t> int_setting(Db& db, const std::string& key, int64_t fallback);

// Matches. upsert_match replaces the row of the record.
Status upsert_match(Db& db, const model::ViolationMatch& m);
Result<std::optional<model::ViolationMatch>> get_match(Db& db, int64_t violation_id);
// The matches of several records, by record id (records without one are absent).
Result<std::map<int64_t, model::ViolationMatch>> matches_of(Db& db,
                                                            const std::vector<int64_t>& ids);
// Matches waiting for review at one of `units` (every unit when nullopt), oldest record first,
// at most `limit` after `offset`; and their number.
Result<std::vector<model::ViolationMatch>> list_review(
    Db& db, const std::optional<std::vector<int64_t>>& units, int limit, int offset);
Result<int64_t> count_review(Db& db, const std::optional<std::vector<int64_t>>& units);
Status insert_decision(Db& db, const model::MatchDecision& d);
struct DecisionRow {
  model::MatchDecision decision;
  std::string login, full_name;  // of the user; empty for the engine
};
// The decisions about a record, oldest first.
Result<std::vector<DecisionRow>> list_decisions(Db& db, int64_t violation_id);

// Notices.
Result<int64_t> insert_notice(Db& db, const model::Notice& n);
// kNotFound when the id has no row.
Result<model::Notice> get_notice(Db& db, int64_t id);
// Replaces the mutable fields (state, escalated_at, closed_at, closed_by, summary,
// dispute_reason, updated_at) when the row still has `expected_state`; kConflict otherwise.
Status update_notice(Db& db, const model::Notice& n, const std::string& expected_state);
// The notice of a record that is not withdrawn or disputed, if any.
Result<std::optional<model::Notice>> live_notice_of(Db& db, int64_t violation_id);
struct NoticeFilter {
  std::optional<std::vector<int64_t>> schools;  // nullopt: every school
  std::optional<int64_t> student_id;
  std::string state;  // "" for every state
  bool overdue_only = false;
  int64_t now = 0;  // for overdue_only
  int limit = 100;
  std::optional<int64_t> before;  // ids below (paging, newest first)
};
Result<std::vector<model::Notice>> list_notices(Db& db, const NoticeFilter& f);
// Open notices past their deadline instant that were not escalated yet, oldest first.
Result<std::vector<model::Notice>> overdue_unescalated(Db& db, int64_t now, int limit);

Result<int64_t> insert_action(Db& db, const model::NoticeAction& a);
Result<std::vector<model::NoticeAction>> list_actions(Db& db, int64_t notice_id);

// The notices of a student dated (by their record) on or after `since`, excluding withdrawn and
// disputed ones, with the record's date and behaviour: for repeat offenders.
struct StudentViolation {
  int64_t notice_id = 0, violation_id = 0, school_unit_id = 0;
  std::string date;
  std::optional<std::string> behaviour, legal_code;
};
Result<std::vector<StudentViolation>> student_violations(Db& db, int64_t student_id,
                                                         const std::string& since);

// Marks read, `after` microseconds after they were made, the unread notifications about notices
// that are no longer open (the demo's history, read as its users would have read it). Returns
// how many.
Result<int64_t> mark_settled_notice_notifications_read(Db& db, int64_t after);

// Educational measures.
Result<int64_t> count_measures(Db& db);
Status upsert_measure(Db& db, const model::EducationMeasure& m);
Result<std::vector<model::EducationMeasure>> list_measures(Db& db);

}  // namespace atgt::store
