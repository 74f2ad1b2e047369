// Helpers shared by handlers: audit entries, the organisation cache, query parsing.
#pragma once

#include <boost/json.hpp>
#include <memory>
#include <optional>
#include <string>

#include "api/route.h"
#include "domain/access.h"
#include "domain/org.h"
#include "store/db.h"

namespace atgt::api {

// Appends an audit row for the current request (user, ip, time), optionally tagged with the batch
// of one operation that writes several objects ("registry_import:…", "unit_event:42"), so that
// the audit log can list every row it created or changed.
Status audit(Ctx& c, store::Db& db, const std::string& action, const std::string& entity,
             const std::optional<std::string>& entity_id, const boost::json::object& changes,
             const std::optional<std::string>& batch_id = std::nullopt);

// The organisation index, reloaded when the registry revision in the database changes (so a
// change made through another server process is seen on the next request).
Result<std::shared_ptr<const OrgIndex>> org_index(Ctx& c, store::Db& db);

// Which roles each unit type may hold (table role_unit_types).
Result<RoleRules> role_rules(store::Db& db);

// Optional "date" query parameter: absent -> today (Asia/Ho_Chi_Minh); malformed -> kInvalid.
Result<std::string> date_param(const Ctx& c, const char* name);
// Optional integer query parameter.
Result<std::optional<int64_t>> int_param(const Ctx& c, const char* name, int64_t lo, int64_t hi);

Reply json_reply(boost::json::value body, int status = 200);

}  // namespace atgt::api
