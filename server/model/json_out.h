// JSON views of records for API responses. Field names and types match the schemas in
// api/schemas.json.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>

#include "model/audit.h"
#include "model/unit.h"
#include "model/user.h"

namespace atgt::model {

boost::json::value opt_json(const std::optional<std::string>& v);
boost::json::value opt_json(const std::optional<int64_t>& v);
boost::json::value opt_json(const std::optional<double>& v);
// Microseconds -> ISO UTC text, or null.
boost::json::value time_json(const std::optional<int64_t>& micros);
boost::json::array flags_json(const std::string& flags);

boost::json::object user_json(const model::UserRecord& u);
boost::json::object unit_node_json(const model::UnitVersion& v);
// A registry event with its subjects, predecessors and successors; `provenance` adds where the
// event's data came from (registry editors only).
boost::json::object event_json(const model::UnitEvent& e, bool provenance);
boost::json::object unit_version_json(const model::UnitVersion& v, const std::optional<std::string>& parent_name);
boost::json::object audit_json(const model::AuditEntry& e);
boost::json::object token_json(const model::TokenRecord& t);

}  // namespace atgt::model
