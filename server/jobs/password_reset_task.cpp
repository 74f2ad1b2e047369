// Handling queued password-reset requests (task password_reset.process): for a known, enabled
// account with an email and fewer than 3 links in the last hour, a single-use link valid 60
// minutes is stored (hashed) and emailed, and the request is audited as the account's own event.
// Unknown logins and refused requests leave no trace but the queue row, which is removed.
#include <boost/json.hpp>

#include "base/crypto.h"
#include "base/time.h"
#include "jobs/tasks.h"
#include "notify/notify.h"
#include "store/audit_store.h"
#include "store/password_resets_store.h"
#include "store/users_store.h"

namespace atgt::jobs {
namespace {
constexpr int64_t kLinkMinutes = 60;
constexpr int64_t kPerUserPerHour = 3;
}  // namespace

Result<std::string> process_reset_requests(store::Db& db, const std::string& public_url, int64_t now) {
  int sent = 0, taken = 0;
  while (true) {
    store::Tx tx(db);
    ATGT_TRY(tx.status());
    ATGT_ASSIGN_OR_RETURN(auto batch, store::take_reset_requests(db, 50));
    if (batch.empty()) break;
    for (const auto& q : batch) {
      ++taken;
      auto user = store::find_user_by_login(db, q.login);
      if (!user.ok()) {
        if (user.status().kind() != Kind::kNotFound) return user.status();
        continue;
      }
      if (user->disabled || user->kind != "person" || !user->email || user->email->empty()) continue;
      ATGT_ASSIGN_OR_RETURN(int64_t recent,
                            store::count_password_resets_since(db, user->id, now - 3600 * kMicrosPerSecond));
      if (recent >= kPerUserPerHour) continue;
      std::string token = random_token(32);
      ATGT_TRY(store::insert_password_reset(db, user->id, sha256_hex(token), now,
                                            now + kLinkMinutes * 60 * kMicrosPerSecond, q.ip));
      ATGT_TRY(notify::email_user(db, "password_reset", user->id, *user->email, "password_reset",
                                  {{"user_name", user->full_name},
                                   {"login", user->login},
                                   {"expires_minutes", std::to_string(kLinkMinutes)},
                                   {"reset_link", public_url + "/reset-password?token=" + token}},
                                  now));
      // Recorded as the account's own event, so that only administrators of its unit see it.
      store::AuditEntry a;
      a.at = now;
      a.user_id = user->id;
      a.ip = q.ip;
      a.action = "request_password_reset";
      a.entity = "user";
      a.entity_id = std::to_string(user->id);
      ATGT_TRY(store::append_audit(db, a));
      ++sent;
    }
    ATGT_TRY(tx.commit());
  }
  if (taken == 0) return std::string();  // nothing to do: no run row (jobs/scheduler.cpp)
  return "xử lý " + std::to_string(taken) + " yêu cầu, gửi " + std::to_string(sent) + " liên kết";
}

}  // namespace atgt::jobs
