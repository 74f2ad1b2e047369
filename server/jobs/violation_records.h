// Checking and writing the persons of one traffic stop (issue 12), shared by the form and the
// API push (api/violations_api.cpp) and the bulk import (jobs/violation_import.h): every person
// is checked (record fields, a code in force on the day, the sanction the age allows) and the
// derived fields are filled; a stop is written only when every person passes.
#pragma once

#include <boost/json.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/org.h"
#include "model/violation.h"
#include "model/violation_code.h"
#include "store/db.h"

namespace atgt::jobs {

// The codes in force found for (decree, code, day), kept for one batch (a push request, an import):
// a batch of 500 stops names few distinct codes and days, so each is looked up once.
class CodeCache {
 public:
  // store::find_code_in_force, remembered (kNotFound too).
  Result<model::ViolationCode> find(store::Db& db, const std::string& decree,
                                    const std::string& code, const std::string& day);

 private:
  std::map<std::string, std::optional<model::ViolationCode>> found_;
};

// The persons of a request (JSON objects with role, full_name, birth_date | birth_year, sex,
// personal_id, school_stated, address, vehicle_kind, plate, decree, code, sanction, fine_amount,
// impounded, report_number, decision_number; external_id when `pushed`), each checked against
// `stop` (its date, owner and place), with the derived fields filled. kInvalid naming every
// wrong field as persons[i].field.
Result<std::vector<model::ViolationRecord>> read_persons(store::Db& db,
                                                         const boost::json::array& in,
                                                         const model::TrafficStop& stop,
                                                         bool pushed, CodeCache* codes = nullptr);

// A stop as requested: its fields and the raw persons (checked by write_stop).
struct StopRequest {
  model::TrafficStop stop;
  boost::json::array persons;
};

struct Written {
  model::TrafficStop stop;
  std::vector<model::ViolationRecord> records;
};

// Checks the units (the owner alive on the day; the place a police unit alive on the day) and the
// persons, then writes the stop and its records in the caller's transaction (a push names its
// `source` system and needs an external id per person). kInvalid naming the fields, nothing
// written, when anything is wrong.
Result<Written> write_stop(store::Db& db, const OrgIndex& org, StopRequest& req,
                           const std::optional<std::string>& source,
                           const std::optional<std::string>& batch, bool pushed,
                           CodeCache* codes = nullptr);

}  // namespace atgt::jobs
