// Password reset by email: a public request (the same answer whether or not the account exists,
// throttled per account and per address) sends a single-use link valid for one hour; confirming
// it sets a new password under the policy, ends the user's sessions and clears a pending
// first-login change.
#include "api/common.h"
#include "api/handlers.h"
#include "api/services.h"
#include "base/crypto.h"
#include "base/time.h"
#include "model/json_input.h"
#include "notify/notify.h"
#include "store/password_resets_store.h"
#include "store/users_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

constexpr int64_t kLinkMinutes = 60;
constexpr int64_t kPerUserPerHour = 3;
constexpr int64_t kPerIpPerWindow = 50;

}  // namespace

Result<Reply> request_password_reset(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto login = in.str("login", true, 254);
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  int64_t now = now_micros();
  ATGT_ASSIGN_OR_RETURN(int64_t ip_requests,
                        store::recent_ip_requests(*db, "#password-reset", c.req.remote_ip,
                                                  now - 15 * 60 * kMicrosPerSecond));
  if (ip_requests >= kPerIpPerWindow)
    return Status(Kind::kTooManyRequests, "too_many_attempts",
                  "Quá nhiều yêu cầu từ địa chỉ này. Vui lòng thử lại sau 15 phút.")
        .with_retry_after(900);
  // Counted per address (not as a failed login: resets never block anyone's login).
  ATGT_TRY(store::record_login_attempt(*db, "#password-reset", c.req.remote_ip, false, now));
  Reply accepted;
  accepted.status = 202;
  accepted.body = json::object{
      {"message",
       "Nếu tài khoản tồn tại và có email, liên kết đặt lại mật khẩu đã được gửi tới email đó. "
       "Liên kết có hiệu lực trong 60 phút."}};
  std::string l = *login;
  for (auto& ch : l) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  auto user = store::find_user_by_login(*db, l);
  if (!user.ok()) {
    if (user.status().kind() != Kind::kNotFound) return user.status();
    return accepted;
  }
  if (user->disabled || !user->email || user->email->empty()) return accepted;
  ATGT_ASSIGN_OR_RETURN(int64_t recent, store::count_password_resets_since(
                                            *db, user->id, now - 3600 * kMicrosPerSecond));
  if (recent >= kPerUserPerHour) return accepted;
  std::string token = random_token(32);
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::insert_password_reset(*db, user->id, sha256_hex(token), now,
                                        now + kLinkMinutes * 60 * kMicrosPerSecond,
                                        c.req.remote_ip));
  ATGT_TRY(notify::email_user(
      *db, "password_reset", user->id, *user->email, "password_reset",
      {{"user_name", user->full_name},
       {"login", user->login},
       {"expires_minutes", std::to_string(kLinkMinutes)},
       {"reset_link", c.svc.config.public_url + "/reset-password?token=" + token}},
      now));
  // Recorded as the account's own event, so that only administrators of its unit see it.
  Principal concerned;
  concerned.user_id = user->id;
  c.who = concerned;
  ATGT_TRY(audit(c, *db, "request_password_reset", "user", std::to_string(user->id), {}));
  c.who.reset();
  ATGT_TRY(tx.commit());
  return accepted;
}

Result<Reply> confirm_password_reset(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto token = in.str("token", true, 200);
  auto password = in.str("new_password", true, 500);
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  int64_t now = now_micros();
  auto found = store::find_password_reset(*db, sha256_hex(*token), now);
  if (!found.ok()) {
    if (found.status().kind() != Kind::kNotFound) return found.status();
    return Status(Kind::kInvalid, "reset_link_invalid", found.status().message());
  }
  auto [reset_id, user_id] = *found;
  ATGT_ASSIGN_OR_RETURN(auto user, store::find_user(*db, user_id));
  if (user.disabled)
    return Status(Kind::kInvalid, "reset_link_invalid",
                  "Tài khoản đã bị khóa; hãy liên hệ quản trị viên.");
  ATGT_TRY(c.svc.policy.check(*password, user.login, "new_password"));
  ATGT_ASSIGN_OR_RETURN(auto hash, c.svc.hasher->hash(*password));
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(bool used, store::use_password_reset(*db, reset_id, user_id, now));
  if (!used)
    return Status(Kind::kInvalid, "reset_link_invalid", "Liên kết đặt lại mật khẩu đã được dùng.");
  ATGT_TRY(store::set_user_password(*db, user_id, hash, false, now));
  ATGT_TRY(store::delete_user_sessions(*db, user_id, ""));
  ATGT_TRY(store::revoke_user_tokens(*db, user_id, now));
  Principal who;
  who.user_id = user_id;
  c.who = who;
  ATGT_TRY(audit(c, *db, "reset_password_by_email", "user", std::to_string(user_id), {}));
  ATGT_TRY(tx.commit());
  c.who.reset();
  return json_reply(json::object{{"login", user.login}});
}

}  // namespace atgt::api
