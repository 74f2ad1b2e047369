// Shared parts of the document handlers.
#include "api/documents_common.h"

#include <algorithm>

#include "api/common.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/access.h"
#include "model/json_out.h"
#include "store/plans_store.h"

namespace atgt::api::docs {
namespace json = boost::json;

int64_t my_unit(const Ctx& c) {
  return c.me().unit_id;
}

std::string unit_name(const OrgIndex& org, int64_t unit, const std::string& date) {
  const auto* v = org.version_at(unit, date);
  if (!v) v = org.latest(unit);
  return v ? v->name : "";
}

Result<Loaded> load_visible(Ctx& c, store::Db& db, int64_t id) {
  auto d = store::find_document(db, id);
  if (!d.ok()) return d.status();
  ATGT_ASSIGN_OR_RETURN(auto recipients, store::recipient_units(db, id));
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
  if (!doc::may_view(c.me(), *org, *d, recipients)) {
    // A unit assigned a task of an issued plan sees the plan.
    bool assignee = false;
    if (d->status == "issued") {
      ATGT_ASSIGN_OR_RETURN(assignee, store::has_assignment(db, id, c.me().unit_id));
    }
    if (!assignee) return NotFound("Không tìm thấy văn bản.");
  }
  return Loaded{std::move(*d), std::move(recipients)};
}

Result<store::DocumentType> document_type(store::Db& db, const std::string& code) {
  ATGT_ASSIGN_OR_RETURN(auto types, store::document_types(db));
  for (auto& t : types)
    if (t.code == code) return t;
  return Invalid("Loại văn bản không hợp lệ.")
      .with_field("type_code", "Loại văn bản không có trong danh mục: " + code);
}

Result<std::vector<std::string>> actions_for(Ctx& c, store::Db& db, const Loaded& l) {
  std::vector<std::string> out;
  const auto& p = c.me();
  const auto& d = l.doc;
  bool own = p.unit_id == d.unit_id;
  if (own && d.direction == "out") {
    ATGT_ASSIGN_OR_RETURN(auto officers, store::document_officers(db, d.unit_id));
    if (has_capability(p, Capability::kDraftDocuments) &&
        doc::check_step(d, doc::Step::kEdit, p, officers).ok())
      out.push_back("edit");
    if (doc::check_step(d, doc::Step::kCheck, p, officers).ok()) out.push_back("check");
    if (doc::check_step(d, doc::Step::kReturn, p, officers).ok()) out.push_back("return");
    if (doc::check_step(d, doc::Step::kSign, p, officers).ok()) out.push_back("sign");
    if (doc::check_step(d, doc::Step::kIssue, p, officers).ok()) out.push_back("issue");
    if (d.status == "issued") out.push_back("remind");
    bool clerk = std::any_of(officers.begin(), officers.end(), [&](const auto& o) {
      return o.user_id == p.user_id && o.duty == "clerk";
    });
    if (clerk && d.status == "issued") out.push_back("register_eoffice");
  }
  bool may_attach =
      has_capability(p, Capability::kAttachFiles) && has_capability(p, Capability::kDraftDocuments);
  if (own && may_attach &&
      (d.direction == "in" || (d.status != "issued" && d.status != "registered")))
    out.push_back("attach");
  if (std::find(l.recipients.begin(), l.recipients.end(), p.unit_id) != l.recipients.end())
    out.push_back("acknowledge");
  return out;
}

namespace {

json::array parse_list(const std::string& text) {
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  if (ec || !v.is_array()) return {};
  return v.as_array();
}

json::value parse_object(const std::string& text) {
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  if (ec || !v.is_object()) return json::object{};
  return v;
}

json::value opt_json(const std::optional<int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}
json::value opt_json(const std::optional<std::string>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

}  // namespace

Result<json::object> document_json(Ctx& c, store::Db& db, const Loaded& l, bool full) {
  const auto& d = l.doc;
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
  ATGT_ASSIGN_OR_RETURN(auto type, document_type(db, d.type_code));
  std::string date = d.issued_date.value_or(d.received_date.value_or(today_local().str()));
  json::object o{{"id", d.id},
                 {"direction", d.direction},
                 {"unit_id", d.unit_id},
                 {"unit_name", unit_name(*org, d.unit_id, date)},
                 {"partner_unit_id", opt_json(d.partner_unit_id)},
                 {"partner_unit_name", d.partner_unit_id
                                           ? json::value(unit_name(*org, *d.partner_unit_id, date))
                                           : json::value(nullptr)},
                 {"type_code", d.type_code},
                 {"type_name", type.name},
                 {"is_plan", type.is_plan},
                 {"status", d.status},
                 {"subject", d.subject},
                 {"urgency", d.urgency},
                 {"number", opt_json(d.number)},
                 {"number_text", opt_json(d.number_text)},
                 {"issued_date", opt_json(d.issued_date)},
                 {"sender_name", opt_json(d.sender_name)},
                 {"received_date", opt_json(d.received_date)},
                 {"eoffice_ref", opt_json(d.eoffice_ref)},
                 {"signer_name", d.signer_name},
                 {"illustrative", d.illustrative},
                 {"created_at", iso_utc(d.created_at)},
                 {"updated_at", iso_utc(d.updated_at)}};
  auto mine = std::find(l.recipients.begin(), l.recipients.end(), c.me().unit_id);
  if (mine != l.recipients.end()) {
    ATGT_ASSIGN_OR_RETURN(auto rows, store::document_recipients(db, d.id));
    for (const auto& r : rows)
      if (r.unit_id == c.me().unit_id)
        o["incoming"] = json::object{
            {"incoming_number", r.incoming_number},
            {"delivered_at", iso_utc(r.delivered_at)},
            {"opened_at", r.opened_at ? json::value(iso_utc(*r.opened_at)) : json::value(nullptr)},
            {"acknowledged_at",
             r.acknowledged_at ? json::value(iso_utc(*r.acknowledged_at)) : json::value(nullptr)},
            {"acknowledged_by_name", r.acknowledged_by_name}};
  }
  if (!full) return o;
  auto blocks = doc::parse_body(d.body);
  json::array body;
  if (blocks.ok())
    for (const auto& b : *blocks) {
      json::object bo{{"kind", b.kind}, {"text", b.text}};
      if (!b.label.empty()) bo["label"] = b.label;
      body.push_back(std::move(bo));
    }
  o["body"] = std::move(body);
  o["place"] = d.place;
  o["section_id"] = opt_json(d.section_id);
  o["addressees"] = parse_list(d.addressees);
  o["distribution"] = parse_list(d.distribution);
  o["recipients"] = parse_object(d.recipient_rules);
  o["signer_id"] = opt_json(d.signer_id);
  o["signer_authority"] = d.signer_authority;
  o["signer_title"] = d.signer_title;
  o["partner_signer"] = parse_object(d.partner_signer);
  o["signed_file_id"] = opt_json(d.signed_file_id);
  o["signatures"] =
      d.signatures ? json::value(parse_list(*d.signatures)) : json::value(json::array{});
  json::array links;
  for (const auto& k : d.links)
    links.push_back(
        json::object{{"relation", k.relation},
                     {"target_id", k.relation.rfind("by_", 0) == 0 ? json::value(k.document_id)
                                                                   : opt_json(k.target_id)},
                     {"target_text", k.target_text},
                     {"number_text", k.other_number},
                     {"subject", k.other_subject}});
  o["links"] = std::move(links);
  ATGT_ASSIGN_OR_RETURN(auto actions, actions_for(c, db, l));
  json::array acts(actions.begin(), actions.end());
  o["actions"] = std::move(acts);
  o["checked_at"] = d.checked_at ? json::value(iso_utc(*d.checked_at)) : json::value(nullptr);
  o["signed_at"] = d.signed_at ? json::value(iso_utc(*d.signed_at)) : json::value(nullptr);
  o["issued_at"] = d.issued_at ? json::value(iso_utc(*d.issued_at)) : json::value(nullptr);
  return o;
}

render::Agency agency_of(Ctx& c, store::Db& db, int64_t unit, const std::string& date) {
  auto s = store::unit_document_settings(db, unit);
  if (s.ok()) return {s->parent_agency, s->agency_name};
  auto org = org_index(c, db);
  return {"", org.ok() ? upper_vi(docs::unit_name(**org, unit, date)) : ""};
}

Reply bytes_reply(std::string bytes, const char* media, const std::string& name) {
  Reply r;
  r.bytes = std::move(bytes);
  r.content_type = media;
  r.headers.emplace_back("Content-Disposition", "inline; filename=\"" + name + "\"");
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

}  // namespace atgt::api::docs
