// Job "users_import": creates the accounts of a CSV file (domain/user_import.h) all at once or
// not at all. Each account gets a random initial password that must be changed at first login
// (argon2id hashing is the slow part, reported as progress); the list of initial passwords is the
// job's result file, downloadable by the importing administrator only.
#include <algorithm>
#include <atomic>
#include <boost/json.hpp>
#include <thread>

#include "base/crypto.h"
#include "base/csv.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/passwords.h"
#include "domain/user_import.h"
#include "jobs/job_support.h"
#include "jobs/runner.h"
#include "store/audit_store.h"
#include "store/units_store.h"
#include "store/users_store.h"

namespace atgt::jobs {
namespace json = boost::json;

Result<Outcome> run_users_import(Context& c) {
  store::Db& db = c.db();
  const auto& job = c.job();
  ATGT_TRY(c.progress(1, 0, std::nullopt, "Đọc tệp"));
  ATGT_ASSIGN_OR_RETURN(std::string path, input_path(c));
  ATGT_ASSIGN_OR_RETURN(CsvTable table, read_csv_file(path));
  ATGT_ASSIGN_OR_RETURN(auto org, load_org(db));
  ATGT_ASSIGN_OR_RETURN(Principal importer, principal_of(db, job.user_id));
  std::string today = today_local().str();
  UserImportInput in;
  in.org = org.get();
  in.scope = admin_scope(importer, *org, today);
  in.today = today;
  in.unit_by_code = [&](const std::string& code) -> int64_t {
    auto id = store::unit_id_by_code(db, code);
    return id.ok() ? *id : 0;
  };
  in.login_taken = [&](const std::string& login) {
    return store::find_user_by_login(db, login).ok();
  };
  ATGT_ASSIGN_OR_RETURN(auto rule_rows, store::list_role_unit_types(db));
  RoleRules rules;
  for (const auto& r : rule_rows) rules.types_by_role[r.role].insert(r.unit_type);
  in.check_grant = [&](int64_t unit, const std::string& role) {
    return check_role_grant(importer, *org, rules, unit, {role}, today);
  };
  ATGT_TRY(c.progress(3, 0, static_cast<int64_t>(table.rows.size()), "Kiểm tra dữ liệu"));
  ATGT_ASSIGN_OR_RETURN(auto users, plan_user_import(table, in));

  // Hash the initial passwords outside any transaction (the slow part; progress 5..90%), on one
  // thread per core; the hasher caps how many hashes run at once across the whole process.
  const int64_t n = static_cast<int64_t>(users.size());
  std::vector<std::string> passwords(users.size()), hashes(users.size());
  for (auto& p : passwords) p = initial_password();
  std::atomic<int64_t> next{0}, done{0};
  std::atomic<bool> stop{false}, failed{false};
  auto work = [&] {
    for (int64_t i; !stop && (i = next++) < n;) {
      auto h = c.hasher().hash(passwords[static_cast<size_t>(i)]);
      if (!h.ok()) {
        failed = stop = true;
        break;
      }
      hashes[static_cast<size_t>(i)] = std::move(h).value();
      ++done;
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0, k = std::clamp<unsigned>(std::thread::hardware_concurrency(), 1, 8); t < k;
       ++t)
    pool.emplace_back(work);
  Status st;  // the job's own thread reports progress (its connection is not shared)
  while (done < n && !stop) {
    st = c.progress(5 + static_cast<int>(85 * done / n), done, n, "Tạo mật khẩu ban đầu");
    if (!st.ok())
      stop = true;
    else
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  for (auto& t : pool) t.join();
  ATGT_TRY(st);
  if (failed) return Internal("password hashing failed");
  ATGT_TRY(c.progress(90, n, n, "Tạo mật khẩu ban đầu"));
  ATGT_TRY(c.progress(92, n, n, "Ghi vào cơ sở dữ liệu"));
  if (c.stopping()) return interrupted();

  // One transaction: every account or none.
  int64_t now = now_micros();
  std::string batch = "job:" + std::to_string(job.id);
  {
    store::Tx tx(db);
    ATGT_TRY(tx.status());
    for (int64_t i = 0; i < n; ++i) {
      const auto& u = users[static_cast<size_t>(i)];
      store::NewUser nu{
          u.login, u.full_name, u.email, u.unit_id, {u.role}, hashes[static_cast<size_t>(i)], true};
      auto id = store::insert_user(db, nu, now);
      if (!id.ok()) {
        if (id.status().kind() == Kind::kConflict)
          return Status(Kind::kInvalid, "validation", "Tệp có lỗi; chưa tài khoản nào được tạo.")
              .with_row({u.row, "Tên đăng nhập",
                         "Tên đăng nhập \"" + u.login + "\" vừa được tạo ở nơi khác."});
        return id.status();
      }
      store::AuditEntry a;
      a.at = now;
      a.user_id = job.user_id;
      a.action = "create";
      a.entity = "user";
      a.entity_id = std::to_string(*id);
      a.batch_id = batch;
      a.changes_json = json::serialize(json::object{{"login", u.login},
                                                    {"unit_id", u.unit_id},
                                                    {"roles", json::array{json::value(u.role)}},
                                                    {"source", "import"}});
      ATGT_TRY(store::append_audit(db, a));
    }
    ATGT_TRY(tx.commit());
  }

  std::vector<std::vector<std::string>> rows;
  rows.push_back({"Tên đăng nhập", "Họ tên", "Mã đơn vị", "Vai trò", "Email", "Mật khẩu ban đầu"});
  for (int64_t i = 0; i < n; ++i) {
    const auto& u = users[static_cast<size_t>(i)];
    rows.push_back(
        {u.login, u.full_name, u.unit_code, u.role, u.email, passwords[static_cast<size_t>(i)]});
  }
  Outcome out;
  out.summary =
      json::object{{"created", n},
                   {"message", "Đã tạo " + std::to_string(n) +
                                   " tài khoản; mỗi người phải đổi mật khẩu ở lần đăng nhập đầu."}};
  // Initial passwords in plain text: kept 72 hours at most, and removed as soon as every new
  // account has changed its password (store/retention_store.cpp).
  out.file = Outcome::File{csv_text(rows), "tai-khoan-moi-" + std::to_string(job.id) + ".csv",
                           "text/csv; charset=utf-8", 72 * 3600 * kMicrosPerSecond};
  return out;
}

}  // namespace atgt::jobs
