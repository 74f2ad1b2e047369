// Retention of personal data: deletes what is older than the retention period (the setting
// `retention.personal_data_days`, default 1095 days). Called by the scheduler (daily), by
// `atgt restore` after a restore, and counted per table for the caller's report. SQL only.
//
// A purpose with a retention of its own (processing_purposes.retention_days) has its own file,
// called from purge_personal_data: store/notice_retention_store.h.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "store/db.h"

namespace atgt::store {

inline constexpr int kDefaultRetentionDays = 1095;
// Bounds of the setting: one day to a hundred years.
inline constexpr int kMinRetentionDays = 1;
inline constexpr int kMaxRetentionDays = 36500;
// Run history of the scheduler is kept this long whatever the setting.
inline constexpr int kSchedulerRunsDays = 30;

// The setting `retention.personal_data_days` (kDefaultRetentionDays when absent; kInvalid when
// it is not a whole number within the bounds).
Result<int> personal_data_days(Db& db);
// Sets it (the caller checks the bounds and audits).
Status set_personal_data_days(Db& db, int days);

// One transaction: deletes, as of `now` (microseconds UTC), login attempts older than `days`,
// sessions unused for `days` (long expired), password resets used or expired and created before
// then, read notifications and sent emails created before then, and scheduler runs older than
// kSchedulerRunsDays; and students no roster has listed since then and not changed since then,
// with their guardians, vehicles, commitments, search terms and enrolments; the names of accident
// persons and of answered parents' requests older than `days`; first of all, the violation loop's
// personal data past the retention of its purpose (store/notice_retention_store.h). Returns
// (table, rows) for every rule, in rule order, including zeros.
Result<std::vector<std::pair<std::string, int64_t>>> purge_personal_data(Db& db, int64_t now,
                                                                         int days);

}  // namespace atgt::store
