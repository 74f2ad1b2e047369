// API tokens for machine clients: created by a person in a session (never through a token) for
// themselves, limited to a unit within the user's own subtree and to a list of operation ids;
// every token expires (at most 365 days; 90 by default); shown once; stored hashed; revocable;
// last-used time kept. A token acts with the intersection of its unit, its scopes and its
// owner's current rights (api/auth.cpp, domain/access.h); the owner's password reset or change,
// disabling or a change of roles revokes it.
#include <algorithm>

#include "api/common.h"
#include "api/handlers.h"
#include "api/tokens.h"
#include "base/crypto.h"
#include "base/time.h"
#include "domain/access.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "store/pool.h"
#include "store/users_store.h"

namespace atgt::api {
namespace json = boost::json;

Result<Reply> list_tokens(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto tokens, store::list_tokens(*db, c.me().user_id));
  json::array out;
  for (const auto& t : tokens) out.push_back(model::token_json(t));
  return json_reply(json::object{{"tokens", std::move(out)}});
}

Result<TokenRequest> read_token_request(const std::string& body) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(body));
  TokenRequest r;
  auto name = in.str("name", true, 100);
  r.unit_id = in.i64("unit_id", false);
  auto scopes = in.str_list("scopes", true, 200);
  auto days = in.i64("expires_in_days", false);
  if (scopes) {
    if (scopes->empty()) in.error("scopes", "Cần ít nhất một thao tác.");
    for (const auto& s : *scopes) {
      bool known = std::any_of(routes().begin(), routes().end(),
                               [&](const Route& rt) { return s == rt.operation_id && rt.auth != Auth::kPublic; });
      if (!known) in.error("scopes", "Thao tác không tồn tại: " + s);
    }
  }
  if (days && (*days < 1 || *days > kMaxTokenDays))
    in.error("expires_in_days", "Thời hạn từ 1 đến 365 ngày.");
  ATGT_TRY(in.finish());
  r.name = *name;
  r.scopes = *scopes;
  r.days = days.value_or(kDefaultTokenDays);
  return r;
}

Status require_session_for_tokens(const Ctx& c) {
  if (!has_capability(c.me(), Capability::kManageOwnTokens))
    return Status(Kind::kForbidden, "token_cannot_create_token",
                  "Mã truy cập chỉ được tạo khi đăng nhập, không bằng một mã truy cập khác.");
  return Status::Ok();
}

Result<Reply> issue_token(Ctx& c, store::Db& db, int64_t owner, int64_t unit, const TokenRequest& r,
                          json::object detail) {
  int64_t now = now_micros();
  store::TokenRecord t;
  t.user_id = owner;
  t.name = r.name;
  t.unit_id = unit;
  t.scopes = r.scopes;
  t.created_at = now;
  t.expires_at = now + r.days * 86400 * kMicrosPerSecond;
  std::string secret = "atgt_" + random_token(32);
  store::Tx tx(db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(t.id, store::insert_token(db, t, sha256_hex(secret)));
  detail["name"] = t.name;
  detail["unit_id"] = unit;
  ATGT_TRY(audit(c, db, "create", "api_token", std::to_string(t.id), detail));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"token", secret}, {"api_token", model::token_json(t)}}, 201);
}

Result<Reply> create_token(Ctx& c) {
  ATGT_TRY(require_session_for_tokens(c));
  ATGT_ASSIGN_OR_RETURN(auto req, read_token_request(c.req.body));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  int64_t unit = req.unit_id.value_or(c.me().unit_id);
  if (!org->in_subtree(unit, c.me().unit_id, today_local().str()))
    return Invalid().with_field("unit_id", "Đơn vị phải thuộc đơn vị của bạn.");
  return issue_token(c, *db, c.me().user_id, unit, req, {});
}

Result<Reply> revoke_token(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  auto t = store::find_token(*db, id);
  if (!t.ok()) return t.status();
  if (t->user_id != c.me().user_id) return NotFound("Không tìm thấy mã truy cập.");
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::revoke_token(*db, id, now_micros()));
  ATGT_TRY(audit(c, *db, "revoke", "api_token", std::to_string(id), {}));
  ATGT_TRY(tx.commit());
  Reply r;
  r.status = 204;
  return r;
}

}  // namespace atgt::api
