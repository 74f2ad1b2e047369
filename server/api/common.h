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

// The cache revisions of this request (store/revisions_store.h), read from the database on the
// first call and kept in the Ctx: whatever a request takes from a cache is checked against the
// same values, read before the data was.
Result<store::Revisions> revisions(Ctx& c, store::Db& db);

// What a handler returns in cache-only mode (Ctx::cache_only) when the answer needs a blocking
// call; the dispatcher then runs the request again on the worker pool.
Status would_block();
bool is_would_block(const Status& st);

// The organisation index, reloaded when the registry revision in the database changes (so a
// change made through another server process is seen on the next request).
Result<std::shared_ptr<const OrgIndex>> org_index(Ctx& c, store::Db& db);

// Prebuilt JSON bodies that depend only on the registry and the local date `date` (Services::
// reply_cache): the body stored under `key` for this request's registry revision and `date`, or
// null; cache_body() stores one. revisions() must have been read.
std::shared_ptr<const std::string> cached_body(Ctx& c, const std::string& key,
                                               const std::string& date);
void cache_body(Ctx& c, const std::string& key, const std::string& date,
                std::shared_ptr<const std::string> body);
// A reply with a prebuilt JSON body.
Reply text_reply(std::shared_ptr<const std::string> body, int status = 200);

// Which roles each unit type may hold (table role_unit_types).
Result<RoleRules> role_rules(store::Db& db);

// Optional "date" query parameter: absent -> today (Asia/Ho_Chi_Minh); malformed -> kInvalid.
Result<std::string> date_param(const Ctx& c, const char* name);
// Optional integer query parameter.
Result<std::optional<int64_t>> int_param(const Ctx& c, const char* name, int64_t lo, int64_t hi);

Reply json_reply(boost::json::value body, int status = 200);

}  // namespace atgt::api
