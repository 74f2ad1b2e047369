// Service accounts: the accounts of a unit for the systems that call the API (a police system
// pushing records). Created by an administrator of the unit (scope, side and the unit type's roles
// as for any account), without a password: they cannot log in, and a person's password change
// does not stop them. Their tokens are created by such an administrator in a session, act with
// the account's roles and unit (the same intersection rule as every token), and die when the
// account is disabled or its roles change.
#include <algorithm>

#include "api/common.h"
#include "api/handlers.h"
#include "api/tokens.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/user_import.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "store/pool.h"
#include "store/users_store.h"

namespace atgt::api {
namespace json = boost::json;

Result<Reply> create_service_account(Ctx& c) {
  if (c.me().via_token())
    return Status(Kind::kForbidden, "forbidden", "Tài khoản dịch vụ chỉ được tạo khi đăng nhập.");
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto login = in.str("login", true, 64);
  auto name = in.str("full_name", true, 200);
  auto unit_id = in.i64("unit_id", true);
  auto roles = in.str_list("roles", true, 8);
  if (login) {
    std::string l = *login;
    std::transform(l.begin(), l.end(), l.begin(), [](unsigned char ch) { return std::tolower(ch); });
    if (!valid_login(l)) in.error("login", "Tên tài khoản gồm 3–64 ký tự a-z, 0-9, dấu chấm, gạch dưới, gạch ngang, @.");
    login = l;
  }
  if (roles && roles->empty()) in.error("roles", "Cần ít nhất một vai trò.");
  if (roles)
    for (const auto& r : *roles)
      if (!is_known_role(r)) in.error("roles", "Vai trò không hợp lệ: " + r);
  ATGT_TRY(in.finish());
  std::sort(roles->begin(), roles->end());
  roles->erase(std::unique(roles->begin(), roles->end()), roles->end());
  if (std::find(roles->begin(), roles->end(), role::kAdmin) != roles->end())
    return Invalid().with_field("roles", "Tài khoản dịch vụ không có vai trò quản trị.");
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto rules, role_rules(*db));
  ATGT_TRY(check_role_grant(c.me(), *org, rules, *unit_id, *roles, today_local().str()));
  store::NewUser nu{*login, *name, std::nullopt, *unit_id, *roles, "!", false};  // no password
  nu.kind = "service";
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  auto id = store::insert_user(*db, nu, now_micros());
  if (!id.ok()) {
    if (id.status().code() == "unique_violation")
      return Status(Kind::kConflict, "login_taken", "Tên tài khoản đã được dùng.").with_field("login", "Tên tài khoản đã được dùng.");
    return id.status();
  }
  json::array jr;
  for (const auto& r : *roles) jr.emplace_back(r);
  ATGT_TRY(audit(c, *db, "create", "user", std::to_string(*id),
                 {{"login", *login}, {"unit_id", *unit_id}, {"roles", jr}, {"kind", "service"}}));
  ATGT_TRY(tx.commit());
  ATGT_ASSIGN_OR_RETURN(auto user, store::find_user(*db, *id));
  return json_reply(json::object{{"user", model::user_json(user)}}, 201);
}

Result<Reply> create_service_token(Ctx& c) {
  ATGT_TRY(require_session_for_tokens(c));
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto req, read_token_request(c.req.body));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  auto scope = admin_scope(c.me(), *org, today_local().str());
  auto account = store::find_user(*db, id);
  if (!account.ok()) return account.status();
  if (account->kind != "service" || !std::binary_search(scope.begin(), scope.end(), account->unit_id))
    return NotFound("Không tìm thấy tài khoản dịch vụ.");
  if (account->disabled) return Invalid("Tài khoản dịch vụ đã bị khóa.");
  int64_t unit = req.unit_id.value_or(account->unit_id);
  if (!org->in_subtree(unit, account->unit_id, today_local().str()))
    return Invalid().with_field("unit_id", "Đơn vị phải thuộc đơn vị của tài khoản dịch vụ.");
  return issue_token(c, *db, id, unit, req, {{"service_account", id}});
}

}  // namespace atgt::api
