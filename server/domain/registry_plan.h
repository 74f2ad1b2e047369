// Planning a change to the organisation registry (rename, move, merge, split, dissolve): checks
// the request against the organisation as it is, and lists every version that will end or start
// and every child unit that will move, so that the UI can show the plan before it is applied and
// the store applies exactly that plan. Pure: no database access.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/org.h"

namespace atgt {

struct NewUnitSpec {
  std::string code, name, type;
  std::optional<std::string> short_name;
  std::optional<int64_t> parent_id;
};

struct EventRequest {
  std::string kind;  // rename | move | merge | split | dissolve
  std::string date;  // ISO; the first day of the new state
  std::vector<int64_t> unit_ids;
  std::vector<int64_t> successor_ids;
  std::optional<NewUnitSpec> new_unit;
  std::optional<std::string> name;       // rename
  std::optional<int64_t> parent_id;      // move
  std::optional<std::string> note;
};

struct PlannedChange {
  int64_t unit_id = 0;  // 0 for the new unit
  std::string code, name;
  std::string action;   // ends | starts | renamed | moved | children_move
  std::string detail;   // Vietnamese, for the preview
};

struct PlannedMove {
  int64_t unit_id = 0;
  std::string code, name;
  std::optional<int64_t> from_parent;
  int64_t to_parent = 0;  // 0 = the new unit
};

struct EventPlan {
  EventRequest request;
  std::vector<PlannedChange> changes;
  std::vector<PlannedMove> children;  // children of ending units, moved to a successor
  std::string day_before;             // date - 1
};

// kInvalid with fields for requests that do not fit the organisation on that date.
Result<EventPlan> plan_event(const OrgIndex& org, const EventRequest& req,
                             const std::vector<std::string>& known_types);

}  // namespace atgt
