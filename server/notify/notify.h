// Notifications: an in-app entry for a user, and email according to the user's preference
// (immediate: queued in the outbox at once; daily: in the next daily digest; off: none).
// Texts come from the notification_templates table (data/notification_templates.csv, editable
// by an administrator) with {{name}} placeholders. Email goes through the outbox, which the
// scheduler delivers and retries, so nothing is lost while the SMTP server is down.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "notify/smtp.h"
#include "store/db.h"

namespace atgt::notify {

// Replaces every {{name}} with vars[name] (unknown names become empty).
std::string render(const std::string& text, const std::map<std::string, std::string>& vars);

struct Message {
  std::string template_code;
  std::map<std::string, std::string> vars;
  std::optional<std::string> link;  // path inside the web app, e.g. "/jobs/12"
  std::optional<std::string> entity, entity_id;
};

// Adds the notification and queues or defers its email. Runs in the caller's transaction when
// there is one. `public_url` makes links absolute in emails.
Status notify_user(store::Db& db, int64_t user_id, const Message& m, const std::string& public_url,
                   int64_t now);

// Queues an email built from a template (no in-app entry): password reset links.
Status email_user(store::Db& db, const std::string& kind, std::optional<int64_t> user_id,
                  const std::string& to, const std::string& template_code,
                  const std::map<std::string, std::string>& vars, int64_t now);

struct DeliveryOptions {
  SmtpConfig smtp;
  int64_t retry_base_seconds = 60;  // 1st retry after this, doubling, at most one hour apart
  int max_attempts = 12;
  int batch = 50;
};
// Sends the due emails of the outbox (a scheduler task); returns a summary for the run log.
Result<std::string> deliver_outbox(store::Db& db, const DeliveryOptions& opt, int64_t now);
// Builds one digest email per user with deferred notifications (a scheduler task).
Result<std::string> send_digests(store::Db& db, const std::string& public_url, int64_t now);

// Loads data/notification_templates.csv into an empty templates table; adds templates missing
// from a non-empty one (a newer release's), never overwriting an administrator's edits.
Result<int> load_templates(store::Db& db, const std::string& csv_path);

}  // namespace atgt::notify
