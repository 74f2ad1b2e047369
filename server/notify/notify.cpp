// Notifications and email (see notify.h).
#include "notify/notify.h"

#include <algorithm>

#include "base/csv.h"
#include "base/log.h"
#include "store/notifications_store.h"
#include "store/users_store.h"

namespace atgt::notify {

namespace {

// Queues the template's email, due now.
Status queue(store::Db& db, const std::string& kind, std::optional<int64_t> user_id,
             const std::string& to, const store::TemplateRow& t,
             const std::map<std::string, std::string>& vars, int64_t now) {
  store::OutboxRow e;
  e.kind = kind;
  e.user_id = user_id;
  e.to_addr = to;
  e.subject = render(t.email_subject, vars);
  e.body = render(t.email_body, vars);
  e.next_attempt_at = now;
  e.created_at = now;
  auto id = store::enqueue_email(db, e);
  return id.ok() ? Status::Ok() : id.status();
}

}  // namespace

std::string render(const std::string& text, const std::map<std::string, std::string>& vars) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t open = text.find("{{", i);
    if (open == std::string::npos) break;
    size_t close = text.find("}}", open + 2);
    if (close == std::string::npos) break;
    out.append(text, i, open - i);
    auto it = vars.find(text.substr(open + 2, close - open - 2));
    if (it != vars.end()) out += it->second;
    i = close + 2;
  }
  out.append(text, i, std::string::npos);
  return out;
}

Status notify_user(store::Db& db, int64_t user_id, const Message& m, const std::string& public_url,
                   int64_t now) {
  ATGT_ASSIGN_OR_RETURN(auto t, store::get_template(db, m.template_code));
  ATGT_ASSIGN_OR_RETURN(auto user, store::find_user(db, user_id));
  auto vars = m.vars;
  vars["user_name"] = user.full_name;
  vars["link"] = public_url + m.link.value_or("/");
  ATGT_ASSIGN_OR_RETURN(std::string mode, store::email_mode(db, user_id));
  bool has_email = user.email && !user.email->empty() && !user.disabled;
  store::NotificationRow n;
  n.user_id = user_id;
  n.template_code = m.template_code;
  n.title = render(t.title, vars);
  n.body = render(t.body, vars);
  n.link = m.link;
  n.entity = m.entity;
  n.entity_id = m.entity_id;
  n.created_at = now;
  n.email_state = !has_email || mode == "off" ? "none" : mode == "daily" ? "digest" : "queued";
  ATGT_ASSIGN_OR_RETURN(int64_t id, store::insert_notification(db, n));
  (void)id;
  if (n.email_state == "queued") {
    ATGT_TRY(queue(db, "notification", user_id, *user.email, t, vars, now));
  }
  return Status::Ok();
}

Status email_user(store::Db& db, const std::string& kind, std::optional<int64_t> user_id,
                  const std::string& to, const std::string& template_code,
                  const std::map<std::string, std::string>& vars, int64_t now) {
  ATGT_ASSIGN_OR_RETURN(auto t, store::get_template(db, template_code));
  return queue(db, kind, user_id, to, t, vars, now);
}

Result<std::string> deliver_outbox(store::Db& db, const DeliveryOptions& opt, int64_t now) {
  ATGT_ASSIGN_OR_RETURN(auto due, store::due_emails(db, now, opt.batch));
  if (due.empty()) return std::string("không có thư chờ gửi");
  if (opt.smtp.url.empty())
    return "chưa cấu hình ATGT_SMTP_URL; " + std::to_string(due.size()) + " thư đang chờ";
  int sent = 0, failed = 0, given_up = 0;
  for (const auto& m : due) {
    Status st = send_mail(opt.smtp, m.to_addr, m.subject, m.body);
    if (st.ok()) {
      ATGT_TRY(store::mark_email_sent(db, m.id, now));
      ++sent;
      continue;
    }
    ++failed;
    int attempts = m.attempts + 1;
    int64_t delay = std::min<int64_t>(3600, opt.retry_base_seconds << std::min(attempts - 1, 12));
    bool give_up = attempts >= opt.max_attempts;
    if (give_up) ++given_up;
    ATGT_TRY(
        store::mark_email_attempt_failed(db, m.id, st.message(), now + delay * 1'000'000, give_up));
    log::warn("email_failed", {{"outbox_id", std::to_string(m.id)},
                               {"attempt", std::to_string(attempts)},
                               {"error", st.message()}});
    // The server is probably down: stop this run, keep the rest for the next one.
    if (st.code() == "smtp_failed") break;
  }
  return "đã gửi " + std::to_string(sent) + ", lỗi " + std::to_string(failed) +
         (given_up ? ", bỏ " + std::to_string(given_up) : "");
}

Result<std::string> send_digests(store::Db& db, const std::string& public_url, int64_t now) {
  ATGT_ASSIGN_OR_RETURN(auto users, store::digest_users(db));
  int made = 0;
  for (int64_t uid : users) {
    ATGT_ASSIGN_OR_RETURN(auto items, store::digest_items(db, uid));
    if (items.empty()) continue;
    ATGT_ASSIGN_OR_RETURN(auto user, store::find_user(db, uid));
    store::Tx tx(db);
    ATGT_TRY(tx.status());
    if (user.email && !user.email->empty() && !user.disabled) {
      std::string list;
      for (const auto& n : items)
        list += "- " + n.title + (n.link ? " (" + public_url + *n.link + ")" : "") + "\n";
      std::map<std::string, std::string> vars{{"user_name", user.full_name},
                                              {"count", std::to_string(items.size())},
                                              {"items", list},
                                              {"link", public_url + "/notifications"}};
      ATGT_TRY(email_user(db, "digest", uid, *user.email, "daily_digest", vars, now));
      ++made;
    }
    ATGT_TRY(store::mark_digested(db, uid, items.back().id));
    ATGT_TRY(tx.commit());
  }
  return "đã lập " + std::to_string(made) + " thư tổng hợp";
}

Result<int> load_templates(store::Db& db, const std::string& csv_path) {
  ATGT_ASSIGN_OR_RETURN(CsvTable t, read_csv_file(csv_path));
  int c_code = t.column("code"), c_title = t.column("title"), c_body = t.column("body"),
      c_subj = t.column("email_subject"), c_email = t.column("email_body"),
      c_src = t.column("source");
  if (c_code < 0 || c_title < 0 || c_body < 0 || c_subj < 0 || c_email < 0 || c_src < 0)
    return Invalid(csv_path +
                   ": thiếu cột (code, title, body, email_subject, email_body, source).");
  ATGT_ASSIGN_OR_RETURN(auto existing, store::list_templates(db));
  int added = 0;
  for (const auto& row : t.rows) {
    auto at = [&](int c) { return row[static_cast<size_t>(c)]; };
    if (std::any_of(existing.begin(), existing.end(),
                    [&](const auto& e) { return e.code == at(c_code); }))
      continue;
    store::TemplateRow r{at(c_code),  at(c_title), at(c_body), at(c_subj),
                         at(c_email), at(c_src),   0};
    ATGT_TRY(store::upsert_template(db, r, std::nullopt));
    ++added;
  }
  return added;
}

}  // namespace atgt::notify
