// Plain records: traffic stops and violation records (migration 0013).
// No behaviour; domain/violation_rules.h checks them, the store reads and writes them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace atgt::model {

struct TrafficStop {
  int64_t id = 0;
  int64_t owner_unit_id = 0;             // the recording police unit
  int64_t occurred_at = 0;               // microseconds since the epoch
  std::string local_date;                // Vietnam time
  std::optional<int64_t> place_unit_id;  // commune police unit of the place that day
  std::string address;
  std::optional<double> latitude, longitude;
  std::string officer_name;
  int64_t created_at = 0;
  std::optional<int64_t> created_by;
};

struct ViolationRecord {
  int64_t id = 0;
  int64_t stop_id = 0;
  int64_t owner_unit_id = 0;
  std::string role;  // rider | passenger | pedestrian | owner | involved
  std::string full_name;
  std::optional<std::string> birth_date;  // 'YYYY-MM-DD'
  std::optional<int> birth_year;
  std::optional<std::string> sex, personal_id, school_stated, person_address;
  std::optional<std::string> vehicle_kind, plate;
  std::optional<int64_t> code_id;
  std::string sanction = "none";  // none | warning | fine
  std::optional<int64_t> fine_amount;
  bool impounded = false;
  std::optional<std::string> report_number, decision_number;
  std::string status = "active";  // active | withdrawn
  int version = 1;
  // Derived.
  std::string local_date, year_month;
  std::optional<int> age_years;
  std::string age_band;  // violation_rules::age_band(age_years)
  std::optional<std::string> behaviour, legal_code;
  std::optional<int64_t> place_unit_id;
  std::optional<std::string> source_system, external_id, batch_id;
  int64_t created_at = 0, updated_at = 0;
  std::optional<int64_t> created_by, updated_by;
  // When its personal fields were blanked after the retention (store/notice_retention_store.h).
  std::optional<int64_t> purged_at;
};

}  // namespace atgt::model
