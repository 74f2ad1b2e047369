// Plain records: traffic accidents involving students and their persons (migration 0015).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace atgt::model {

struct AccidentPerson {
  int64_t id = 0, accident_id = 0;
  std::string full_name;
  std::optional<std::string> birth_date;
  std::optional<int> birth_year;
  std::optional<int64_t> student_id, school_unit_id;
  std::string outcome;  // death | injury | unhurt
};

struct Accident {
  int64_t id = 0;
  int64_t owner_unit_id = 0;
  int64_t occurred_at = 0;
  std::string local_date;
  std::optional<int64_t> place_unit_id;
  std::string address;
  std::optional<double> latitude, longitude;
  std::string vehicles, cause, description;
  std::string status = "active";
  int64_t created_at = 0, updated_at = 0;
  std::optional<int64_t> created_by;
  std::vector<AccidentPerson> persons;
};

}  // namespace atgt::model
