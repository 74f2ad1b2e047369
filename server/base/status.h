// Errors as values: Status carries a machine code, a Vietnamese message for the user, and
// optional field / row details. Result<T> is a value or a Status. Only http/ maps a Kind to an
// HTTP status code; every other layer returns these.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace atgt {

enum class Kind {
  kOk,
  kBadRequest,        // malformed input (JSON syntax, encoding)
  kInvalid,           // well-formed input that fails validation (fields / rows)
  kUnauthenticated,   // no or expired session / token
  kForbidden,         // authenticated but not allowed
  kNotFound,          // the object or route does not exist (or is not visible)
  kMethodNotAllowed,  // the route exists with another method
  kConflict,          // uniqueness or state conflict
  kPayloadTooLarge,
  kUnsupportedMedia,
  kTooManyRequests,
  kUnavailable,  // dependency (database) not reachable
  kInternal,     // a bug or an unexpected failure: logged with details, shown generically
};

struct RowError {
  int row = 0;
  std::string column;
  std::string message;
};

class Status {
 public:
  Status() = default;
  Status(Kind kind, std::string code, std::string message)
      : kind_(kind), code_(std::move(code)), message_(std::move(message)) {}

  static Status Ok() { return {}; }
  bool ok() const { return kind_ == Kind::kOk; }
  Kind kind() const { return kind_; }
  const std::string& code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::map<std::string, std::string>& fields() const { return fields_; }
  const std::vector<RowError>& rows() const { return rows_; }

  Status& with_field(std::string field, std::string message) {
    fields_.emplace(std::move(field), std::move(message));
    return *this;
  }
  Status& with_row(RowError row) {
    rows_.push_back(std::move(row));
    return *this;
  }
  // For kTooManyRequests / kUnavailable: when the client may try again (Retry-After), 0 = unsaid.
  int retry_after_seconds() const { return retry_after_; }
  Status& with_retry_after(int seconds) {
    retry_after_ = seconds;
    return *this;
  }

 private:
  Kind kind_ = Kind::kOk;
  std::string code_;
  std::string message_;
  std::map<std::string, std::string> fields_;
  std::vector<RowError> rows_;
  int retry_after_ = 0;
};

// Common constructors with the product's standard Vietnamese wording.
Status NotFound(std::string what = "Không tìm thấy đối tượng.");
Status Invalid(std::string message = "Dữ liệu không hợp lệ.");
Status BadRequest(std::string message);
Status Forbidden(std::string message = "Bạn không có quyền thực hiện thao tác này.");
Status Unauthenticated(std::string message = "Bạn cần đăng nhập.");
Status Conflict(std::string message);
Status Internal(std::string detail);  // detail is logged, never shown
Status Unavailable(std::string detail);

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT implicit by design
  Result(Status status) : v_(std::move(status)) {}  // NOLINT; status must not be ok

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const T& value() const& { return std::get<0>(v_); }
  T* operator->() { return &std::get<0>(v_); }
  const T* operator->() const { return &std::get<0>(v_); }
  T& operator*() & { return std::get<0>(v_); }
  const T& operator*() const& { return std::get<0>(v_); }
  T&& operator*() && { return std::get<0>(std::move(v_)); }
  const Status& status() const& { return std::get<1>(v_); }
  Status&& status() && { return std::get<1>(std::move(v_)); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace atgt

// Propagate a failed Status / Result from the enclosing function.
#define ATGT_TRY(expr)                                \
  do {                                                \
    auto _st = (expr);                                \
    if (!_st.ok()) return ::atgt::detail_status(_st); \
  } while (0)

#define ATGT_CONCAT_INNER(a, b) a##b
#define ATGT_CONCAT(a, b) ATGT_CONCAT_INNER(a, b)
#define ATGT_ASSIGN_OR_RETURN(lhs, expr)                                       \
  auto ATGT_CONCAT(_res_, __LINE__) = (expr);                                  \
  if (!ATGT_CONCAT(_res_, __LINE__).ok())                                      \
    return std::move(ATGT_CONCAT(_res_, __LINE__)).status();                   \
  lhs = std::move(ATGT_CONCAT(_res_, __LINE__)).value()

namespace atgt {
inline Status detail_status(const Status& s) { return s; }
template <typename T>
Status detail_status(const Result<T>& r) {
  return r.status();
}
}  // namespace atgt
