// SQL for traffic accidents involving students and their persons (migration 0015).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/accident.h"
#include "store/db.h"

namespace atgt::store {

// Inserts the accident and its persons (the caller's transaction); returns the accident's id.
Result<int64_t> insert_accident(Db& db, const model::Accident& a);
// kNotFound when the id has no row; persons included.
Result<model::Accident> get_accident(Db& db, int64_t id);
// Active accidents dated from..to (either may be empty) owned by one of `units`, placed at one of
// them, or involving a student of a school among them (nullopt: every accident), newest first,
// persons included.
Result<std::vector<model::Accident>> list_accidents(
    Db& db, const std::optional<std::vector<int64_t>>& units, const std::string& from,
    const std::string& to, int limit);
Status set_accident_status(Db& db, int64_t id, const std::string& status, int64_t now);

// The indicator records of the accidents dated from..to: one per (accident, school of a person)
// with that school's deaths and injuries, and one for the persons of no known school under the
// place's unit (else the owner).
struct AccidentRecord {
  int64_t unit_id = 0;
  std::string date;
  int64_t accident_id = 0;
  int64_t deaths = 0, injuries = 0;
};
Result<std::vector<AccidentRecord>> accident_records(Db& db, const std::string& from,
                                                     const std::string& to);

}  // namespace atgt::store
