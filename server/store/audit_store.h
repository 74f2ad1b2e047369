// The audit log: one row per write (who, when, from where, which entity, what changed). Bulk
// operations write one row per batch (batch_id); personal fields can later be redacted in place
// (redacted = 1) under the retention rules without losing the fact of the change.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/audit.h"
#include "store/db.h"

namespace atgt::store {

using model::AuditEntry;

Status append_audit(Db& db, const AuditEntry& e);

struct AuditFilter {
  std::optional<std::string> entity;
  std::optional<int64_t> user_id;
  std::optional<std::string> batch_id;  // one bulk operation, e.g. "job:42"
  std::optional<int64_t> from, to;      // microseconds, inclusive / exclusive
  std::optional<int64_t> before_id;
  // Only entries by users of these units when set (and entries without a user, such as command-
  // line administration, only with include_anonymous).
  std::optional<std::vector<int64_t>> user_unit_ids;
  bool include_anonymous = false;
  int limit = 50;
};
Result<std::vector<AuditEntry>> list_audit(Db& db, const AuditFilter& f);

}  // namespace atgt::store
