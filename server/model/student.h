// Students and rosters (issue 11): a student's stable identity, their enrolment per school unit,
// school year and class, guardians, vehicles; commitments and parking operators. Plain structs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace atgt::model {

struct Guardian {
  std::string name, relation, phone;
};

struct Vehicle {
  std::string plate, kind;
};

struct Student {
  int64_t id = 0;
  std::optional<std::string> personal_id;  // 12 digits
  std::string full_name;
  std::string birth_date;                  // YYYY-MM-DD
  std::optional<std::string> sex;          // "Nam" or "Nữ"
  int64_t created_at = 0, updated_at = 0;
  std::optional<std::string> batch_id;
};

// One school year of a student: which school unit and class.
struct StudentEnrolment {
  int64_t student_id = 0, unit_id = 0;
  std::string school_year, class_name;
  std::optional<std::string> batch_id;
};

// A student with their enrolment of one school year (lists).
struct RosterStudent {
  Student student;
  StudentEnrolment enrolment;
};

// One line of a roster to write: identity, class, guardians and vehicles (replacing the stored
// ones when the line has any).
struct RosterEntry {
  std::optional<std::string> personal_id;
  std::string full_name, birth_date;
  std::optional<std::string> sex;
  std::string class_name;
  std::vector<Guardian> guardians;
  std::vector<Vehicle> vehicles;
};

struct CommitmentCount {
  int64_t unit_id = 0;
  std::string class_name;
  int64_t roster = 0, signed_count = 0, recorded = 0;
};

struct ParkingOperator {
  int64_t id = 0, unit_id = 0;
  std::string name, address;
  std::optional<std::string> signed_date;
  int64_t created_at = 0, updated_at = 0;
  std::optional<int64_t> updated_by;
};

struct StudentAgeRange {
  std::string unit_type;
  int min_age = 0, max_age = 0;
  std::optional<std::string> source;
};

}  // namespace atgt::model
