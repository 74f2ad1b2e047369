// The top-level request handler: /healthz, /readyz, the API (route match, authentication, CSRF,
// roles, token scopes, handler, error mapping) and the static front end; every response it returns
// gets the browser security headers (app/security_headers.h).
#pragma once

#include <optional>

#include "api/services.h"
#include "http/message.h"

namespace atgt::app {

class StaticFiles;

http::Response dispatch(api::Services& svc, const StaticFiles& files, http::Request& req);

// The same answer as dispatch(), given on the calling thread without blocking when it comes from
// the process's caches (/healthz; on SQLite, the API routes that answer from a cache when the
// session or token and the object are cached under the current revisions): nullopt otherwise,
// and the request then goes to dispatch() on the worker pool (http::ServerOptions::fast_handler).
std::optional<http::Response> dispatch_cached(api::Services& svc, http::Request& req);

// The decision on a request with a body from its header alone (http::ServerOptions::precheck):
// the route, authentication, CSRF and the route's permission; a refusal response, or nullopt to
// read the body and dispatch.
std::optional<http::Response> precheck(api::Services& svc, http::Request& req);

// True for the API routes whose request body is a file (streamed to disk by the HTTP shell).
bool streams_body(const std::string& method, const std::string& path);

// Turns a Status into the JSON error response (the one place that maps Kind -> HTTP status).
http::Response error_response(const Status& st);
int http_status(Kind kind);

}  // namespace atgt::app
