// Authentication of a request: a Bearer API token or the session cookie. CSRF check for cookie
// sessions on writes. Used by the dispatcher before any handler runs.
#pragma once

#include <optional>
#include <string>

#include "api/route.h"
#include "store/db.h"

namespace atgt::api {

inline constexpr const char* kSessionCookie = "atgt_session";

// nullopt when the request carries no credentials; kUnauthenticated for unknown, expired or
// revoked credentials and disabled users.
Result<std::optional<Principal>> authenticate(Ctx& c, store::Db& db);

// For cookie sessions on anything but GET/HEAD: the X-CSRF-Token header must match.
Status check_csrf(const Ctx& c);

// Value of a cookie in the request, or "".
std::string cookie_value(const http::Request& req, const std::string& name);

// Set-Cookie header values.
std::string session_cookie(const std::string& token, bool secure, int max_age_seconds);
std::string clear_session_cookie(bool secure);

}  // namespace atgt::api
