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
#include "store/roster_store.h"  // the roster write and identification

namespace atgt::store {

using model::CommitmentCount;
using model::Guardian;
using model::ParkingOperator;
using model::RosterStudent;
using model::Student;
using model::StudentAgeRange;
using model::StudentEnrolment;
using model::Vehicle;

inline constexpr const char* kSearchStudent = "student";

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
