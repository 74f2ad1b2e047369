// Plain records of the violation loop after a record is stored (migration 0014): the match of a
// record to a student, the decisions about it, the notice to the school and what the school did.
// No behaviour; domain/notice_rules.h checks them, the store reads and writes them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace atgt::model {

struct ViolationMatch {
  int64_t violation_id = 0;
  std::string state;  // auto | review | confirmed | rejected | unmatched | withdrawn
  std::optional<int64_t> student_id, school_unit_id;
  std::optional<double> score;
  std::string candidates = "[]";  // JSON array, best first
  std::optional<int64_t> review_unit_id;
  std::string disputed = "[]";  // JSON array of student ids
  int64_t created_at = 0, updated_at = 0;
};

struct MatchDecision {
  int64_t violation_id = 0;
  std::string decision;  // auto | review | unmatched | confirm | reject | dispute | withdraw
  std::optional<int64_t> student_id, user_id, unit_id;
  std::optional<std::string> reason;
  int64_t decided_at = 0;
};

struct Notice {
  int64_t id = 0;
  int64_t violation_id = 0, student_id = 0, school_unit_id = 0;
  std::string state = "open";  // open | closed | disputed | withdrawn
  int64_t created_at = 0;
  std::string deadline_date;
  int64_t deadline_at = 0;
  std::optional<int64_t> escalated_at, closed_at, closed_by;
  std::optional<std::string> summary, dispute_reason;
  int64_t updated_at = 0;
  // When its personal data was removed after the retention (store/notice_retention_store.h).
  std::optional<int64_t> purged_at;
};

struct NoticeAction {
  int64_t id = 0, notice_id = 0;
  std::string kind;  // measure | parent_meeting | commitment | conduct_note | evidence | note
  std::optional<std::string> measure_code;
  std::string action_date, note;
  std::optional<int64_t> file_id;
  int64_t created_at = 0;
  std::optional<int64_t> created_by;
};

struct EducationMeasure {
  std::string code, name;
  std::string unit_types;  // '|'-separated
  std::string applied_by;  // teacher | principal
  std::string valid_from;
  std::optional<std::string> valid_to;
  std::string source;
};

// One enrolment row of the rosters as the matching engine reads it.
struct MatchRosterRow {
  int64_t student_id = 0, unit_id = 0;
  std::string full_name, birth_date, school_year, class_name;
  std::optional<std::string> sex, personal_id, plate;
};

}  // namespace atgt::model
