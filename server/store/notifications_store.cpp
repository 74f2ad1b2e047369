// SQL for notifications and the email outbox.
#include "store/notifications_store.h"

namespace atgt::store {
namespace {

constexpr const char* kNotificationCols =
    "SELECT id, user_id, template, title, body, link, entity, entity_id, created_at, read_at, "
    "email_state FROM notifications ";

NotificationRow read_notification(const Row& r) {
  Cursor c(r);
  NotificationRow n;
  n.id = c.i64();
  n.user_id = c.i64();
  n.template_code = c.str();
  n.title = c.str();
  n.body = c.str();
  n.link = c.opt_str();
  n.entity = c.opt_str();
  n.entity_id = c.opt_str();
  n.created_at = c.i64();
  n.read_at = c.opt_i64();
  n.email_state = c.str();
  return n;
}

constexpr const char* kOutboxCols =
    "SELECT id, kind, user_id, to_addr, subject, body, status, attempts, next_attempt_at, "
    "created_at, last_error, sent_at "
    "FROM email_outbox ";

OutboxRow read_outbox(const Row& r) {
  Cursor c(r);
  OutboxRow m;
  m.id = c.i64();
  m.kind = c.str();
  m.user_id = c.opt_i64();
  m.to_addr = c.str();
  m.subject = c.str();
  m.body = c.str();
  m.status = c.str();
  m.attempts = static_cast<int>(c.i64());
  m.next_attempt_at = c.i64();
  m.created_at = c.i64();
  m.last_error = c.opt_str();
  m.sent_at = c.opt_i64();
  return m;
}

TemplateRow read_template(const Row& r) {
  Cursor c(r);
  return {c.str(), c.str(), c.str(), c.str(), c.str(), c.opt_str(), c.i64()};
}

}  // namespace

Result<std::vector<TemplateRow>> list_templates(Db& db) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows, db.query("SELECT code, title, body, email_subject, email_body, source, updated_at "
                          "FROM notification_templates ORDER BY code"));
  return map_rows(rows, read_template);
}

Result<TemplateRow> get_template(Db& db, const std::string& code) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows, db.query("SELECT code, title, body, email_subject, email_body, source, updated_at "
                          "FROM notification_templates WHERE code = ?",
                          {code}));
  if (rows.empty()) return NotFound("Không có mẫu thông báo này.");
  return read_template(rows[0]);
}

Status upsert_template(Db& db, const TemplateRow& t, std::optional<int64_t> by) {
  return db.run(
      "INSERT INTO notification_templates (code, title, body, email_subject, email_body, source, "
      "updated_at, updated_by) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET title = excluded.title, "
      "body = excluded.body, "
      "email_subject = excluded.email_subject, email_body = excluded.email_body, source = "
      "excluded.source, "
      "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
      {t.code, t.title, t.body, t.email_subject, t.email_body, opt(t.source), t.updated_at,
       opt(by)});
}

Result<int64_t> count_templates(Db& db) {
  return db.scalar_i64("SELECT COUNT(*) FROM notification_templates");
}

Result<int64_t> insert_notification(Db& db, const NotificationRow& n) {
  return db.scalar_i64(
      "INSERT INTO notifications (user_id, template, title, body, link, entity, entity_id, "
      "created_at, email_state) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {n.user_id, n.template_code, n.title, n.body, opt(n.link), opt(n.entity), opt(n.entity_id),
       n.created_at, n.email_state});
}

Result<std::vector<NotificationRow>> notifications_of(Db& db, int64_t user_id,
                                                      std::optional<int64_t> before_id,
                                                      bool unread_only, int limit) {
  std::string sql = std::string(kNotificationCols) + "WHERE user_id = ? ";
  Params p{user_id};
  if (before_id) {
    sql += "AND id < ? ";
    p.push_back(*before_id);
  }
  if (unread_only) sql += "AND read_at IS NULL ";
  sql += "ORDER BY id DESC LIMIT ?";
  p.push_back(int64_t{limit});
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(sql, p));
  return map_rows(rows, read_notification);
}

Result<int64_t> unread_count(Db& db, int64_t user_id) {
  return db.scalar_i64("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL",
                       {user_id});
}

Status mark_read(Db& db, int64_t user_id, int64_t id, int64_t now) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("SELECT read_at FROM notifications WHERE id = ? AND user_id = ?", {id, user_id}));
  if (rows.empty()) return NotFound("Không tìm thấy thông báo.");
  return db.run(
      "UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL",
      {now, id, user_id});
}

Result<int64_t> mark_all_read(Db& db, int64_t user_id, int64_t now) {
  return db.execute("UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL",
                    {now, user_id});
}

Result<std::vector<int64_t>> digest_users(Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query("SELECT DISTINCT user_id FROM notifications WHERE "
                                            "email_state = 'digest' ORDER BY user_id"));
  std::vector<int64_t> out;
  for (size_t i = 0; i < rows.size(); ++i) out.push_back(rows[i].i64(0));
  return out;
}

Result<std::vector<NotificationRow>> digest_items(Db& db, int64_t user_id) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query(std::string(kNotificationCols) +
                                     "WHERE user_id = ? AND email_state = 'digest' ORDER BY id",
                                 {user_id}));
  return map_rows(rows, read_notification);
}

Status mark_digested(Db& db, int64_t user_id, int64_t up_to_id) {
  return db.run(
      "UPDATE notifications SET email_state = 'digested' WHERE user_id = ? AND email_state = "
      "'digest' AND id <= ?",
      {user_id, up_to_id});
}

Result<std::string> email_mode(Db& db, int64_t user_id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("SELECT email_mode FROM notification_prefs WHERE user_id = ?", {user_id}));
  if (rows.empty()) return std::string("immediate");
  return rows[0].str(0);
}

Status set_email_mode(Db& db, int64_t user_id, const std::string& mode, int64_t now) {
  return db.run(
      "INSERT INTO notification_prefs (user_id, email_mode, updated_at) VALUES (?, ?, ?) "
      "ON CONFLICT (user_id) DO UPDATE SET email_mode = excluded.email_mode, updated_at = "
      "excluded.updated_at",
      {user_id, mode, now});
}

Result<int64_t> enqueue_email(Db& db, const OutboxRow& m) {
  return db.scalar_i64(
      "INSERT INTO email_outbox (kind, user_id, to_addr, subject, body, status, attempts, "
      "next_attempt_at, created_at) "
      "VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?) RETURNING id",
      {m.kind, opt(m.user_id), m.to_addr, m.subject, m.body, m.next_attempt_at, m.created_at});
}

Result<std::vector<OutboxRow>> due_emails(Db& db, int64_t now, int limit) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows, db.query(std::string(kOutboxCols) + "WHERE status = 'pending' AND next_attempt_at "
                                                     "<= ? ORDER BY next_attempt_at, id LIMIT ?",
                          {now, int64_t{limit}}));
  return map_rows(rows, read_outbox);
}

Status mark_email_sent(Db& db, int64_t id, int64_t now) {
  return db.run(
      "UPDATE email_outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = "
      "NULL WHERE id = ?",
      {now, id});
}

Status mark_email_attempt_failed(Db& db, int64_t id, const std::string& error,
                                 int64_t next_attempt_at, bool give_up) {
  return db.run(
      "UPDATE email_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, "
      "status = ? WHERE id = ?",
      {error, next_attempt_at, std::string(give_up ? "failed" : "pending"), id});
}

Result<int64_t> count_undelivered_emails(Db& db) {
  return db.scalar_i64(
      "SELECT COUNT(*) FROM email_outbox WHERE status = 'failed' OR (status = 'pending' AND "
      "attempts > 0)");
}

Result<std::vector<OutboxRow>> recent_emails(Db& db, int limit,
                                             const std::vector<int64_t>& unit_ids) {
  std::string sql = std::string(kOutboxCols) +
                    "WHERE user_id IS NULL OR user_id IN (SELECT id FROM users WHERE unit_id IN (";
  Params p;
  sql += in_list(unit_ids, p) + ")) ORDER BY id DESC LIMIT ?";
  p.push_back(int64_t{limit});
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(sql, p));
  return map_rows(rows, read_outbox);
}

}  // namespace atgt::store
