// SQL for traffic stops, violation records, their versions, the view log and the daily summary
// rows (migration 0013). The rules are in domain/violation_rules.h. SQL only, no validation.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/violation.h"
#include "store/db.h"

namespace atgt::store {

Result<int64_t> insert_stop(Db& db, const model::TrafficStop& s);
// kNotFound when the id has no row.
Result<model::TrafficStop> get_stop(Db& db, int64_t id);

// Inserts the record and, when it is active, adds it to its daily summary row (same
// transaction: the caller's). kConflict "unique_violation" when (source_system, external_id)
// exists.
Result<int64_t> insert_violation(Db& db, const model::ViolationRecord& v);
// kNotFound when the id has no row.
Result<model::ViolationRecord> get_violation(Db& db, int64_t id);
// A correction or a withdrawal: keeps `old_state` (the record as JSON before the change) as
// version old.version in violation_versions, replaces the row with `v` (v.version must be
// old.version + 1) and moves the record between summary rows (out of the old one when it was
// active, into the new one when it is). kConflict when the row changed since `old` was read.
Status replace_violation(Db& db, const model::ViolationRecord& old, const model::ViolationRecord& v,
                         const std::string& old_state, const std::optional<std::string>& reason);
struct ViolationVersion {
  int version = 0;
  std::string state;  // JSON
  std::optional<std::string> reason;
  int64_t changed_at = 0;
  std::optional<int64_t> changed_by;
};
// Earlier versions of a record, oldest first.
Result<std::vector<ViolationVersion>> list_violation_versions(Db& db, int64_t violation_id);
// The id of the record a system pushed under this external id, if any.
Result<std::optional<int64_t>> find_external_violation(Db& db, const std::string& source_system,
                                                       const std::string& external_id);
// Records owned by any of `owners` dated from..to (inclusive; either may be empty), newest
// first, at most `limit`, ids below `before` when set (paging).
Result<std::vector<model::ViolationRecord>> list_violations(Db& db,
                                                            const std::vector<int64_t>& owners,
                                                            const std::string& from,
                                                            const std::string& to, int limit,
                                                            std::optional<int64_t> before);
// Records of one stop, by id.
Result<std::vector<model::ViolationRecord>> stop_violations(Db& db, int64_t stop_id);

// One view-log row per record shown (context "list" or "detail").
Status log_violation_views(Db& db, const std::vector<int64_t>& ids, std::optional<int64_t> user,
                           int64_t at, const std::string& context);
Result<int64_t> count_violation_views(Db& db, int64_t violation_id);
struct ViolationView {
  std::optional<int64_t> user_id;
  std::string login, full_name;  // empty when the user row is gone
  int64_t viewed_at = 0;
  std::string context;
};
// The view log of one record, newest first.
Result<std::vector<ViolationView>> list_violation_views(Db& db, int64_t violation_id);

struct ViolationDailyRow {
  int64_t owner_unit_id = 0;
  std::string day;
  int64_t place_unit_id = 0;
  std::string legal_code, behaviour, age_band;
  int64_t records = 0;
};
// Summary rows of the owners dated from..to, by day.
Result<std::vector<ViolationDailyRow>> list_violation_daily(Db& db,
                                                            const std::vector<int64_t>& owners,
                                                            const std::string& from,
                                                            const std::string& to);

}  // namespace atgt::store
