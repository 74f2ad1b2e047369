// SQL for notifications: templates, the in-app list, email preferences and the email outbox.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace atgt::store {

struct TemplateRow {
  std::string code, title, body, email_subject, email_body;
  std::optional<std::string> source;
  int64_t updated_at = 0;
};

struct NotificationRow {
  int64_t id = 0;
  int64_t user_id = 0;
  std::string template_code, title, body;
  std::optional<std::string> link, entity, entity_id;
  int64_t created_at = 0;
  std::optional<int64_t> read_at;
  std::string email_state = "none";  // none | queued | digest | digested
};

struct OutboxRow {
  int64_t id = 0;
  std::string kind;
  std::optional<int64_t> user_id;
  std::string to_addr, subject, body, status;
  int attempts = 0;
  int64_t next_attempt_at = 0, created_at = 0;
  std::optional<std::string> last_error;
  std::optional<int64_t> sent_at;
};

Result<std::vector<TemplateRow>> list_templates(Db& db);
Result<TemplateRow> get_template(Db& db, const std::string& code);
// Inserts or replaces a template.
Status upsert_template(Db& db, const TemplateRow& t, std::optional<int64_t> by);
Result<int64_t> count_templates(Db& db);

Result<int64_t> insert_notification(Db& db, const NotificationRow& n);
// Newest first; `before_id` pages; `unread_only` filters.
Result<std::vector<NotificationRow>> notifications_of(Db& db, int64_t user_id,
                                                      std::optional<int64_t> before_id,
                                                      bool unread_only, int limit);
Result<int64_t> unread_count(Db& db, int64_t user_id);
// NotFound when the notification is not the user's.
Status mark_read(Db& db, int64_t user_id, int64_t id, int64_t now);
Result<int64_t> mark_all_read(Db& db, int64_t user_id, int64_t now);
// Users with notifications waiting for the daily digest, and those notifications.
Result<std::vector<int64_t>> digest_users(Db& db);
Result<std::vector<NotificationRow>> digest_items(Db& db, int64_t user_id);
Status mark_digested(Db& db, int64_t user_id, int64_t up_to_id);

// 'immediate' when the user has not chosen.
Result<std::string> email_mode(Db& db, int64_t user_id);
Status set_email_mode(Db& db, int64_t user_id, const std::string& mode, int64_t now);

Result<int64_t> enqueue_email(Db& db, const OutboxRow& m);
// Pending emails due at `now`, oldest first.
Result<std::vector<OutboxRow>> due_emails(Db& db, int64_t now, int limit);
Status mark_email_sent(Db& db, int64_t id, int64_t now);
// Records a failed attempt: retried at `next_attempt_at`, or given up (status failed) when
// `give_up`.
Status mark_email_attempt_failed(Db& db, int64_t id, const std::string& error,
                                 int64_t next_attempt_at, bool give_up);
// Emails not delivered: given up, or still pending after failed attempts.
Result<int64_t> count_undelivered_emails(Db& db);
// Newest first: emails to users of these units (and emails to no user).
Result<std::vector<OutboxRow>> recent_emails(Db& db, int limit,
                                             const std::vector<int64_t>& unit_ids);

}  // namespace atgt::store
