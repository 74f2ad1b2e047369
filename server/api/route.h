// The shape of one API route and of a handler's reply. The whole table is in api/routes.cpp.
#pragma once

#include <boost/json.hpp>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "domain/access.h"
#include "domain/principal.h"
#include "http/message.h"
#include "store/pool.h"
#include "store/revisions_store.h"

namespace atgt::api {

struct Services;

enum class Auth {
  kPublic,          // no login needed
  kLogin,           // any active session or token; refused while a password change is pending
  kLoginPending,    // allowed even while the first-login password change is pending
};

struct QueryParam {
  const char* name;
  const char* type;  // "string", "integer", "date"
  bool required;
  const char* description;
};

struct Ctx {
  http::Request& req;
  Services& svc;
  std::optional<Principal> who;
  std::map<std::string, std::string> path;

  // The {id} style path parameter as a positive integer (kNotFound otherwise).
  Result<int64_t> path_id(const std::string& name = "id") const;
  // A query parameter, validated: nullopt when absent; kInvalid when present but malformed.
  const std::string* query(const std::string& name) const { return req.query_param(name); }
  // The request's database connection, taken from the pool on first use and held until the
  // request ends (one connection per request).
  Result<store::Db*> db();
  std::optional<store::Lease> lease;
  const Principal& me() const { return *who; }
  // The cache revisions, read once per request (api/common.h revisions()).
  std::optional<store::Revisions> revisions;
  // On an I/O thread (app/dispatch.h dispatch_cached): answer from the caches only; whatever
  // would block returns would_block() and the request is run again on the worker pool.
  bool cache_only = false;
};

// request_schema / response_schema value for a raw file body instead of JSON: the upload is
// streamed to disk (Request::body_file) and the download is sent from Reply::body_file.
inline constexpr const char* kFileBody = "@file";
// response_schema values for a document rendered in memory (Reply::bytes), declared in the
// OpenAPI document with their media types.
inline constexpr const char* kPdfBody = "@pdf";
inline constexpr const char* kDocxBody = "@docx";
inline constexpr const char* kXlsxBody = "@xlsx";
// The media type of a kPdfBody / kDocxBody / kXlsxBody response schema, or nullptr.
const char* binary_media_type(const char* response_schema);

struct Reply {
  int status = 200;
  boost::json::value body;  // null with status 204
  std::string body_file;    // a file sent as the body instead of JSON (response_schema kFileBody)
  // Bytes made in memory (a render) sent with `content_type` instead of JSON.
  std::string bytes;
  std::string content_type;
  std::vector<std::pair<std::string, std::string>> headers;
  // A prebuilt JSON body (api/common.h reply caches): sent instead of `body` when set.
  std::shared_ptr<const std::string> json_text;
};

using HandlerFn = Result<Reply> (*)(Ctx&);

struct Route {
  const char* method;
  const char* pattern;  // "/api/v1/units/{id}"
  const char* operation_id;
  const char* summary;  // Vietnamese, shown in the OpenAPI document
  const char* tag;
  Auth auth;
  std::optional<Capability> need;  // the capability the caller must hold; nullopt: any signed-in user
  HandlerFn handler;
  const char* request_schema;   // component name, or "" for no body
  const char* response_schema;  // component name, or "" for 204
  int success_status;
  std::vector<QueryParam> query;
};

const std::vector<Route>& routes();

}  // namespace atgt::api
