// Issuing API tokens, shared by a person's own tokens (tokens_api.cpp) and the tokens of service
// accounts (service_accounts_api.cpp): one validation of the request, one way to store and answer.
#pragma once

#include <boost/json.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "api/route.h"
#include "store/db.h"

namespace atgt::api {

inline constexpr int64_t kMaxTokenDays = 365;
inline constexpr int64_t kDefaultTokenDays = 90;

// POST body {name, unit_id?, scopes, expires_in_days?}: scopes must be known, non-public
// operation ids; the expiry 1–365 days (90 by default). kInvalid with fields otherwise.
struct TokenRequest {
  std::string name;
  std::optional<int64_t> unit_id;
  std::vector<std::string> scopes;
  int64_t days = kDefaultTokenDays;
};
Result<TokenRequest> read_token_request(const std::string& body);

// 403 unless the caller is a person in a session (a token never creates a token).
Status require_session_for_tokens(const Ctx& c);

// Stores a token of `owner` limited to `unit`, audits it (with `detail`), and answers 201 with the
// secret, shown this once.
Result<Reply> issue_token(Ctx& c, store::Db& db, int64_t owner, int64_t unit, const TokenRequest& r,
                          boost::json::object detail);

}  // namespace atgt::api
