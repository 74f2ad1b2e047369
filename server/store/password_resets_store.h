// SQL for password reset links: only a hash of the token is stored; a link is used once.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace atgt::store {

Status insert_password_reset(Db& db, int64_t user_id, const std::string& token_hash, int64_t now,
                             int64_t expires_at, const std::string& ip);
// The user of an unused, unexpired link; NotFound otherwise.
Result<std::pair<int64_t, int64_t>> find_password_reset(Db& db, const std::string& token_hash,
                                                        int64_t now);  // (id, user_id)
// Marks the link and every other open link of the user used. False when it was used meanwhile.
Result<bool> use_password_reset(Db& db, int64_t id, int64_t user_id, int64_t now);
Result<int64_t> count_password_resets_since(Db& db, int64_t user_id, int64_t since);

// The queue of public reset requests (handled after the answer by a scheduled task).
struct QueuedResetRequest {
  int64_t id = 0;
  std::string login, ip;
  int64_t at = 0;
};
Status queue_reset_request(Db& db, const std::string& login, const std::string& ip, int64_t now);
// Removes and returns up to `limit` queued requests, oldest first (inside the caller's
// transaction, so that two processes never take the same row).
Result<std::vector<QueuedResetRequest>> take_reset_requests(Db& db, int limit);

}  // namespace atgt::store
