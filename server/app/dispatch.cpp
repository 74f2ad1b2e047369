// Request dispatch.
#include "app/dispatch.h"

#include <boost/json.hpp>

#include "api/auth.h"
#include "api/common.h"
#include "api/route.h"
#include "app/security_headers.h"
#include "app/static_files.h"
#include "base/net.h"
#include "base/text.h"
#include "store/migrate.h"

namespace atgt::app {
namespace json = boost::json;
namespace {

constexpr const char* kJson = "application/json; charset=utf-8";

// Splits "/api/v1/units/12" and matches "{name}" segments; `params` (may be null) receives them.
bool match(const char* pattern, std::string_view path, std::map<std::string, std::string>* params) {
  std::string_view p(pattern), s(path);
  while (!p.empty() || !s.empty()) {
    if (p.empty() || s.empty() || p[0] != '/' || s[0] != '/') return false;
    p.remove_prefix(1);
    s.remove_prefix(1);
    size_t pe = p.find('/'), se = s.find('/');
    std::string_view pseg = p.substr(0, pe), sseg = s.substr(0, se);
    if (pseg.size() > 2 && pseg.front() == '{' && pseg.back() == '}') {
      if (sseg.empty()) return false;
      if (params) (*params)[std::string(pseg.substr(1, pseg.size() - 2))] = std::string(sseg);
    } else if (pseg != sseg) {
      return false;
    }
    p.remove_prefix(pe == std::string_view::npos ? p.size() : pe);
    s.remove_prefix(se == std::string_view::npos ? s.size() : se);
  }
  return true;
}

http::Response json_response(int status, const json::value& body) {
  http::Response r;
  r.status = status;
  r.set_header("Content-Type", kJson);
  r.body = json::serialize(body);
  return r;
}

http::Response health(api::Services& svc, bool ready) {
  if (!ready) return json_response(200, json::object{{"status", "ok"}});
  auto db = svc.pool->acquire(std::chrono::seconds(2));
  if (!db.ok()) return error_response(db.status());
  auto st = store::migration_state(**db);
  if (!st.ok()) return error_response(st.status());
  if (st->current != st->latest)
    return json_response(
        503, json::object{{"error", json::object{{"code", "migrations_pending"},
                                                 {"message",
                                                  "Cơ sở dữ liệu chưa được cập nhật lược đồ."}}}});
  return json_response(200, json::object{{"status", "ready"}, {"schema_version", st->current}});
}

// The route of an API request; kNotFound / kMethodNotAllowed otherwise.
Status find_route(const http::Request& req, const api::Route** found,
                  std::map<std::string, std::string>* params) {
  bool path_known = false;
  for (const auto& r : api::routes()) {
    if (!match(r.pattern, req.path, nullptr)) continue;
    path_known = true;
    if (req.method == r.method || (req.method == "HEAD" && std::string_view(r.method) == "GET")) {
      *found = &r;
      match(r.pattern, req.path, params);
      return Status::Ok();
    }
  }
  if (!path_known) return Status(Kind::kNotFound, "unknown_route", "Không có API này.");
  return Status(Kind::kMethodNotAllowed, "method_not_allowed",
                "Phương thức không được hỗ trợ cho API này.");
}

// Who may call the route, decided from the request's header alone: authentication, CSRF, a
// pending first-login password change, the route's capability, the token's scopes.
Status authorize(api::Ctx& ctx, const api::Route& route) {
  if (route.auth == api::Auth::kPublic) return Status::Ok();
  auto db = ctx.db();
  if (!db.ok()) return db.status();
  auto who = api::authenticate(ctx, **db);
  if (!who.ok()) return who.status();
  ctx.who = std::move(who).value();
  if (!ctx.who) return Unauthenticated();
  ATGT_TRY(api::check_csrf(ctx));
  if (route.auth == api::Auth::kLogin && ctx.who->must_change_password)
    return Status(Kind::kForbidden, "password_change_required", "Bạn cần đổi mật khẩu trước khi tiếp tục.");
  if (route.need && !has_capability(*ctx.who, *route.need)) return Forbidden();
  if (ctx.who->via_token()) {
    const auto& s = ctx.who->token_scopes;
    if (std::find(s.begin(), s.end(), route.operation_id) == s.end())
      return Status(Kind::kForbidden, "token_scope",
                    "Mã truy cập không được phép gọi thao tác này.");
  }
  return Status::Ok();
}

http::Response refusal(api::Services& svc, const http::Request& req, const Status& st) {
  auto res = error_response(st);
  if (st.kind() == Kind::kUnauthenticated && !api::cookie_value(req, api::kSessionCookie).empty())
    res.set_header("Set-Cookie", api::clear_session_cookie(svc.config.secure_cookies));
  return res;
}

// The request body against what the route takes: a file, JSON (UTF-8, with its content type),
// or nothing.
Status check_body(const http::Request& req, const api::Route& route) {
  const bool file_route = std::string_view(route.request_schema) == api::kFileBody;
  if (!req.body_file.empty() && !file_route)
    return Status(Kind::kBadRequest, "bad_request", "API này không nhận tệp.");
  if (!req.body.empty() && !valid_utf8(req.body))
    return Status(Kind::kBadRequest, "invalid_json", "Nội dung gửi lên không phải UTF-8 hợp lệ.");
  if (file_route) {
    if (req.body_file.empty() || req.body_file_size == 0)
      return Status(Kind::kBadRequest, "empty_upload", "Chưa có nội dung tệp.");
  } else if (!*route.request_schema) {
    if (!req.body.empty() && req.method != "GET" && req.method != "HEAD")
      return Status(Kind::kBadRequest, "unexpected_body",
                    "Thao tác này không nhận nội dung gửi kèm.");
  } else {
    const std::string* ct = req.header("content-type");
    if (!ct || ct->rfind("application/json", 0) != 0)
      return Status(Kind::kUnsupportedMedia, "unsupported_media_type",
                    "Nội dung phải là application/json.");
  }
  return Status::Ok();
}

// Authorisation, the body check, then the handler.
Result<api::Reply> run_route(api::Ctx& ctx, const api::Route& route) {
  ATGT_TRY(authorize(ctx, route));
  ATGT_TRY(check_body(ctx.req, route));
  return route.handler(ctx);
}

// The HTTP response for a handler's reply.
http::Response reply_response(api::Reply& reply) {
  http::Response res;
  res.status = reply.status;
  for (auto& h : reply.headers) res.headers.push_back(std::move(h));
  if (!reply.body_file.empty()) {
    res.body_file = std::move(reply.body_file);
  } else if (!reply.content_type.empty()) {
    res.set_header("Content-Type", reply.content_type);
    res.body = std::move(reply.bytes);
  } else if (res.status != 204) {
    res.set_header("Content-Type", kJson);
    res.body = reply.json_text ? *reply.json_text : json::serialize(reply.body);
  }
  return res;
}

// The response to an API request from its outcome: the reply or the refusal, the user for the
// access log, no body for HEAD.
http::Response api_response(api::Services& svc, const api::Ctx& ctx, Result<api::Reply> reply) {
  http::Response res = reply.ok() ? reply_response(*reply) : refusal(svc, ctx.req, reply.status());
  if (ctx.who) res.log_user = std::to_string(ctx.who->user_id);
  if (ctx.req.method == "HEAD") {
    res.body.clear();
    res.body_file.clear();
  }
  return res;
}

http::Response api_call(api::Services& svc, http::Request& req) {
  const api::Route* found = nullptr;
  std::map<std::string, std::string> params;
  if (Status st = find_route(req, &found, &params); !st.ok()) return error_response(st);
  api::Ctx ctx{req, svc, std::nullopt, std::move(params)};
  auto reply = run_route(ctx, *found);
  return api_response(svc, ctx, std::move(reply));
}

// The routes whose handlers can answer from the caches (Ctx::cache_only) and know to return
// would_block() otherwise. Any other route always runs on the worker pool.
bool answers_from_cache(const api::Route& route) {
  return std::string_view(route.operation_id) == "getUnit";
}

// An API request answered from the caches on the calling thread, or nullopt: the request then
// goes to the worker pool. Only on SQLite, whose revision read is a local file read of a few
// microseconds (on PostgreSQL it is a network round trip, which an I/O thread must not wait for).
std::optional<http::Response> api_call_cached(api::Services& svc, http::Request& req) {
  if ((req.method != "GET" && req.method != "HEAD") ||
      svc.pool->dialect() != store::Dialect::kSqlite)
    return std::nullopt;
  const api::Route* found = nullptr;
  std::map<std::string, std::string> params;
  if (!find_route(req, &found, &params).ok() || !answers_from_cache(*found)) return std::nullopt;
  api::Ctx ctx{req, svc, std::nullopt, std::move(params)};
  ctx.cache_only = true;
  auto reply = run_route(ctx, *found);
  if (!reply.ok() && api::is_would_block(reply.status())) return std::nullopt;
  return api_response(svc, ctx, std::move(reply));
}

}  // namespace

bool streams_body(const std::string& method, const std::string& path) {
  for (const auto& r : api::routes()) {
    std::map<std::string, std::string> p;
    if (method == r.method && std::string(r.request_schema) == api::kFileBody &&
        match(r.pattern, path, &p))
      return true;
  }
  return false;
}

int http_status(Kind k) {
  switch (k) {
    case Kind::kOk:
      return 200;
    case Kind::kBadRequest:
      return 400;
    case Kind::kInvalid:
      return 422;
    case Kind::kUnauthenticated:
      return 401;
    case Kind::kForbidden:
      return 403;
    case Kind::kNotFound:
      return 404;
    case Kind::kMethodNotAllowed:
      return 405;
    case Kind::kConflict:
      return 409;
    case Kind::kPayloadTooLarge:
      return 413;
    case Kind::kUnsupportedMedia:
      return 415;
    case Kind::kTooManyRequests:
      return 429;
    case Kind::kUnavailable:
      return 503;
    case Kind::kInternal:
      return 500;
  }
  return 500;
}

http::Response error_response(const Status& st) {
  json::object err{{"code", st.code()}, {"message", st.message()}};
  if (!st.fields().empty()) {
    json::object f;
    for (const auto& [k, v] : st.fields()) f[k] = v;
    err["fields"] = std::move(f);
  }
  if (!st.rows().empty()) {
    json::array rows;
    for (const auto& r : st.rows())
      rows.push_back(json::object{{"row", r.row}, {"column", r.column}, {"message", r.message}});
    err["rows"] = std::move(rows);
  }
  auto res = json_response(http_status(st.kind()), json::object{{"error", std::move(err)}});
  if (st.retry_after_seconds() > 0)
    res.set_header("Retry-After", std::to_string(st.retry_after_seconds()));
  res.log_error = st.code();
  return res;
}

namespace {

http::Response route(api::Services& svc, const StaticFiles& files, http::Request& req) {
  // Behind a trusted reverse proxy, the client is the address the proxy saw.
  if (!svc.config.trusted_proxies.empty())
    req.remote_ip =
        client_address(req.remote_ip, req.header("x-forwarded-for"), svc.config.trusted_proxies);
  if (req.path == "/healthz") return health(svc, false);
  if (req.path == "/readyz") return health(svc, true);
  if (req.path.rfind("/api/", 0) == 0 || req.path == "/api") return api_call(svc, req);
  if (req.method != "GET" && req.method != "HEAD")
    return error_response(
        Status(Kind::kMethodNotAllowed, "method_not_allowed", "Phương thức không được hỗ trợ."));
  auto res = files.serve(req.path);
  if (req.method == "HEAD") res.body.clear();
  return res;
}

}  // namespace

std::optional<http::Response> precheck(api::Services& svc, http::Request& req) {
  if (!svc.config.trusted_proxies.empty())
    req.remote_ip =
        client_address(req.remote_ip, req.header("x-forwarded-for"), svc.config.trusted_proxies);
  Status st = Status::Ok();
  if (req.path.rfind("/api/", 0) != 0) {
    // Only API routes take a body (the front end is GET-only).
    st = Status(Kind::kMethodNotAllowed, "method_not_allowed", "Phương thức không được hỗ trợ.");
  } else {
    const api::Route* found = nullptr;
    std::map<std::string, std::string> params;
    st = find_route(req, &found, &params);
    if (st.ok()) {
      api::Ctx ctx{req, svc, std::nullopt, std::move(params)};
      st = authorize(ctx, *found);
    }
  }
  if (st.ok()) return std::nullopt;
  auto res = refusal(svc, req, st);
  add_security_headers(res, svc.config.secure_cookies);
  return res;
}

std::optional<http::Response> dispatch_cached(api::Services& svc, http::Request& req) {
  // dispatch() resolves the client address itself when this answers nullopt.
  std::string peer = req.remote_ip;
  if (!svc.config.trusted_proxies.empty())
    req.remote_ip =
        client_address(req.remote_ip, req.header("x-forwarded-for"), svc.config.trusted_proxies);
  std::optional<http::Response> res;
  if (req.path == "/healthz") {
    res = health(svc, false);
  } else if (req.path.rfind("/api/", 0) == 0) {
    res = api_call_cached(svc, req);
  }
  if (!res) {
    req.remote_ip = std::move(peer);
    return std::nullopt;
  }
  add_security_headers(*res, svc.config.secure_cookies);
  return res;
}

http::Response dispatch(api::Services& svc, const StaticFiles& files, http::Request& req) {
  auto res = route(svc, files, req);
  add_security_headers(res, svc.config.secure_cookies);
  return res;
}

}  // namespace atgt::app
