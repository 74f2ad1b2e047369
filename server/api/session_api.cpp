// Log in, who am I, log out, change own password.
#include "api/auth.h"
#include "api/common.h"
#include "api/handlers.h"
#include "api/services.h"
#include "base/crypto.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/login_throttle.h"
#include "domain/user_import.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "store/users_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

// The capabilities a session of a user with `roles` holds (the web shows and hides by them).
json::array capabilities_json(const std::vector<std::string>& roles) {
  Principal p;
  p.roles = roles;
  json::array out;
  for (const auto& code : capability_codes(p)) out.emplace_back(code);
  return out;
}

Status too_many(int retry_after) {
  return Status(Kind::kTooManyRequests, "too_many_attempts",
                retry_after > 60
                    ? "Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau 15 phút."
                    : "Tài khoản đang bị thử mật khẩu liên tục; vui lòng thử lại sau ít giây.")
      .with_retry_after(retry_after);
}

Status bad_credentials() {
  return Status(Kind::kUnauthenticated, "invalid_credentials",
                "Tên đăng nhập hoặc mật khẩu không đúng.");
}

}  // namespace

Result<Reply> create_session(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto login = in.str("login", true, 100);
  auto password = in.str("password", true, 200);
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  int64_t now = now_micros();
  // The check and the count are one step: the attempt is reserved as a failure before the slow
  // password check, under a per-login lock, so parallel attempts cannot slip past the limit.
  int64_t attempt = 0;
  {
    store::Tx tx(*db);
    ATGT_TRY(tx.status());
    ATGT_TRY(store::lock_login(*db, *login));
    ATGT_ASSIGN_OR_RETURN(
        auto counts,
        store::login_throttle_counts(*db, *login, c.req.remote_ip, now - kThrottleWindowMicros,
                                     now - kKnownAddressMicros, now));
    auto verdict = login_throttle(counts);
    if (!verdict.allowed) return too_many(verdict.retry_after_seconds);
    ATGT_ASSIGN_OR_RETURN(attempt,
                          store::insert_login_attempt(*db, *login, c.req.remote_ip, false, now));
    ATGT_TRY(tx.commit());
  }
  auto user = store::find_user_by_login(*db, *login);
  if (!user.ok() && user.status().kind() != Kind::kNotFound) return user.status();
  bool ok = false;
  if (user.ok()) {
    ok = user->kind == "person" && c.svc.hasher->verify(user->password_hash, *password) &&
         !user->disabled;
  } else {
    (void)c.svc.hasher->verify(c.svc.hasher->dummy_hash(), *password);  // same timing
  }
  if (ok) ATGT_TRY(store::mark_login_success(*db, attempt));
  if (!ok) return bad_credentials();
  std::string sid = random_token(32);
  std::string csrf = random_token(24);
  {
    store::Tx tx(*db);
    ATGT_TRY(tx.status());
    ATGT_TRY(store::insert_session(*db, sha256_hex(sid), user->id, csrf, now, c.req.remote_ip));
    ATGT_TRY(store::set_last_login(*db, user->id, now));
    c.who = Principal{};
    c.who->user_id = user->id;
    ATGT_TRY(audit(c, *db, "login", "session", std::to_string(user->id), {}));
    ATGT_TRY(tx.commit());
  }
  user->last_login_at = now;
  Reply r = json_reply(json::object{{"user", model::user_json(*user)},
                                    {"csrf_token", csrf},
                                    {"capabilities", capabilities_json(user->roles)}});
  r.headers.emplace_back("Set-Cookie", session_cookie(sid, c.svc.config.secure_cookies,
                                                      c.svc.config.session_absolute_hours * 3600));
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

Result<Reply> get_session(Ctx& c) {
  if (c.me().via_token())
    return Status(Kind::kBadRequest, "not_a_session",
                  "Yêu cầu dùng mã truy cập, không phải phiên đăng nhập.");
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto user, store::find_user(*db, c.me().user_id));
  Reply r = json_reply(json::object{{"user", model::user_json(user)},
                                    {"csrf_token", c.me().csrf_token},
                                    {"capabilities", capabilities_json(user.roles)}});
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

Result<Reply> delete_session(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  if (!c.me().via_token()) {
    ATGT_TRY(store::delete_session(*db, c.me().session_hash));
    ATGT_TRY(audit(c, *db, "logout", "session", std::to_string(c.me().user_id), {}));
  }
  Reply r;
  r.status = 204;
  r.headers.emplace_back("Set-Cookie", clear_session_cookie(c.svc.config.secure_cookies));
  return r;
}

Result<Reply> change_password(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto current = in.str("current_password", true, 200);
  auto next = in.str("new_password", true, 500);
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto user, store::find_user(*db, c.me().user_id));
  if (!c.svc.hasher->verify(user.password_hash, *current))
    return Invalid().with_field("current_password", "Mật khẩu hiện tại không đúng.");
  if (*current == *next)
    return Invalid().with_field("new_password", "Mật khẩu mới phải khác mật khẩu hiện tại.");
  ATGT_TRY(c.svc.policy.check(*next, user.login, "new_password"));
  ATGT_ASSIGN_OR_RETURN(auto hash, c.svc.hasher->hash(*next));
  int64_t now = now_micros();
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::set_user_password(*db, user.id, hash, false, now));
  ATGT_TRY(store::delete_user_sessions(*db, user.id, c.me().session_hash));
  ATGT_TRY(store::revoke_user_tokens(*db, user.id, now));
  ATGT_TRY(audit(c, *db, "change_password", "user", std::to_string(user.id), {}));
  ATGT_TRY(tx.commit());
  user.must_change_password = false;
  return json_reply(json::object{{"user", model::user_json(user)}});
}

// A user's own email (where notifications and password-reset links go). Name, unit and roles stay
// with the administrators.
Result<Reply> update_own_profile(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto email = in.str("email", false, 254);
  if (!in.has("email")) in.error("email", "Hãy nhập địa chỉ email (để trống để xóa).");
  if (email && !email->empty() && !valid_email(*email))
    in.error("email", "Địa chỉ email không hợp lệ.");
  if (email && email->empty()) email.reset();
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto user, store::find_user(*db, c.me().user_id));
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  if (email != user.email) {
    ATGT_TRY(store::update_user_profile(*db, user.id, user.full_name, email, now_micros()));
    ATGT_TRY(audit(
        c, *db, "update", "user", std::to_string(user.id),
        json::object{{"email", json::array{model::opt_json(user.email), model::opt_json(email)}}}));
  }
  ATGT_TRY(tx.commit());
  user.email = email;
  return json_reply(json::object{{"user", model::user_json(user)}});
}

}  // namespace atgt::api
