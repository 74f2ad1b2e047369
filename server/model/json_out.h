// JSON views of records for API responses. Field names and types match the schemas in
// api/schemas.json.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>

#include "store/audit_store.h"
#include "store/units_store.h"
#include "store/users_store.h"

namespace atgt::model {

boost::json::value opt_json(const std::optional<std::string>& v);
boost::json::value opt_json(const std::optional<int64_t>& v);
boost::json::value opt_json(const std::optional<double>& v);
// Microseconds -> ISO UTC text, or null.
boost::json::value time_json(const std::optional<int64_t>& micros);
boost::json::array flags_json(const std::string& flags);

boost::json::object user_json(const store::UserRecord& u);
boost::json::object unit_node_json(const store::UnitVersion& v);
boost::json::object unit_version_json(const store::UnitVersion& v, const std::optional<std::string>& parent_name);
boost::json::object audit_json(const store::AuditEntry& e);
boost::json::object token_json(const store::TokenRecord& t);

}  // namespace atgt::model
