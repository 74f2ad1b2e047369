// The notification centre (own notifications: list, unread count, mark read), the email
// preference, and the templates (read by administrators and the Department, edited by
// administrators).
#include "api/common.h"
#include "api/handlers.h"
#include "api/services.h"
#include "base/time.h"
#include "model/json_input.h"
#include "store/notifications_store.h"
#include "store/pool.h"
#include "store/users_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

json::object notification_json(const store::NotificationRow& n) {
  auto s = [](const std::optional<std::string>& v) -> json::value {
    return v ? json::value(*v) : nullptr;
  };
  return json::object{{"id", n.id},
                      {"template", n.template_code},
                      {"title", n.title},
                      {"body", n.body},
                      {"link", s(n.link)},
                      {"entity", s(n.entity)},
                      {"entity_id", s(n.entity_id)},
                      {"created_at", iso_utc(n.created_at)},
                      {"read_at", n.read_at ? json::value(iso_utc(*n.read_at)) : nullptr}};
}

json::object template_json(const store::TemplateRow& t) {
  return json::object{{"code", t.code},
                      {"title", t.title},
                      {"body", t.body},
                      {"email_subject", t.email_subject},
                      {"email_body", t.email_body},
                      {"source", t.source ? json::value(*t.source) : nullptr},
                      {"updated_at", t.updated_at ? json::value(iso_utc(t.updated_at)) : nullptr}};
}

}  // namespace

Result<Reply> list_notifications(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto before, int_param(c, "before_id", 1, INT64_MAX));
  ATGT_ASSIGN_OR_RETURN(auto limit, int_param(c, "limit", 1, 100));
  bool unread = false;
  if (const std::string* u = c.query("unread")) {
    if (*u != "0" && *u != "1" && *u != "true" && *u != "false")
      return Invalid().with_field("unread", "Giá trị phải là 1 hoặc 0.");
    unread = *u == "1" || *u == "true";
  }
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  int lim = static_cast<int>(limit.value_or(20));
  ATGT_ASSIGN_OR_RETURN(auto list,
                        store::notifications_of(*db, c.me().user_id, before, unread, lim));
  ATGT_ASSIGN_OR_RETURN(int64_t count, store::unread_count(*db, c.me().user_id));
  json::array out;
  for (const auto& n : list) out.push_back(notification_json(n));
  json::value next = nullptr;
  if (static_cast<int>(list.size()) == lim) next = list.back().id;
  return json_reply(json::object{
      {"notifications", std::move(out)}, {"unread_count", count}, {"next_before_id", next}});
}

Result<Reply> count_unread_notifications(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(int64_t count, store::unread_count(*db, c.me().user_id));
  return json_reply(json::object{{"unread_count", count}});
}

Result<Reply> read_notification(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_TRY(store::mark_read(*db, c.me().user_id, id, now_micros()));
  Reply r;
  r.status = 204;
  return r;
}

Result<Reply> read_all_notifications(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(int64_t n, store::mark_all_read(*db, c.me().user_id, now_micros()));
  (void)n;
  Reply r;
  r.status = 204;
  return r;
}

Result<Reply> get_notification_prefs(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(std::string mode, store::email_mode(*db, c.me().user_id));
  ATGT_ASSIGN_OR_RETURN(auto user, store::find_user(*db, c.me().user_id));
  return json_reply(json::object{{"email_mode", mode},
                                 {"email", user.email ? json::value(*user.email) : nullptr}});
}

Result<Reply> set_notification_prefs(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto mode = in.str("email_mode", true, 20);
  if (mode && *mode != "off" && *mode != "immediate" && *mode != "daily")
    in.error("email_mode",
             "Chọn off (không gửi thư), immediate (gửi ngay) hoặc daily (tổng hợp hằng ngày).");
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::set_email_mode(*db, c.me().user_id, *mode, now_micros()));
  ATGT_TRY(audit(c, *db, "update", "notification_prefs", std::to_string(c.me().user_id),
                 json::object{{"email_mode", *mode}}));
  ATGT_TRY(tx.commit());
  return get_notification_prefs(c);
}

Result<Reply> list_notification_templates(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto list, store::list_templates(*db));
  json::array out;
  for (const auto& t : list) out.push_back(template_json(t));
  return json_reply(json::object{{"templates", std::move(out)}});
}

Result<Reply> update_notification_template(Ctx& c) {
  std::string code = c.path.at("code");
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto t, store::get_template(*db, code));
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto title = in.str("title", false, 200);
  auto body = in.get_raw_string("body", false, 2000);
  auto subject = in.str("email_subject", false, 200);
  auto email_body = in.get_raw_string("email_body", false, 8000);
  auto source = in.str("source", false, 300);
  for (auto* v : {&title, &subject})
    if (*v && (*v)->empty())
      in.error(v == &title ? "title" : "email_subject", "Không được để trống.");
  ATGT_TRY(in.finish());
  json::object changes;
  auto set = [&](const char* name, std::string& field, const std::optional<std::string>& v) {
    if (v && *v != field) {
      changes[name] = json::array{json::value(field), json::value(*v)};
      field = *v;
    }
  };
  set("title", t.title, title);
  set("body", t.body, body);
  set("email_subject", t.email_subject, subject);
  set("email_body", t.email_body, email_body);
  if (source) t.source = *source;
  t.updated_at = now_micros();
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::upsert_template(*db, t, c.me().user_id));
  ATGT_TRY(audit(c, *db, "update", "notification_template", code, changes));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"template", template_json(t)}});
}

}  // namespace atgt::api
