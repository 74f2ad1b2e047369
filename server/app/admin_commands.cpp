// Administration subcommands (see admin_commands.h).
#include "app/admin_commands.h"

#include <unistd.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cstdio>
#include <iostream>
#include <string>

#include "base/crypto.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/user_import.h"
#include "store/audit_store.h"
#include "store/files_store.h"
#include "store/units_store.h"
#include "store/users_store.h"

namespace atgt::app {
namespace {

int error(const std::string& msg, int code = 2) {
  std::fprintf(stderr, "atgt: %s\n", msg.c_str());
  return code;
}

Result<std::shared_ptr<const OrgIndex>> load_org(store::Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto data, store::load_org_data(db));
  return std::make_shared<const OrgIndex>(std::move(data));
}

}  // namespace

int create_admin(api::Services& svc, int argc, char** argv) {
  std::string login, unit_code, name;
  bool system = false;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= argc) return false;
      out = argv[++i];
      return true;
    };
    if (a == "--system") system = true;
    else if (a == "--login" && value(login)) continue;
    else if (a == "--unit" && value(unit_code)) continue;
    else if (a == "--name" && value(name)) continue;
    else return error("tùy chọn không hợp lệ: " + a + " (atgt create-admin --login L --unit CODE [--system] [--name TÊN])");
  }
  std::transform(login.begin(), login.end(), login.begin(), [](unsigned char c) { return std::tolower(c); });
  if (!valid_login(login)) return error("--login: 3–64 ký tự a-z, 0-9, dấu chấm, gạch dưới, gạch ngang, @.");
  if (unit_code.empty()) return error("--unit: cần mã đơn vị của sổ đăng ký tổ chức.");
  if (name.empty()) name = login;
  auto db = svc.pool->acquire();
  if (!db.ok()) return error(db.status().message(), 1);
  auto unit = store::unit_id_by_code(**db, unit_code);
  if (!unit.ok()) return error("không có đơn vị mã " + unit_code + " (nạp sổ đăng ký tổ chức trước).");
  auto org = load_org(**db);
  if (!org.ok()) return error(org.status().message(), 1);
  std::string today = today_local().str();
  const auto* v = (*org)->version_at(*unit, today);
  if (!v) return error("đơn vị " + unit_code + " không còn hoạt động.");
  auto rule_rows = store::list_role_unit_types(**db);
  if (!rule_rows.ok()) return error(rule_rows.status().message(), 1);
  RoleRules rules;
  for (const auto& r : *rule_rows) rules.types_by_role[r.role].insert(r.unit_type);
  std::string role = system ? role::kSystemAdmin : role::kAdmin;
  if (!rules.allows(role, v->type))
    return error("loại đơn vị " + v->type + " không có vai trò " + role + " (data/org/role_unit_types.csv).");

  std::string password;
  bool generated = false;
  if (!isatty(STDIN_FILENO)) std::getline(std::cin, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  if (password.empty()) {
    password = "Atgt-" + random_token(12);
    generated = true;
  }
  if (auto st = svc.policy.check(password, login, "password"); !st.ok()) {
    std::string why = st.fields().count("password") ? st.fields().at("password") : st.message();
    return error("mật khẩu: " + why);
  }
  auto hash = svc.hasher->hash(password);
  if (!hash.ok()) return error(hash.status().message(), 1);
  int64_t now = now_micros();
  store::Tx tx(**db);
  if (!tx.status().ok()) return error(tx.status().message(), 1);
  store::NewUser nu{login, name, std::nullopt, *unit, {role}, *hash, true};
  auto id = store::insert_user(**db, nu, now);
  if (!id.ok()) {
    if (id.status().code() == "unique_violation") return error("tên đăng nhập " + login + " đã được dùng.");
    return error(id.status().message(), 1);
  }
  store::AuditEntry a;
  a.at = now;
  a.ip = "cli";
  a.action = "create";
  a.entity = "user";
  a.entity_id = std::to_string(*id);
  a.changes_json = boost::json::serialize(boost::json::object{
      {"login", login}, {"unit_id", *unit}, {"roles", boost::json::array{boost::json::value(role)}},
      {"via", "atgt create-admin"}});
  if (auto st = store::append_audit(**db, a); !st.ok()) return error(st.message(), 1);
  if (auto st = tx.commit(); !st.ok()) return error(st.message(), 1);
  std::printf("created %s user=%s unit=%s (must change the password at first login)\n", role.c_str(),
              login.c_str(), unit_code.c_str());
  if (generated) std::printf("password=%s\n", password.c_str());
  return 0;
}

int check_registry(api::Services& svc) {
  auto db = svc.pool->acquire();
  if (!db.ok()) return error(db.status().message(), 1);
  auto org = load_org(**db);
  if (!org.ok()) return error(org.status().message(), 1);
  auto problems = (*org)->integrity_problems();
  for (const auto& p : problems) {
    const auto* v = (*org)->latest(p.unit);
    std::printf("%s %s %s: %s\n", p.kind.c_str(), p.date.c_str(), v ? v->code.c_str() : "?",
                p.detail.c_str());
  }
  auto kinds = store::file_owner_kinds(**db);
  if (!kinds.ok()) return error(kinds.status().message(), 1);
  size_t unregistered = 0;
  for (const auto& k : *kinds)
    if (!svc.nouns.file_owner(k)) {
      std::printf("file_owner - %s: files attached to a kind of object no noun registers (api/nouns.h)\n", k.c_str());
      ++unregistered;
    }
  if (!problems.empty() || unregistered) {
    std::printf("%zu problem(s) found\n", problems.size() + unregistered);
    return 1;
  }
  std::printf("registry OK: %zu units, no cycle, no overlapping version, no dangling link; every file has a registered owner\n",
              (*org)->unit_count());
  return 0;
}

int demo_accounts(api::Services& svc, int argc, char** argv) {
  std::string sub = argc > 2 ? argv[2] : "";
  auto db = svc.pool->acquire();
  if (!db.ok()) return error(db.status().message(), 1);
  if (sub == "list") {
    auto logins = store::logins_with_published_password(**db);
    if (!logins.ok()) return error(logins.status().message(), 1);
    for (const auto& l : *logins) std::printf("%s\n", l.c_str());
    return 0;
  }
  if (sub != "disable") return error("dùng: atgt demo-accounts list|disable");
  auto logins = store::logins_with_published_password(**db);
  if (!logins.ok()) return error(logins.status().message(), 1);
  store::Tx tx(**db);
  if (auto st = store::disable_published_password_users(**db, now_micros()); !st.ok())
    return error(st.message(), 1);
  for (const auto& l : *logins) {
    store::AuditEntry a;
    a.at = now_micros();
    a.ip = "cli";
    a.action = "disable";
    a.entity = "user";
    a.changes_json = boost::json::serialize(boost::json::object{{"login", l}, {"via", "atgt demo-accounts disable"}});
    if (auto st = store::append_audit(**db, a); !st.ok()) return error(st.message(), 1);
  }
  if (auto st = tx.commit(); !st.ok()) return error(st.message(), 1);
  std::printf("disabled %zu demo account(s)\n", logins->size());
  return 0;
}

}  // namespace atgt::app
