// SQL for password reset links.
#include "store/password_resets_store.h"

namespace atgt::store {

Status insert_password_reset(Db& db, int64_t user_id, const std::string& token_hash, int64_t now,
                             int64_t expires_at, const std::string& ip) {
  return db.run(
      "INSERT INTO password_resets (user_id, token_hash, created_at, expires_at, ip) VALUES (?, ?, "
      "?, ?, ?)",
      {user_id, token_hash, now, expires_at, ip});
}

Result<std::pair<int64_t, int64_t>> find_password_reset(Db& db, const std::string& token_hash,
                                                        int64_t now) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("SELECT id, user_id FROM password_resets WHERE token_hash = ? AND used_at IS NULL "
               "AND expires_at > ?",
               {token_hash, now}));
  if (rows.empty())
    return NotFound("Liên kết đặt lại mật khẩu không hợp lệ, đã dùng hoặc đã hết hạn.");
  return std::make_pair(rows[0].i64(0), rows[0].i64(1));
}

Result<bool> use_password_reset(Db& db, int64_t id, int64_t user_id, int64_t now) {
  ATGT_ASSIGN_OR_RETURN(
      int64_t n,
      db.execute("UPDATE password_resets SET used_at = ? WHERE id = ? AND used_at IS NULL",
                 {now, id}));
  if (n != 1) return false;
  ATGT_ASSIGN_OR_RETURN(
      int64_t m,
      db.execute("UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL",
                 {now, user_id}));
  (void)m;
  return true;
}

Result<int64_t> count_password_resets_since(Db& db, int64_t user_id, int64_t since) {
  return db.scalar_i64("SELECT COUNT(*) FROM password_resets WHERE user_id = ? AND created_at >= ?",
                       {user_id, since});
}

Status queue_reset_request(Db& db, const std::string& login, const std::string& ip, int64_t now) {
  return db.run("INSERT INTO password_reset_queue (login, ip, at) VALUES (?, ?, ?)",
                {login, ip, now});
}

Result<std::vector<QueuedResetRequest>> take_reset_requests(Db& db, int limit) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows, db.query("SELECT id, login, ip, at FROM password_reset_queue ORDER BY id LIMIT ?",
                          {int64_t{limit}}));
  std::vector<QueuedResetRequest> out;
  for (size_t i = 0; i < rows.size(); ++i) {
    auto r = rows[i];
    auto n = db.execute("DELETE FROM password_reset_queue WHERE id = ?", {r.i64(0)});
    if (!n.ok()) return n.status();
    if (*n == 1) out.push_back({r.i64(0), r.str(1), r.str(2), r.i64(3)});  // taken by us
  }
  return out;
}

}  // namespace atgt::store
