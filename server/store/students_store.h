// SQL for students and rosters, commitments and parking operators (migration 0009). Scoping and
// validation live in api/ and domain/; every roster write carries the batch id of its batch.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/student.h"
#include "store/db.h"

namespace atgt::store {

using model::CommitmentCount;
using model::Guardian;
using model::ParkingOperator;
using model::RosterEntry;
using model::RosterStudent;
using model::Student;
using model::StudentAgeRange;
using model::StudentEnrolment;
using model::Vehicle;

inline constexpr const char* kSearchStudent = "student";

// The stored student a roster line is about: by personal id when the line has one (a student
// known by that id), else by folded name + date of birth among the students ever enrolled at
// `unit_id`. nullopt for a new student.
Result<std::optional<int64_t>> identify_student(Db& db, const RosterEntry& e, int64_t unit_id);

struct RosterCounts {
  int64_t inserted = 0, updated = 0;
};

// Writes a roster of one school unit and school year in the caller's transaction: inserts new
// students, updates known ones (name, date of birth, sex, personal id when given; guardians and
// vehicles replaced when the line lists any), sets each one's enrolment of the year to this unit
// and class (a student enrolled elsewhere that year moves), keeps the search index, and upserts
// `enrolments` (source 'roster', `level`) with the unit's roster size. Every row written carries
// `batch_id`. `progress(done)` is called every 500 lines (may return an error to stop).
Result<RosterCounts> write_roster(Db& db, int64_t unit_id, const std::string& school_year,
                                  const std::string& level, const std::vector<RosterEntry>& rows,
                                  const std::string& batch_id, int64_t now,
                                  std::optional<int64_t> user_id,
                                  const std::function<Status(int64_t)>& progress = {});

// Students enrolled in `school_year` at one of `unit_ids`, optionally of one class and matching a
// search query, by unit, class and name; at most `limit` after the student id `after` (0: first).
struct StudentFilter {
  std::vector<int64_t> unit_ids;
  std::string school_year;
  std::optional<std::string> class_name;
  std::optional<std::string> query;
  int64_t after = 0;
  int limit = 200;
};
Result<std::vector<RosterStudent>> list_roster(Db& db, const StudentFilter& f);
Result<Student> get_student(Db& db, int64_t id);
// Every school year of a student, oldest first.
Result<std::vector<StudentEnrolment>> student_history(Db& db, int64_t id);
Result<std::vector<Guardian>> student_guardians(Db& db, int64_t id);
Result<std::vector<Vehicle>> student_vehicles(Db& db, int64_t id);
// The guardians of several students (a list page), by student id, each in insertion order.
Result<std::map<int64_t, std::vector<Guardian>>> guardians_of(Db& db,
                                                              const std::vector<int64_t>& ids);
// The school unit of each student's latest school year, by student id.
Result<std::map<int64_t, int64_t>> latest_units(Db& db, const std::vector<int64_t>& ids);
// The classes of a unit's roster in a school year, sorted.
Result<std::vector<std::string>> roster_classes(Db& db, int64_t unit_id, const std::string& year);

// Commitments. The campaign of a school year and kind ("student" | "parent"), created if missing.
Result<int64_t> campaign_id(Db& db, const std::string& school_year, const std::string& kind,
                            int64_t now);
Status set_signature(Db& db, int64_t campaign, int64_t student_id, int64_t unit_id, bool is_signed,
                     const std::optional<std::string>& signed_date, int64_t now,
                     std::optional<int64_t> user_id, const std::optional<std::string>& batch_id);
// The recorded signatures of the campaign (school year, kind) of the students on `unit_id`'s
// roster of that year, by student id (a student never recorded is absent).
struct SignatureState {
  bool is_signed = false;
  std::optional<std::string> signed_date;
};
Result<std::map<int64_t, SignatureState>> roster_signatures(Db& db, const std::string& school_year,
                                                            const std::string& kind,
                                                            int64_t unit_id);
// Per unit and class of the roster of `school_year` at `unit_ids`: roster size, signed, recorded.
Result<std::vector<CommitmentCount>> commitment_counts(Db& db, const std::string& school_year,
                                                       const std::string& kind,
                                                       const std::vector<int64_t>& unit_ids);
// The students of a class who have not signed (not recorded, or recorded as not signed), by name.
Result<std::vector<RosterStudent>> unsigned_students(Db& db, const std::string& school_year,
                                                     const std::string& kind, int64_t unit_id,
                                                     const std::string& class_name);

// Commitment records of a school year for the indicator engine (source `commitments`): one per
// student on the roster of `school_year` and campaign kind ("student", "parent"), at the school of
// the roster, signed when a signature of that year's campaign says so; and one per parking
// operator (kind "parking") listed or signed on or before `last_day`, signed when its signed date
// is on or before `last_day`.
struct CommitmentRecord {
  int64_t unit_id = 0;
  std::string kind;
  bool is_signed = false;
  std::optional<std::string> signed_date;
};
Result<std::vector<CommitmentRecord>> commitment_records(Db& db, const std::string& school_year,
                                                         const std::string& last_day);

// Parking operators.
Result<std::vector<ParkingOperator>> list_parking_operators(Db& db,
                                                            const std::vector<int64_t>& unit_ids);
Result<ParkingOperator> get_parking_operator(Db& db, int64_t id);
Result<int64_t> insert_parking_operator(Db& db, const ParkingOperator& p);
Status update_parking_operator(Db& db, const ParkingOperator& p);
Status delete_parking_operator(Db& db, int64_t id);

// Plausible ages per unit type.
Result<std::vector<StudentAgeRange>> list_student_ages(Db& db);
Status upsert_student_age(Db& db, const StudentAgeRange& r);

// Search index of students (entity "student"): rebuilt when students exist and none is indexed.
Result<int64_t> backfill_student_terms(Db& db);

}  // namespace atgt::store
