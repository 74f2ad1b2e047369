// Plain records: Accounts and API tokens, and the login counts the throttle decides on.
// No behaviour; the store reads and writes them, domain/ reasons about them, api/ shows them.
#pragma once

#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace atgt::model {

struct UserRecord {
  int64_t id = 0;
  std::string login;
  std::string full_name;
  std::optional<std::string> email;
  int64_t unit_id = 0;
  std::string unit_code;
  std::string unit_name;  // the unit's latest name
  std::vector<std::string> roles;
  bool must_change_password = false;
  bool disabled = false;
  std::optional<int64_t> last_login_at;
  std::string password_hash;
  int64_t created_at = 0;
  std::string kind = "person";      // person | service (no password, cannot log in)
  bool published_password = false;  // a demo account whose password is in the repository
};

// API tokens.
struct TokenRecord {
  int64_t id = 0;
  int64_t user_id = 0;
  std::string name;
  int64_t unit_id = 0;
  std::vector<std::string> scopes;
  int64_t created_at = 0;
  std::optional<int64_t> expires_at, revoked_at, last_used_at;
};

// The counts domain/login_throttle.h decides on: failures since `since`, successes from the
// address since `known_since`.
struct ThrottleCounts {
  int64_t pair_failures = 0;   // this login from this address, since its last success there
  int64_t ip_failures = 0;     // any login from this address (password resets not counted)
  int64_t login_failures = 0;  // this login from anywhere
  int64_t micros_since_last_attempt = INT64_MAX;  // this login from anywhere
  bool known_address = false;  // a success for this login from this address since known_since
};

}  // namespace atgt::model
