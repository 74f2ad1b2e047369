// Standard Status constructors.
#include "base/status.h"

#include "base/log.h"

namespace atgt {

Status NotFound(std::string what) { return {Kind::kNotFound, "not_found", std::move(what)}; }
Status Invalid(std::string message) {
  return {Kind::kInvalid, "validation", std::move(message)};
}
Status BadRequest(std::string message) {
  return {Kind::kBadRequest, "bad_request", std::move(message)};
}
Status Forbidden(std::string message) {
  return {Kind::kForbidden, "forbidden", std::move(message)};
}
Status Unauthenticated(std::string message) {
  return {Kind::kUnauthenticated, "unauthenticated", std::move(message)};
}
Status Conflict(std::string message) { return {Kind::kConflict, "conflict", std::move(message)}; }
Status Internal(std::string detail) {
  log::error("internal", {{"detail", detail}});
  return {Kind::kInternal, "internal", "Lỗi hệ thống. Vui lòng thử lại sau."};
}
Status Unavailable(std::string detail) {
  log::error("unavailable", {{"detail", detail}});
  return {Kind::kUnavailable, "unavailable", "Hệ thống tạm thời không truy cập được cơ sở dữ liệu."};
}

}  // namespace atgt
