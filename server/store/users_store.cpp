// SQL for users, sessions, tokens and login attempts.
#include "store/users_store.h"

#include <sstream>

#include "base/text.h"
#include "store/search_store.h"

namespace atgt::store {
namespace {

constexpr const char* kUserSelect =
    "SELECT u.id, u.login, u.full_name, u.email, u.unit_id, un.code, "
    "(SELECT v.name FROM unit_versions v WHERE v.unit_id = u.unit_id ORDER BY v.valid_from DESC "
    "LIMIT 1), u.must_change_password, u.disabled, u.last_login_at, u.password_hash, u.created_at, "
    "u.kind, u.published_password "
    "FROM users u JOIN units un ON un.id = u.unit_id ";

UserRecord user_from(const Row& r) {
  Cursor c(r);
  UserRecord u;
  u.id = c.i64();
  u.login = c.str();
  u.full_name = c.str();
  u.email = c.opt_str();
  u.unit_id = c.i64();
  u.unit_code = c.str();
  u.unit_name = c.str();
  u.must_change_password = c.flag();
  u.disabled = c.flag();
  u.last_login_at = c.opt_i64();
  u.password_hash = c.str();
  u.created_at = c.i64();
  u.kind = c.str();
  u.published_password = c.flag();
  return u;
}

Status load_roles(Db& db, UserRecord& u) {
  auto rows = db.query("SELECT role FROM user_roles WHERE user_id = ? ORDER BY role", {u.id});
  if (!rows.ok()) return rows.status();
  for (size_t i = 0; i < rows->size(); ++i) u.roles.push_back((*rows)[i].str(0));
  return Status::Ok();
}

Result<UserRecord> one_user(Db& db, const std::string& where, const Params& p) {
  auto rows = db.query(std::string(kUserSelect) + where, p);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return NotFound("Không tìm thấy người dùng.");
  UserRecord u = user_from((*rows)[0]);
  ATGT_TRY(load_roles(db, u));
  return u;
}

std::string split_join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ",") + x;
  return s;
}
std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, ','))
    if (!item.empty()) out.push_back(item);
  return out;
}

TokenRecord token_from(const Row& r) {
  Cursor c(r);
  TokenRecord t;
  t.id = c.i64();
  t.user_id = c.i64();
  t.name = c.str();
  t.unit_id = c.i64();
  t.scopes = split(c.str());
  t.created_at = c.i64();
  t.expires_at = c.opt_i64();
  t.revoked_at = c.opt_i64();
  t.last_used_at = c.opt_i64();
  return t;
}
constexpr const char* kTokenSelect =
    "SELECT id, user_id, name, unit_id, scopes, created_at, expires_at, revoked_at, last_used_at "
    "FROM api_tokens ";

}  // namespace

Result<UserRecord> find_user(Db& db, int64_t id) {
  return one_user(db, "WHERE u.id = ?", {id});
}

Result<UserRecord> find_user_by_login(Db& db, const std::string& login) {
  return one_user(db, "WHERE u.login = ?", {login});
}

Result<std::vector<UserRecord>> list_users(Db& db, const std::vector<int64_t>& unit_ids,
                                           const std::string& fold_query, int limit) {
  std::string sql = kUserSelect;
  Params p;
  sql += "WHERE 1 = 1 ";
  if (!unit_ids.empty()) {
    sql += "AND u.unit_id IN (" + in_list(unit_ids, p) + ") ";
  }
  if (!search_words(fold_query).empty())
    sql += "AND " + search_filter(db.dialect(), kSearchUser, "u.id", fold_query, p) + " ";
  sql += "ORDER BY u.id LIMIT ?";
  p.push_back(int64_t{limit});
  auto rows = db.query(sql, p);
  if (!rows.ok()) return rows.status();
  std::vector<UserRecord> out;
  for (size_t i = 0; i < rows->size(); ++i) out.push_back(user_from((*rows)[i]));
  // Roles in one query for the page.
  if (!out.empty()) {
    Params rp;
    std::vector<int64_t> ids;
    for (const auto& u : out) ids.push_back(u.id);
    std::string rs = "SELECT user_id, role FROM user_roles WHERE user_id IN (" + in_list(ids, rp) +
                     ") ORDER BY role";
    auto roles = db.query(rs, rp);
    if (!roles.ok()) return roles.status();
    for (size_t i = 0; i < roles->size(); ++i)
      for (auto& u : out)
        if (u.id == (*roles)[i].i64(0)) u.roles.push_back((*roles)[i].str(1));
  }
  return out;
}

Result<int64_t> insert_user(Db& db, const NewUser& u, int64_t now) {
  auto rows = db.query(
      "INSERT INTO users (login, full_name, name_fold, email, unit_id, password_hash, "
      "must_change_password, disabled, created_at, updated_at, kind, published_password) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?) RETURNING id",
      {u.login, u.full_name, fold(u.full_name), opt(u.email), u.unit_id, u.password_hash,
       int64_t{u.must_change_password}, now, now, u.kind, int64_t{u.published_password}});
  if (!rows.ok()) return rows.status();
  int64_t id = (*rows)[0].i64(0);
  ATGT_TRY(add_terms(db, kSearchUser, id, {u.full_name, u.login}));
  ATGT_TRY(set_user_roles(db, id, u.roles));
  return id;
}

Status update_user_profile(Db& db, int64_t id, const std::string& full_name,
                           const std::optional<std::string>& email, int64_t now) {
  auto r = db.execute(
      "UPDATE users SET full_name = ?, name_fold = ?, email = ?, updated_at = ? WHERE id = ?",
      {full_name, fold(full_name), opt(email), now, id});
  if (!r.ok()) return r.status();
  if (!*r) return NotFound("Không tìm thấy người dùng.");
  auto login = db.query("SELECT login FROM users WHERE id = ?", {id});
  if (!login.ok()) return login.status();
  return replace_terms(db, kSearchUser, id, {full_name, (*login)[0].str(0)});
}

Status set_user_roles(Db& db, int64_t id, const std::vector<std::string>& roles) {
  auto d = db.execute("DELETE FROM user_roles WHERE user_id = ?", {id});
  if (!d.ok()) return d.status();
  for (const auto& r : roles) {
    auto i = db.execute("INSERT INTO user_roles (user_id, role) VALUES (?, ?)", {id, r});
    if (!i.ok()) return i.status();
  }
  return Status::Ok();
}

Status set_user_disabled(Db& db, int64_t id, bool disabled, int64_t now) {
  auto r = db.execute("UPDATE users SET disabled = ?, updated_at = ? WHERE id = ?",
                      {int64_t{disabled}, now, id});
  if (!r.ok()) return r.status();
  return *r ? Status::Ok() : NotFound("Không tìm thấy người dùng.");
}

Status set_user_password(Db& db, int64_t id, const std::string& hash, bool must_change,
                         int64_t now) {
  auto r = db.execute(
      "UPDATE users SET password_hash = ?, must_change_password = ?, password_changed_at = ?, "
      "updated_at = ?, published_password = 0 WHERE id = ?",
      {hash, int64_t{must_change}, now, now, id});
  if (!r.ok()) return r.status();
  return *r ? Status::Ok() : NotFound("Không tìm thấy người dùng.");
}

Status revoke_user_tokens(Db& db, int64_t user_id, int64_t now) {
  return db.run("UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                {now, user_id});
}

Result<std::vector<std::string>> logins_with_published_password(Db& db) {
  auto rows = db.query(
      "SELECT login FROM users WHERE published_password = 1 AND disabled = 0 ORDER BY login");
  if (!rows.ok()) return rows.status();
  std::vector<std::string> out;
  for (size_t i = 0; i < rows->size(); ++i) out.push_back((*rows)[i].str(0));
  return out;
}

Status disable_published_password_users(Db& db, int64_t now) {
  auto r = db.execute(
      "UPDATE users SET disabled = 1, updated_at = ? WHERE published_password = 1 AND disabled = 0",
      {now});
  if (!r.ok()) return r.status();
  auto s = db.execute(
      "DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE published_password = 1)");
  if (!s.ok()) return s.status();
  return db.run(
      "UPDATE api_tokens SET revoked_at = ? WHERE revoked_at IS NULL AND user_id IN "
      "(SELECT id FROM users WHERE published_password = 1)",
      {now});
}

Status set_last_login(Db& db, int64_t id, int64_t now) {
  return db.run("UPDATE users SET last_login_at = ? WHERE id = ?", {now, id});
}

Result<int64_t> count_users(Db& db) {
  return db.scalar_i64("SELECT COUNT(*) FROM users");
}

Result<std::pair<int64_t, int64_t>> count_pending_and_disabled(
    Db& db, const std::vector<int64_t>& unit_ids) {
  if (unit_ids.empty()) return std::pair<int64_t, int64_t>{0, 0};
  std::string sql =
      "SELECT COALESCE(SUM(CASE WHEN must_change_password = 1 AND disabled = 0 THEN 1 ELSE 0 END), "
      "0), "
      "COALESCE(SUM(disabled), 0) FROM users WHERE unit_id IN (";
  Params p;
  sql += in_list(unit_ids, p) + ")";
  auto rows = db.query(sql, p);
  if (!rows.ok()) return rows.status();
  return std::pair<int64_t, int64_t>{(*rows)[0].i64(0), (*rows)[0].i64(1)};
}

Status insert_session(Db& db, const std::string& id_hash, int64_t user_id, const std::string& csrf,
                      int64_t now, const std::string& ip) {
  return db.run(
      "INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, ip) VALUES "
      "(?, ?, ?, ?, ?, ?)",
      {id_hash, user_id, csrf, now, now, ip});
}

Result<SessionRecord> find_session(Db& db, const std::string& id_hash) {
  // One round trip: one row per role (or one row with a NULL role).
  auto rows = db.query(
      "SELECT s.id_hash, s.csrf_token, s.created_at, s.last_seen_at, u.id, u.login, u.unit_id, "
      "u.must_change_password, u.disabled, r.role FROM sessions s JOIN users u ON u.id = s.user_id "
      "LEFT JOIN user_roles r ON r.user_id = u.id WHERE s.id_hash = ? ORDER BY r.role",
      {id_hash});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return NotFound("Phiên đăng nhập không tồn tại.");
  auto r = (*rows)[0];
  SessionRecord s;
  s.id_hash = r.str(0);
  s.csrf_token = r.str(1);
  s.created_at = r.i64(2);
  s.last_seen_at = r.i64(3);
  s.user.id = r.i64(4);
  s.user.login = r.str(5);
  s.user.unit_id = r.i64(6);
  s.user.must_change_password = r.i64(7) != 0;
  s.user.disabled = r.i64(8) != 0;
  for (size_t i = 0; i < rows->size(); ++i)
    if (!(*rows)[i].is_null(9)) s.user.roles.push_back((*rows)[i].str(9));
  return s;
}

Status touch_session(Db& db, const std::string& id_hash, int64_t now) {
  return db.run("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?", {now, id_hash});
}

Status delete_session(Db& db, const std::string& id_hash) {
  return db.run("DELETE FROM sessions WHERE id_hash = ?", {id_hash});
}

Status delete_user_sessions(Db& db, int64_t user_id, const std::string& except_hash) {
  return db.run("DELETE FROM sessions WHERE user_id = ? AND id_hash <> ?", {user_id, except_hash});
}

Result<int64_t> purge_sessions(Db& db, int64_t idle_before, int64_t created_before) {
  return db.execute("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?",
                    {idle_before, created_before});
}

Result<int64_t> insert_token(Db& db, const TokenRecord& t, const std::string& token_hash) {
  auto rows = db.query(
      "INSERT INTO api_tokens (user_id, name, token_hash, unit_id, scopes, created_at, expires_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {t.user_id, t.name, token_hash, t.unit_id, split_join(t.scopes), t.created_at,
       opt(t.expires_at)});
  if (!rows.ok()) return rows.status();
  return (*rows)[0].i64(0);
}

Result<TokenRecord> find_token_by_hash(Db& db, const std::string& token_hash) {
  auto rows = db.query(std::string(kTokenSelect) + "WHERE token_hash = ?", {token_hash});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return NotFound("Mã truy cập không tồn tại.");
  return token_from((*rows)[0]);
}

Result<TokenRecord> find_token(Db& db, int64_t id) {
  auto rows = db.query(std::string(kTokenSelect) + "WHERE id = ?", {id});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return NotFound("Không tìm thấy mã truy cập.");
  return token_from((*rows)[0]);
}

Result<std::vector<TokenRecord>> list_tokens(Db& db, int64_t user_id) {
  auto rows = db.query(std::string(kTokenSelect) + "WHERE user_id = ? ORDER BY id DESC", {user_id});
  if (!rows.ok()) return rows.status();
  std::vector<TokenRecord> out;
  for (size_t i = 0; i < rows->size(); ++i) out.push_back(token_from((*rows)[i]));
  return out;
}

Status revoke_token(Db& db, int64_t id, int64_t now) {
  return db.run("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                {now, id});
}

Status touch_token(Db& db, int64_t id, int64_t now) {
  return db.run("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", {now, id});
}

Status record_login_attempt(Db& db, const std::string& login, const std::string& ip, bool success,
                            int64_t now) {
  return db.run("INSERT INTO login_attempts (login, ip, at, success) VALUES (?, ?, ?, ?)",
                {login, ip, now, int64_t{success}});
}

Result<int64_t> recent_login_failures(Db& db, const std::string& login, int64_t since) {
  return db.scalar_i64(
      "SELECT COUNT(*) FROM login_attempts WHERE login = ? AND success = 0 AND at >= ? AND at > "
      "COALESCE((SELECT MAX(at) FROM login_attempts WHERE login = ? AND success = 1), 0)",
      {login, since, login});
}

Result<int64_t> recent_ip_failures(Db& db, const std::string& ip, int64_t since) {
  return db.scalar_i64(
      "SELECT COUNT(*) FROM login_attempts WHERE ip = ? AND success = 0 AND at >= ? AND login NOT "
      "LIKE '#%'",
      {ip, since});
}

Result<int64_t> recent_ip_requests(Db& db, const std::string& kind, const std::string& ip,
                                   int64_t since) {
  return db.scalar_i64("SELECT COUNT(*) FROM login_attempts WHERE login = ? AND ip = ? AND at >= ?",
                       {kind, ip, since});
}

Status lock_login(Db& db, const std::string& login) {
  if (db.dialect() != Dialect::kPostgres) return Status::Ok();  // BEGIN IMMEDIATE serialises
  auto r = db.query("SELECT pg_advisory_xact_lock(hashtext(?))", {login});
  return r.ok() ? Status::Ok() : r.status();
}

Result<ThrottleCounts> login_throttle_counts(Db& db, const std::string& login,
                                             const std::string& ip, int64_t since,
                                             int64_t known_since, int64_t now) {
  ThrottleCounts c;
  ATGT_ASSIGN_OR_RETURN(
      c.pair_failures,
      db.scalar_i64(
          "SELECT COUNT(*) FROM login_attempts WHERE login = ? AND ip = ? AND success = 0 "
          "AND at >= ? AND at > COALESCE((SELECT MAX(at) FROM login_attempts WHERE login = ? "
          "AND ip = ? AND success = 1), 0)",
          {login, ip, since, login, ip}));
  ATGT_ASSIGN_OR_RETURN(c.ip_failures, recent_ip_failures(db, ip, since));
  ATGT_ASSIGN_OR_RETURN(c.login_failures, recent_login_failures(db, login, since));
  ATGT_ASSIGN_OR_RETURN(auto last,
                        db.query("SELECT MAX(at) FROM login_attempts WHERE login = ?", {login}));
  if (!last.empty() && last[0].opt_i64(0)) c.micros_since_last_attempt = now - *last[0].opt_i64(0);
  ATGT_ASSIGN_OR_RETURN(
      int64_t known, db.scalar_i64("SELECT COUNT(*) FROM login_attempts WHERE login = ? AND ip = ? "
                                   "AND success = 1 AND at >= ?",
                                   {login, ip, known_since}));
  c.known_address = known > 0;
  return c;
}

Result<int64_t> insert_login_attempt(Db& db, const std::string& login, const std::string& ip,
                                     bool success, int64_t now) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query("INSERT INTO login_attempts (login, ip, at, success) VALUES "
                                 "(?, ?, ?, ?) RETURNING id",
                                 {login, ip, now, int64_t{success}}));
  return rows[0].i64(0);
}

Status mark_login_success(Db& db, int64_t attempt_id) {
  return db.run("UPDATE login_attempts SET success = 1 WHERE id = ?", {attempt_id});
}

}  // namespace atgt::store
