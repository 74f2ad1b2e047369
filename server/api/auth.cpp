// Request authentication.
#include "api/auth.h"

#include "api/common.h"
#include "api/services.h"
#include "base/crypto.h"
#include "base/time.h"
#include "domain/access.h"
#include "store/users_store.h"

namespace atgt::api {
namespace {
constexpr int64_t kTouchEveryMicros = 60 * kMicrosPerSecond;

// The side the principal acts for, from their unit's type today.
Status set_side(Ctx& c, store::Db& db, Principal& p) {
  if (p.has_role(role::kSystemAdmin)) {
    p.side = "system";
    return Status::Ok();
  }
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
  std::string today = today_local().str();
  p.side = org->side_of(p.unit_id, today);
  // A token acts only inside its owner's unit subtree as it is today.
  if (p.via_token() && !org->in_subtree(p.token_unit_id, p.unit_id, today))
    return Status(
        Kind::kUnauthenticated, "token_out_of_scope",
        "Mã truy cập không còn hiệu lực: đơn vị của mã không còn thuộc đơn vị của chủ sở hữu.");
  return Status::Ok();
}
}  // namespace

std::string cookie_value(const http::Request& req, const std::string& name) {
  const std::string* h = req.header("cookie");
  if (!h) return "";
  size_t pos = 0;
  while (pos < h->size()) {
    size_t end = h->find(';', pos);
    if (end == std::string::npos) end = h->size();
    std::string part = h->substr(pos, end - pos);
    size_t a = part.find_first_not_of(' ');
    if (a != std::string::npos) part = part.substr(a);
    if (part.size() > name.size() && part.compare(0, name.size(), name) == 0 &&
        part[name.size()] == '=')
      return part.substr(name.size() + 1);
    pos = end + 1;
  }
  return "";
}

std::string session_cookie(const std::string& token, bool secure, int max_age) {
  return std::string(kSessionCookie) + "=" + token +
         "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" + std::to_string(max_age) +
         (secure ? "; Secure" : "");
}

std::string clear_session_cookie(bool secure) {
  return std::string(kSessionCookie) + "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0" +
         (secure ? "; Secure" : "");
}

namespace {

// The auth cache (Services::auth_cache) under this request's auth revision: entries read under
// another revision are dropped first.
template <typename F>
auto with_auth_cache(Ctx& c, int64_t revision, F f) {
  auto& cache = c.svc.auth_cache;
  std::lock_guard lock(cache.mu);
  if (cache.revision != revision) {
    cache.sessions.clear();
    cache.tokens.clear();
    cache.revision = revision;
  }
  return f(cache);
}

constexpr size_t kMaxCachedCredentials = 50000;

Status session_expired() {
  return Status(Kind::kUnauthenticated, "session_expired",
                "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.");
}

// The session with its user: from the cache when it was read under this request's revision and
// needs no write now (a touch, or the deletion of an expired session: those, and a session not
// cached, read the database, or would_block() in cache-only mode).
Result<std::shared_ptr<const store::SessionRecord>> find_session(Ctx& c, store::Db& db,
                                                                 const std::string& hash,
                                                                 int64_t now) {
  ATGT_ASSIGN_OR_RETURN(auto rev, revisions(c, db));
  const auto& cfg = c.svc.config;
  int64_t idle = int64_t{cfg.session_idle_minutes} * 60 * kMicrosPerSecond;
  int64_t absolute = int64_t{cfg.session_absolute_hours} * 3600 * kMicrosPerSecond;
  auto expired = [&](const store::SessionRecord& s) {
    return now - s.last_seen_at > idle || now - s.created_at > absolute || s.user.disabled;
  };
  auto cached = with_auth_cache(c, rev.auth, [&](auto& cache) {
    auto it = cache.sessions.find(hash);
    return it == cache.sessions.end() ? nullptr : it->second;
  });
  // Another process may have touched the session since it was cached (a touch does not change
  // the revision): a session that looks idle is read again before it is ended.
  if (cached && !expired(*cached) && now - cached->last_seen_at <= kTouchEveryMicros) return cached;
  if (c.cache_only) return would_block();
  auto s = store::find_session(db, hash);
  if (!s.ok()) {
    if (s.status().kind() == Kind::kNotFound) return session_expired();
    return s.status();
  }
  if (expired(*s)) {
    ATGT_TRY(store::delete_session(db, hash));
    return session_expired();
  }
  if (now - s->last_seen_at > kTouchEveryMicros) {
    ATGT_TRY(store::touch_session(db, hash, now));
    s->last_seen_at = now;
  }
  auto found = std::make_shared<const store::SessionRecord>(std::move(s).value());
  with_auth_cache(c, rev.auth, [&](auto& cache) {
    if (cache.sessions.size() >= kMaxCachedCredentials) cache.sessions.clear();
    cache.sessions[hash] = found;
    return 0;
  });
  return found;
}

// The API token with its owner, cached like sessions (a touch of last_used_at is a write, so it
// is never served from the cache).
Result<std::shared_ptr<const Services::AuthCache::TokenEntry>> find_token(Ctx& c, store::Db& db,
                                                                          const std::string& hash,
                                                                          int64_t now) {
  ATGT_ASSIGN_OR_RETURN(auto rev, revisions(c, db));
  auto cached = with_auth_cache(c, rev.auth, [&](auto& cache) {
    auto it = cache.tokens.find(hash);
    return it == cache.tokens.end() ? nullptr : it->second;
  });
  auto needs_touch = [&](const store::TokenRecord& t) {
    return !t.last_used_at || now - *t.last_used_at > kTouchEveryMicros;
  };
  if (cached && !needs_touch(cached->first)) return cached;
  if (c.cache_only) return would_block();
  auto t = store::find_token_by_hash(db, hash);
  if (!t.ok()) {
    if (t.status().kind() == Kind::kNotFound)
      return Status(Kind::kUnauthenticated, "invalid_token", "Mã truy cập không hợp lệ.");
    return t.status();
  }
  auto u = store::find_user(db, t->user_id);
  if (!u.ok()) return u.status();
  if (!t->revoked_at && !(t->expires_at && *t->expires_at <= now) && !u->disabled &&
      needs_touch(*t)) {
    ATGT_TRY(store::touch_token(db, t->id, now));
    t->last_used_at = now;
  }
  auto found = std::make_shared<const Services::AuthCache::TokenEntry>(std::move(t).value(),
                                                                       std::move(u).value());
  with_auth_cache(c, rev.auth, [&](auto& cache) {
    if (cache.tokens.size() >= kMaxCachedCredentials) cache.tokens.clear();
    cache.tokens[hash] = found;
    return 0;
  });
  return found;
}

Result<std::optional<Principal>> token_principal(Ctx& c, store::Db& db, const std::string& token,
                                                 int64_t now) {
  ATGT_ASSIGN_OR_RETURN(auto found, find_token(c, db, sha256_hex(token), now));
  const auto& [t, u] = *found;
  if (t.revoked_at)
    return Status(Kind::kUnauthenticated, "token_revoked", "Mã truy cập đã bị thu hồi.");
  if (t.expires_at && *t.expires_at <= now)
    return Status(Kind::kUnauthenticated, "token_expired", "Mã truy cập đã hết hạn.");
  if (u.disabled) return Status(Kind::kUnauthenticated, "user_disabled", "Tài khoản đã bị khóa.");
  Principal p;
  p.user_id = u.id;
  p.login = u.login;
  p.unit_id = u.unit_id;
  p.roles = u.roles;
  p.token_id = t.id;
  p.token_unit_id = t.unit_id;
  p.token_scopes = t.scopes;
  ATGT_TRY(set_side(c, db, p));
  return std::optional<Principal>(std::move(p));
}

Result<std::optional<Principal>> session_principal(Ctx& c, store::Db& db, const std::string& sid,
                                                   int64_t now) {
  std::string hash = sha256_hex(sid);
  ATGT_ASSIGN_OR_RETURN(auto found, find_session(c, db, hash, now));
  const store::SessionRecord& s = *found;
  Principal p;
  p.user_id = s.user.id;
  p.login = s.user.login;
  p.unit_id = s.user.unit_id;
  p.roles = s.user.roles;
  p.must_change_password = s.user.must_change_password;
  p.session_hash = hash;
  p.csrf_token = s.csrf_token;
  ATGT_TRY(set_side(c, db, p));
  return std::optional<Principal>(std::move(p));
}

}  // namespace

Result<std::optional<Principal>> authenticate(Ctx& c, store::Db& db) {
  int64_t now = now_micros();
  const std::string* authz = c.req.header("authorization");
  if (authz && authz->rfind("Bearer ", 0) == 0)
    return token_principal(c, db, authz->substr(7), now);
  if (authz)
    return Status(Kind::kUnauthenticated, "invalid_token", "Tiêu đề Authorization không hợp lệ.");
  std::string sid = cookie_value(c.req, kSessionCookie);
  if (sid.empty()) return std::optional<Principal>();
  return session_principal(c, db, sid, now);
}

Status check_csrf(const Ctx& c) {
  if (!c.who || c.who->via_token()) return Status::Ok();
  if (c.req.method == "GET" || c.req.method == "HEAD") return Status::Ok();
  const std::string* h = c.req.header("x-csrf-token");
  if (!h || !equal_ct(*h, c.who->csrf_token))
    return Status(Kind::kForbidden, "csrf",
                  "Thiếu hoặc sai mã chống giả mạo (CSRF). Hãy tải lại trang.");
  return Status::Ok();
}

}  // namespace atgt::api
