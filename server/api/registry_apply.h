// Writing a planned registry change (domain/registry_plan.h) to the database: versions ended
// and started, the new unit, the event and its links, the children's move events. Shared by the
// API handler and the property test of the registry (registry_apply_test.cpp), so that what is
// tested is what the product does.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "domain/org.h"
#include "domain/registry_plan.h"
#include "store/db.h"

namespace atgt::api {

// One row written, for the audit rows of the event's batch.
struct RegistryWrite {
  std::string action, entity;  // e.g. end / rename / move / create; unit_version / unit / unit_event
  int64_t id = 0;
  boost::json::object detail;
};

struct AppliedEvent {
  int64_t event_id = 0;
  std::vector<RegistryWrite> written;
};

// Runs inside the caller's write transaction, with `org` the organisation the plan was made on;
// checks at the end that no unit is its own ancestor on any day from the event on (kInvalid:
// the caller must roll back). Does not bump the registry revision or audit.
Result<AppliedEvent> write_event(store::Db& db, const OrgIndex& org, const EventPlan& plan,
                                 std::optional<int64_t> user_id, int64_t now);

// Refuses (kInvalid) an organisation in the database with a parent cycle on any day from `from`.
Status check_no_cycle(store::Db& db, const std::string& from);

boost::json::value opt_id(const std::optional<int64_t>& v);

}  // namespace atgt::api
