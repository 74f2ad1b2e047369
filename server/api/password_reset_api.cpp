// Password reset by email: a public request (the same answer and the same work whether or not
// the account exists: it is queued, and jobs/password_reset_task.cpp sends the single-use link
// valid for one hour after the answer, throttled per account and per address); confirming
// it sets a new password under the policy, ends the user's sessions and clears a pending
// first-login change.
#include "api/common.h"
#include "api/handlers.h"
#include "api/password_reset.h"
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

constexpr int64_t kPerIpPerWindow = 50;

}  // namespace

Status accept_reset_request(store::Db& db, const std::string& login, const std::string& ip, int64_t now) {
  ATGT_ASSIGN_OR_RETURN(int64_t ip_requests,
                        store::recent_ip_requests(db, "#password-reset", ip, now - 15 * 60 * kMicrosPerSecond));
  if (ip_requests >= kPerIpPerWindow)
    return Status(Kind::kTooManyRequests, "too_many_attempts",
                  "Quá nhiều yêu cầu từ địa chỉ này. Vui lòng thử lại sau 15 phút.")
        .with_retry_after(900);
  std::string l = login;
  for (auto& ch : l) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  store::Tx tx(db);
  ATGT_TRY(tx.status());
  // Counted per address (not as a failed login: resets never block anyone's login).
  ATGT_TRY(store::record_login_attempt(db, "#password-reset", ip, false, now));
  ATGT_TRY(store::queue_reset_request(db, l, ip, now));
  return tx.commit();
}

Result<Reply> request_password_reset(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto login = in.str("login", true, 254);
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_TRY(accept_reset_request(*db, *login, c.req.remote_ip, now_micros()));
  Reply accepted;
  accepted.status = 202;
  accepted.body = json::object{
      {"message",
       "Nếu tài khoản tồn tại và có email, liên kết đặt lại mật khẩu đã được gửi tới email đó. "
       "Liên kết có hiệu lực trong 60 phút."}};
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
