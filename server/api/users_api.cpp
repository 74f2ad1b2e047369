// User administration within the administrator's scope (their unit's subtree, and the units their
// unit succeeded): list, create (with a first-login password change), edit roles and profile,
// disable, reset password.
#include <algorithm>

#include "api/common.h"
#include "api/handlers.h"
#include "api/nouns.h"
#include "api/services.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/user_import.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "store/pool.h"
#include "store/users_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

Result<std::vector<int64_t>> scope_of(Ctx& c, store::Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
  return admin_scope(c.me(), *org, today_local().str());
}

bool in_scope(const std::vector<int64_t>& scope, int64_t unit) {
  return std::binary_search(scope.begin(), scope.end(), unit);
}

std::optional<std::vector<std::string>> read_roles(model::ObjectReader& in, bool required) {
  auto roles = in.str_list("roles", required, 8);
  if (!roles) return roles;
  if (roles->empty()) {
    in.error("roles", "Cần ít nhất một vai trò.");
    return std::nullopt;
  }
  for (const auto& r : *roles)
    if (!is_known_role(r)) {
      in.error("roles", "Vai trò không hợp lệ: " + r);
      return std::nullopt;
    }
  std::sort(roles->begin(), roles->end());
  roles->erase(std::unique(roles->begin(), roles->end()), roles->end());
  return roles;
}

// The user, when their unit is in the caller's scope (404 otherwise: existence must not leak),
// and the caller may manage them: a system administrator only by a system administrator, an
// administrator of the caller's own unit only by a system administrator (403).
Result<store::UserRecord> user_in_scope(Ctx& c, store::Db& db, int64_t id,
                                        const std::vector<int64_t>& scope) {
  auto u = store::find_user(db, id);
  if (!u.ok()) return u.status();
  if (!in_scope(scope, u->unit_id)) return NotFound("Không tìm thấy người dùng.");
  if (is_system_admin(c.me()) || id == c.me().user_id) return u;
  bool target_system = std::find(u->roles.begin(), u->roles.end(), role::kSystemAdmin) != u->roles.end();
  bool peer_admin = u->unit_id == c.me().unit_id &&
                    std::find(u->roles.begin(), u->roles.end(), role::kAdmin) != u->roles.end();
  if (target_system || peer_admin)
    return Status(Kind::kForbidden, "forbidden",
                  "Chỉ quản trị hệ thống quản lý tài khoản quản trị của cùng đơn vị hoặc quản trị hệ thống.");
  return u;
}

Status check_grant(Ctx& c, store::Db& db, int64_t unit, const std::vector<std::string>& roles) {
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
  ATGT_ASSIGN_OR_RETURN(auto rules, role_rules(db));
  return check_role_grant(c.me(), *org, rules, unit, roles, today_local().str());
}

}  // namespace

Result<Reply> list_roles(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto rules, role_rules(*db));
  json::array out;
  for (const auto& r : all_roles()) {
    json::array types;
    auto it = rules.types_by_role.find(r.code);
    if (it != rules.types_by_role.end())
      for (const auto& t : it->second) types.emplace_back(t);
    out.push_back(json::object{{"code", r.code},
                               {"name", r.name_vi},
                               {"side", r.side},
                               {"unit_types", std::move(types)},
                               {"grantable", std::string(r.code) != role::kSystemAdmin}});
  }
  return json_reply(json::object{{"roles", std::move(out)}});
}

Result<Reply> list_users(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto unit_filter, int_param(c, "unit_id", 1, INT64_MAX));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto scope, scope_of(c, *db));
  std::vector<int64_t> units = scope;
  if (unit_filter) {
    if (!in_scope(scope, *unit_filter)) return json_reply(json::object{{"users", json::array{}}});
    units = {*unit_filter};
  }
  if (units.empty()) return json_reply(json::object{{"users", json::array{}}});
  std::string q = c.query("q") ? fold(*c.query("q")) : "";
  ATGT_ASSIGN_OR_RETURN(auto users, store::list_users(*db, units, q, 1000));
  std::vector<std::pair<std::string, size_t>> order;
  for (size_t i = 0; i < users.size(); ++i) order.emplace_back(vi_person_sort_key(users[i].full_name), i);
  std::sort(order.begin(), order.end());
  json::array out;
  for (const auto& [k, i] : order) out.push_back(model::user_json(users[i]));
  return json_reply(json::object{{"users", std::move(out)}});
}

Result<Reply> create_user(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto login = in.str("login", true, 64);
  auto full_name = in.str("full_name", true, 200);
  auto email = in.str("email", false, 254);
  auto unit_id = in.i64("unit_id", true);
  auto roles = read_roles(in, true);
  auto password = in.str("password", true, 500);
  if (login) {
    std::string l = *login;
    std::transform(l.begin(), l.end(), l.begin(), [](unsigned char ch) { return std::tolower(ch); });
    if (!valid_login(l)) in.error("login", "Tên đăng nhập gồm 3–64 ký tự a-z, 0-9, dấu chấm, gạch dưới, gạch ngang, @.");
    login = l;
  }
  if (email && !email->empty() && !valid_email(*email)) in.error("email", "Địa chỉ email không hợp lệ.");
  if (email && email->empty()) email.reset();
  ATGT_TRY(in.finish());
  ATGT_TRY(c.svc.policy.check(*password, *login, "password"));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_TRY(check_grant(c, *db, *unit_id, *roles));
  ATGT_ASSIGN_OR_RETURN(auto hash, c.svc.hasher->hash(*password));
  store::NewUser nu{*login, *full_name, email, *unit_id, *roles, hash, true};
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  auto id = store::insert_user(*db, nu, now_micros());
  if (!id.ok()) {
    if (id.status().code() == "unique_violation")
      return Status(Kind::kConflict, "login_taken", "Tên đăng nhập đã được dùng.").with_field("login", "Tên đăng nhập đã được dùng.");
    return id.status();
  }
  json::array jr;
  for (const auto& r : *roles) jr.emplace_back(r);
  ATGT_TRY(audit(c, *db, "create", "user", std::to_string(*id),
                 {{"login", *login}, {"unit_id", *unit_id}, {"roles", jr}}));
  ATGT_TRY(tx.commit());
  ATGT_ASSIGN_OR_RETURN(auto user, store::find_user(*db, *id));
  return json_reply(json::object{{"user", model::user_json(user)}}, 201);
}

Result<Reply> update_user(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto full_name = in.str("full_name", false, 200);
  bool has_email = in.has("email");
  auto email = in.str("email", false, 254);
  auto roles = in.has("roles") ? read_roles(in, true) : std::nullopt;
  auto disabled = in.boolean("disabled", false);
  if (email && !email->empty() && !valid_email(*email)) in.error("email", "Địa chỉ email không hợp lệ.");
  if (email && email->empty()) email.reset();
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto scope, scope_of(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto before, user_in_scope(c, *db, id, scope));
  if (id == c.me().user_id && ((disabled && *disabled) || roles))
    return Invalid().with_field(disabled ? "disabled" : "roles", "Bạn không thể tự khóa hoặc tự đổi vai trò của mình.");
  if (roles) ATGT_TRY(check_grant(c, *db, before.unit_id, *roles));
  int64_t now = now_micros();
  json::object changes;
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  if (full_name || has_email) {
    std::string name = full_name.value_or(before.full_name);
    auto mail = has_email ? email : before.email;
    ATGT_TRY(store::update_user_profile(*db, id, name, mail, now));
    if (name != before.full_name) changes["full_name"] = json::array{json::value(before.full_name), json::value(name)};
    if (mail != before.email) changes["email"] = json::array{model::opt_json(before.email), model::opt_json(mail)};
  }
  if (roles && *roles != before.roles) {
    ATGT_TRY(store::set_user_roles(*db, id, *roles));
    ATGT_TRY(store::revoke_user_tokens(*db, id, now));
    json::array a, b;
    for (const auto& r : before.roles) a.emplace_back(r);
    for (const auto& r : *roles) b.emplace_back(r);
    changes["roles"] = json::array{a, b};
  }
  if (disabled && *disabled != before.disabled) {
    ATGT_TRY(store::set_user_disabled(*db, id, *disabled, now));
    if (*disabled) {
      ATGT_TRY(store::delete_user_sessions(*db, id, ""));
      ATGT_TRY(store::revoke_user_tokens(*db, id, now));
    }
    changes["disabled"] = json::array{before.disabled, *disabled};
  }
  ATGT_TRY(audit(c, *db, "update", "user", std::to_string(id), changes));
  ATGT_TRY(tx.commit());
  ATGT_ASSIGN_OR_RETURN(auto user, store::find_user(*db, id));
  return json_reply(json::object{{"user", model::user_json(user)}});
}

Result<Reply> reset_user_password(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto password = in.str("password", true, 500);
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto scope, scope_of(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto user, user_in_scope(c, *db, id, scope));
  ATGT_TRY(c.svc.policy.check(*password, user.login, "password"));
  ATGT_ASSIGN_OR_RETURN(auto hash, c.svc.hasher->hash(*password));
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::set_user_password(*db, id, hash, true, now_micros()));
  ATGT_TRY(store::delete_user_sessions(*db, id, ""));
  ATGT_TRY(store::revoke_user_tokens(*db, id, now_micros()));
  ATGT_TRY(audit(c, *db, "reset_password", "user", std::to_string(id), {}));
  ATGT_TRY(tx.commit());
  ATGT_ASSIGN_OR_RETURN(auto after, store::find_user(*db, id));
  return json_reply(json::object{{"user", model::user_json(after)}});
}


namespace {
// Accounts in the administrator's scope: waiting for their first login, and locked.
Result<std::pair<int64_t, int64_t>> scoped_account_counts(Ctx& c, store::Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
  return store::count_pending_and_disabled(db, admin_scope(c.me(), *org, today_local().str()));
}
Result<int64_t> count_pending(Ctx& c, store::Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto counts, scoped_account_counts(c, db));
  return counts.first;
}
Result<int64_t> count_disabled(Ctx& c, store::Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto counts, scoped_account_counts(c, db));
  return counts.second;
}
}  // namespace

Status register_users(Nouns& n) {
  ATGT_TRY(n.add_home_item({"users_pending_first_login", "Tài khoản chưa đăng nhập lần đầu (chưa đổi mật khẩu)",
                            "/nguoi-dung", Capability::kManageUsers, count_pending}));
  return n.add_home_item({"users_disabled", "Tài khoản đang bị khóa", "/nguoi-dung",
                          Capability::kManageUsers, count_disabled});
}

}  // namespace atgt::api
