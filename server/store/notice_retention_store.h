// Retention of the violation loop's personal data (issue 12, privacy): after the retention of the
// purpose "violation_handling" (processing_purposes.retention_days; the general setting when NULL),
// the personal data of a notice that is no longer open is removed — its student replaced by a
// random pseudonym, its free texts and evidence files removed — and the personal fields of its
// record are blanked (with the record's earlier versions, the match's candidates and the audit
// rows about them: audit_log.redacted = 1). Records that never led to a notice are blanked after
// the same period from their date. What the statistics read (dates, codes, behaviours, age bands,
// places, schools, states, deadlines) stays as it was. SQL only; called by
// store::purge_personal_data in its transaction.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "store/db.h"

namespace atgt::store {

// The purpose whose retention applies here.
inline constexpr const char* kViolationPurpose = "violation_handling";

// The retention days of a purpose: its retention_days, or `general` when NULL or absent.
Result<int> purpose_retention_days(Db& db, const std::string& code, int general);

// Removes, as of `now`, the personal data of notices closed, disputed or withdrawn more than `days`
// ago and of records older than `days` that never led to a notice (none waiting for review).
// Returns (what, rows) for "notices", "violations", "pseudonyms" and "audit_log". The caller holds
// the transaction.
Result<std::vector<std::pair<std::string, int64_t>>> purge_closed_notices(Db& db, int64_t now,
                                                                          int days);

// "Ẩn danh HS-XXXXXXXX": the display name of a new pseudonym (random, 8 characters).
std::string new_pseudonym();

}  // namespace atgt::store
