// Users, their roles, sessions, API tokens and login attempts. SQL only; callers validate first.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/user.h"
#include "store/db.h"

namespace atgt::store {

using model::UserRecord;

struct NewUser {
  std::string login;
  std::string full_name;
  std::optional<std::string> email;
  int64_t unit_id = 0;
  std::vector<std::string> roles;
  std::string password_hash;
  bool must_change_password = true;
  std::string kind = "person";
  bool published_password = false;
};

// kNotFound when absent.
Result<UserRecord> find_user(Db& db, int64_t id);
Result<UserRecord> find_user_by_login(Db& db, const std::string& login);
// Users whose unit is in `unit_ids` (all when empty) and of whom every word of `fold_query`
// starts a word of the full name or login (through search_terms; all users when the query has
// no words). Unsorted: callers sort for display. insert_user / update_user_profile keep the
// index.
Result<std::vector<UserRecord>> list_users(Db& db, const std::vector<int64_t>& unit_ids,
                                           const std::string& fold_query, int limit);
// kConflict "unique_violation" when the login exists.
Result<int64_t> insert_user(Db& db, const NewUser& u, int64_t now);
Status update_user_profile(Db& db, int64_t id, const std::string& full_name,
                           const std::optional<std::string>& email, int64_t now);
Status set_user_roles(Db& db, int64_t id, const std::vector<std::string>& roles);
Status set_user_disabled(Db& db, int64_t id, bool disabled, int64_t now);
Status set_user_password(Db& db, int64_t id, const std::string& hash, bool must_change, int64_t now);
Status set_last_login(Db& db, int64_t id, int64_t now);
// Revokes every API token of the user (password reset, disabling, a change of roles).
Status revoke_user_tokens(Db& db, int64_t user_id, int64_t now);
// Enabled accounts whose password is still the one published with the demo data.
Result<std::vector<std::string>> logins_with_published_password(Db& db);
// Disables those accounts, ends their sessions and revokes their tokens.
Status disable_published_password_users(Db& db, int64_t now);
Result<int64_t> count_users(Db& db);
// Users of the given units: {enabled users who must still change their first password, disabled}.
Result<std::pair<int64_t, int64_t>> count_pending_and_disabled(Db& db, const std::vector<int64_t>& unit_ids);

// Sessions: the id is stored hashed.
struct SessionRecord {
  std::string id_hash;
  std::string csrf_token;
  int64_t created_at = 0;
  int64_t last_seen_at = 0;
  UserRecord user;
};
Status insert_session(Db& db, const std::string& id_hash, int64_t user_id, const std::string& csrf,
                      int64_t now, const std::string& ip);
Result<SessionRecord> find_session(Db& db, const std::string& id_hash);
Status touch_session(Db& db, const std::string& id_hash, int64_t now);
Status delete_session(Db& db, const std::string& id_hash);
Status delete_user_sessions(Db& db, int64_t user_id, const std::string& except_hash);
Result<int64_t> purge_sessions(Db& db, int64_t idle_before, int64_t created_before);

using model::TokenRecord;
Result<int64_t> insert_token(Db& db, const TokenRecord& t, const std::string& token_hash);
Result<TokenRecord> find_token_by_hash(Db& db, const std::string& token_hash);
Result<std::vector<TokenRecord>> list_tokens(Db& db, int64_t user_id);
Result<TokenRecord> find_token(Db& db, int64_t id);
Status revoke_token(Db& db, int64_t id, int64_t now);
Status touch_token(Db& db, int64_t id, int64_t now);

// Login throttling, in the database so that it holds across server processes.
Status record_login_attempt(Db& db, const std::string& login, const std::string& ip, bool success,
                            int64_t now);
// Failures for the login since `since` and after its last success.
Result<int64_t> recent_login_failures(Db& db, const std::string& login, int64_t since);
Result<int64_t> recent_ip_failures(Db& db, const std::string& ip, int64_t since);
// Requests of a kind ("#password-reset") from an address since `since` (not failed logins).
Result<int64_t> recent_ip_requests(Db& db, const std::string& kind, const std::string& ip, int64_t since);
// Serialises login checks for one login inside the caller's transaction (PostgreSQL advisory
// lock; SQLite's BEGIN IMMEDIATE already serialises writers).
Status lock_login(Db& db, const std::string& login);
using model::ThrottleCounts;
Result<ThrottleCounts> login_throttle_counts(Db& db, const std::string& login, const std::string& ip,
                                             int64_t since, int64_t known_since, int64_t now);
// An attempt row (success = 0 until mark_login_success): reserved before the password is checked,
// so that parallel attempts count.
Result<int64_t> insert_login_attempt(Db& db, const std::string& login, const std::string& ip, bool success,
                                     int64_t now);
Status mark_login_success(Db& db, int64_t attempt_id);

}  // namespace atgt::store
