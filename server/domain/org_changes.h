// What changed in the organisation between two dates ("Thay đổi giữa hai ngày"): the units that
// ended, started, were renamed or moved to another parent, comparing the version each unit had on
// `from` with the one it has on `to`. Merges and splits are events (store::events_between).
#pragma once

#include <string>
#include <vector>

#include "domain/org.h"

namespace atgt {

struct UnitChange {
  int64_t unit = 0;
  const model::UnitVersion* before = nullptr;  // on `from`; null for a unit that started
  const model::UnitVersion* after = nullptr;   // on `to`; null for a unit that ended
};

struct OrgChanges {
  std::vector<UnitChange> ended, started, renamed, moved;  // each sorted by name
};

// Requires from < to (ISO dates). The pointers live as long as `org`.
OrgChanges changes_between(const OrgIndex& org, const std::string& from, const std::string& to);

}  // namespace atgt
