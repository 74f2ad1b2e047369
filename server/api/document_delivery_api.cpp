// Issue and distribution of official documents: numbering at issue (after the signature, never
// before), recipients resolved on the dated registry, incoming numbers and notifications for
// every recipient unit, opening and acknowledgement, reminders, documents registered by hand
// from outside, and the registers of Decree 30 Appendix IV.
#include <algorithm>
#include <map>

#include "api/common.h"
#include "api/documents_common.h"
#include "api/handlers.h"
#include "api/services.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/document.h"
#include "model/json_input.h"
#include "notify/notify.h"
#include "store/documents_store.h"

namespace atgt::api {
namespace json = boost::json;
using docs::Loaded;

namespace {

constexpr const char* kOutRegister = "Sổ văn bản đi";
constexpr const char* kInRegister = "Sổ văn bản đến";

// Gives every unit its incoming number, writes the recipient rows and notifies the units' users,
// in the caller's transaction.
Status deliver(Ctx& c, store::Db& db, const store::Document& d, const std::string& sender_name,
               const std::vector<int64_t>& units, int year, int64_t now) {
  std::vector<store::DocumentRecipient> rows;
  rows.reserve(units.size());
  for (int64_t u : units) {
    ATGT_ASSIGN_OR_RETURN(auto num, store::take_number(db, u, "in", year, kInRegister));
    store::DocumentRecipient r;
    r.document_id = d.id;
    r.unit_id = u;
    r.register_id = num.first;
    r.incoming_number = num.second;
    r.delivered_at = now;
    rows.push_back(r);
  }
  ATGT_TRY(store::insert_recipients(db, rows));
  ATGT_ASSIGN_OR_RETURN(auto users, store::active_users_of(db, units));
  notify::Message m;
  m.template_code = "document_received";
  m.vars = {
      {"number", d.number_text.value_or("")}, {"subject", d.subject}, {"sender", sender_name}};
  m.link = "/van-ban/" + std::to_string(d.id);
  m.entity = "document";
  m.entity_id = std::to_string(d.id);
  for (const auto& [unit, user] : users)
    ATGT_TRY(notify::notify_user(db, user, m, c.svc.config.public_url, now));
  return Status::Ok();
}

json::object resolution_json(const OrgIndex& org, const doc::Resolution& r,
                             const std::string& date) {
  auto unit_list = [&](const std::vector<int64_t>& ids) {
    json::array a;
    for (int64_t u : ids)
      a.push_back(json::object{{"id", u}, {"name", docs::unit_name(org, u, date)}});
    return a;
  };
  json::array groups;
  for (const auto& g : r.groups)
    groups.push_back(json::object{{"type", g.group.type},
                                  {"under", g.group.under},
                                  {"under_name", docs::unit_name(org, g.group.under, date)},
                                  {"units", unit_list(g.units)}});
  return json::object{{"date", date},
                      {"groups", std::move(groups)},
                      {"named", unit_list(r.named)},
                      {"units", unit_list(r.units)},
                      {"total", static_cast<int64_t>(r.units.size())}};
}

Result<Loaded> load_sent(Ctx& c, store::Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto l, docs::load_visible(c, db, id));
  if (l.doc.unit_id != c.me().unit_id)
    return Forbidden("Chỉ đơn vị gửi mới xem được tình hình nhận văn bản.");
  if (l.doc.status != "issued") return Conflict("Văn bản chưa được ban hành.");
  return l;
}

}  // namespace

Result<Reply> preview_document_recipients(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto rules_obj = in.object("recipients", true);
  auto date = in.str("date", false, 10);
  ATGT_TRY(in.finish());
  std::string day = today_local().str();
  if (date) {
    auto dd = Date::parse(*date);
    if (!dd)
      return Invalid("Ngày gửi không hợp lệ.").with_field("date", "Ngày theo dạng YYYY-MM-DD.");
    day = dd->str();
  }
  ATGT_ASSIGN_OR_RETURN(auto rules, doc::parse_recipient_rules(json::serialize(*rules_obj)));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto res, doc::resolve_recipients(*org, rules, day, c.me().unit_id));
  return json_reply(json::object{{"resolution", resolution_json(*org, res, day)}});
}

Result<Reply> issue_document(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto l, docs::load_visible(c, *db, id));
  if (l.doc.unit_id != c.me().unit_id)
    return Forbidden("Chỉ văn thư của đơn vị ban hành mới cho số văn bản.");
  ATGT_ASSIGN_OR_RETURN(auto officers, store::document_officers(*db, l.doc.unit_id));
  ATGT_TRY(doc::check_step(l.doc, doc::Step::kIssue, c.me(), officers));
  const auto& d = l.doc;
  auto settings = store::unit_document_settings(*db, d.unit_id);
  if (!settings.ok())
    return Invalid(
        "Đơn vị chưa khai báo chữ viết tắt dùng trong số, ký hiệu văn bản; hãy nhờ lãnh đạo đơn vị "
        "khai báo.");
  std::string partner_abbrev;
  if (d.partner_unit_id) {
    auto ps = store::unit_document_settings(*db, *d.partner_unit_id);
    if (!ps.ok()) return Invalid("Cơ quan phối hợp ban hành chưa có chữ viết tắt văn bản.");
    partner_abbrev = ps->abbrev;
  }
  std::string section_abbrev;
  if (d.section_id) {
    ATGT_ASSIGN_OR_RETURN(auto sections, store::document_sections(*db, d.unit_id));
    for (const auto& s : sections)
      if (s.id == *d.section_id) section_abbrev = s.abbrev;
  }
  ATGT_ASSIGN_OR_RETURN(auto type, docs::document_type(*db, d.type_code));
  std::string symbol = doc::symbol(type.abbrev, settings->abbrev, partner_abbrev, section_abbrev);
  Date today = today_local();
  std::string date = today.str();
  ATGT_ASSIGN_OR_RETURN(auto rules, doc::parse_recipient_rules(d.recipient_rules));
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto res, doc::resolve_recipients(*org, rules, date, d.unit_id));
  int64_t now = now_micros();
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  std::string register_name = kOutRegister;
  ATGT_ASSIGN_OR_RETURN(auto register_rules, store::register_rules(*db, d.unit_id));
  for (const auto& [type_code, name] : register_rules)
    if (type_code == d.type_code) register_name = name;
  ATGT_ASSIGN_OR_RETURN(auto num,
                        store::take_number(*db, d.unit_id, "out", today.year, register_name));
  std::string text = doc::number_text(num.second, symbol);
  ATGT_TRY(
      store::set_document_issued(*db, id, num.first, num.second, text, date, c.me().user_id, now));
  store::Document issued = d;
  issued.number_text = text;
  ATGT_TRY(
      deliver(c, *db, issued, docs::unit_name(*org, d.unit_id, date), res.units, today.year, now));
  if (type.is_plan) ATGT_TRY(docs::fan_out_plan(c, *db, issued, date));
  ATGT_TRY(audit(c, *db, "issue", "document", std::to_string(id),
                 json::object{{"number_text", text},
                              {"issued_date", date},
                              {"recipients", static_cast<int64_t>(res.units.size())}},
                 "document:" + std::to_string(id)));
  ATGT_TRY(tx.commit());
  ATGT_ASSIGN_OR_RETURN(auto loaded, docs::load_visible(c, *db, id));
  ATGT_ASSIGN_OR_RETURN(auto o, docs::document_json(c, *db, loaded, true));
  return json_reply(json::object{{"document", std::move(o)}});
}

Result<Reply> list_document_deliveries(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto l, load_sent(c, *db, id));
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto rows, store::document_recipients(*db, id));
  std::string date = l.doc.issued_date.value_or(today_local().str());
  json::array out;
  int64_t opened = 0, acknowledged = 0;
  for (const auto& r : rows) {
    opened += r.opened_at ? 1 : 0;
    acknowledged += r.acknowledged_at ? 1 : 0;
    auto t = [](const std::optional<int64_t>& v) {
      return v ? json::value(iso_utc(*v)) : json::value(nullptr);
    };
    out.push_back(json::object{{"unit_id", r.unit_id},
                               {"unit_name", docs::unit_name(*org, r.unit_id, date)},
                               {"incoming_number", r.incoming_number},
                               {"delivered_at", iso_utc(r.delivered_at)},
                               {"opened_at", t(r.opened_at)},
                               {"opened_by_name", r.opened_by_name},
                               {"acknowledged_at", t(r.acknowledged_at)},
                               {"acknowledged_by_name", r.acknowledged_by_name},
                               {"reminded_at", t(r.reminded_at)}});
  }
  return json_reply(json::object{{"deliveries", std::move(out)},
                                 {"total", static_cast<int64_t>(rows.size())},
                                 {"opened", opened},
                                 {"acknowledged", acknowledged}});
}

Result<Reply> acknowledge_document(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto l, docs::load_visible(c, *db, id));
  if (std::find(l.recipients.begin(), l.recipients.end(), c.me().unit_id) == l.recipients.end())
    return Forbidden("Văn bản không gửi đến đơn vị của bạn.");
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(
      bool first, store::mark_acknowledged(*db, id, c.me().unit_id, c.me().user_id, now_micros()));
  if (first) ATGT_TRY(audit(c, *db, "acknowledge", "document", std::to_string(id), json::object{}));
  ATGT_TRY(tx.commit());
  ATGT_ASSIGN_OR_RETURN(auto o, docs::document_json(c, *db, l, true));
  return json_reply(json::object{{"document", std::move(o)}});
}

Result<Reply> remind_document(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto l, load_sent(c, *db, id));
  ATGT_ASSIGN_OR_RETURN(auto rows, store::document_recipients(*db, id));
  std::vector<int64_t> units;
  for (const auto& r : rows)
    if (!r.acknowledged_at) units.push_back(r.unit_id);
  int64_t now = now_micros();
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(auto users, store::active_users_of(*db, units));
  notify::Message m;
  m.template_code = "document_reminder";
  m.vars = {{"number", l.doc.number_text.value_or("")}, {"subject", l.doc.subject}};
  m.link = "/van-ban/" + std::to_string(id);
  m.entity = "document";
  m.entity_id = std::to_string(id);
  for (const auto& [unit, user] : users)
    ATGT_TRY(notify::notify_user(*db, user, m, c.svc.config.public_url, now));
  ATGT_TRY(store::mark_reminded(*db, id, units, now));
  ATGT_TRY(audit(c, *db, "remind", "document", std::to_string(id),
                 json::object{{"units", static_cast<int64_t>(units.size())}}));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{
      {"message", units.empty()
                      ? "Mọi nơi nhận đã xác nhận; không cần nhắc."
                      : "Đã nhắc " + std::to_string(units.size()) + " đơn vị chưa xác nhận."},
      {"reminded", static_cast<int64_t>(units.size())}});
}

Result<Reply> register_incoming_document(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto type = in.str("type_code", true, 40);
  auto number_text = in.str("number_text", true, 60);
  auto issued_date = in.str("issued_date", true, 10);
  auto sender = in.str("sender_name", true, 300);
  auto subject = in.str("subject", true, 500);
  auto received = in.str("received_date", false, 10);
  auto eoffice = in.str("eoffice_ref", false, 100);
  auto urgency = in.str("urgency", false, 20);
  auto secrecy = in.str("secrecy", false, 20);
  ATGT_TRY(in.finish());
  if (secrecy) ATGT_TRY(doc::check_not_classified(*secrecy));
  Status bad = Invalid("Thông tin văn bản đến chưa hợp lệ.");
  bool failed = false;
  auto issued = Date::parse(*issued_date);
  Date today = today_local();
  if (!issued || *issued > today) {
    bad.with_field("issued_date", "Ngày văn bản phải là một ngày có thật, không sau hôm nay.");
    failed = true;
  }
  std::optional<Date> recv = received ? Date::parse(*received) : std::optional<Date>(today);
  if (!recv || *recv > today || (issued && *recv < *issued)) {
    bad.with_field("received_date", "Ngày đến phải từ ngày văn bản đến hôm nay.");
    failed = true;
  }
  if (number_text->empty() || number_text->find('/') == std::string::npos) {
    bad.with_field("number_text", "Số, ký hiệu viết như trên văn bản, ví dụ 31/CT-TTg.");
    failed = true;
  }
  if (subject->empty()) {
    bad.with_field("subject", "Cần trích yếu nội dung.");
    failed = true;
  }
  if (urgency && !(urgency->empty() || *urgency == "khan" || *urgency == "thuong_khan" ||
                   *urgency == "hoa_toc")) {
    bad.with_field("urgency", "Độ khẩn phải là Khẩn, Thượng khẩn hoặc Hỏa tốc.");
    failed = true;
  }
  if (failed) return bad;
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  if (auto t = docs::document_type(*db, *type); !t.ok()) return t.status();
  ATGT_ASSIGN_OR_RETURN(auto officers, store::document_officers(*db, c.me().unit_id));
  if (std::none_of(officers.begin(), officers.end(),
                   [&](const auto& o) { return o.user_id == c.me().user_id && o.duty == "clerk"; }))
    return Forbidden("Chỉ văn thư của đơn vị mới vào sổ văn bản đến.");
  store::Document d;
  d.direction = "in";
  d.status = "registered";
  d.unit_id = c.me().unit_id;
  d.type_code = *type;
  d.subject = *subject;
  d.urgency = urgency.value_or("");
  d.number_text = *number_text;
  d.issued_date = issued->str();
  d.sender_name = *sender;
  d.received_date = recv->str();
  d.eoffice_ref = eoffice && !eoffice->empty() ? eoffice : std::nullopt;
  d.created_by = c.me().user_id;
  d.created_at = d.updated_at = now_micros();
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(int64_t id, store::insert_document(*db, d));
  ATGT_ASSIGN_OR_RETURN(auto num,
                        store::take_number(*db, d.unit_id, "in", recv->year, kInRegister));
  store::DocumentRecipient r;
  r.document_id = id;
  r.unit_id = d.unit_id;
  r.register_id = num.first;
  r.incoming_number = num.second;
  r.delivered_at = d.created_at;
  ATGT_TRY(store::insert_recipients(*db, {r}));
  if (auto opened = store::mark_opened(*db, id, d.unit_id, c.me().user_id, d.created_at);
      !opened.ok())
    return opened.status();
  ATGT_TRY(audit(c, *db, "register_incoming", "document", std::to_string(id),
                 json::object{{"number_text", *number_text}, {"sender_name", *sender}}));
  ATGT_TRY(tx.commit());
  ATGT_ASSIGN_OR_RETURN(auto l, docs::load_visible(c, *db, id));
  ATGT_ASSIGN_OR_RETURN(auto o, docs::document_json(c, *db, l, true));
  return json_reply(json::object{{"document", std::move(o)}}, 201);
}

}  // namespace atgt::api
