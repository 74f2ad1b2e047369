// Demo documents: data/demo/documents.json (document settings and officers of demo units, the
// Prime Minister's directive registered as incoming, plans 76 and 688 as issued joint plans, and
// the seed letter as a draft of the Department).
#include <boost/json.hpp>
#include <fstream>
#include <map>
#include <sstream>

#include "jobs/calendar_data.h"
#include "app/seed_demo.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/document.h"
#include "domain/plan.h"
#include "store/documents_store.h"
#include "store/plans_store.h"
#include "store/units_store.h"
#include "store/users_store.h"

namespace atgt::app {
namespace json = boost::json;
namespace {

std::string s(const json::object& o, const char* k) {
  auto* v = o.if_contains(k);
  return v && v->is_string() ? std::string(v->as_string()) : "";
}

json::array arr(const json::object& o, const char* k) {
  auto* v = o.if_contains(k);
  return v && v->is_array() ? v->as_array() : json::array{};
}

Result<int64_t> user_id(store::Db& db, const std::string& login) {
  auto u = store::find_user_by_login(db, login);
  if (!u.ok()) return Invalid("documents.json: không có tài khoản " + login);
  return u->id;
}

// The plan's sections and tasks, fanned out as of its issue date, and the reports of the demo
// season (submitted, accepted or returned on their dates).
Status seed_plan(store::Db& db, const json::object& plan, int64_t document_id,
                 const std::string& issued, const std::map<std::string, int64_t>& units,
                 int64_t reviewer) {
  std::vector<model::PlanSection> sections;
  for (const auto& v : arr(plan, "sections"))
    sections.push_back({0, document_id, 0, s(v.as_object(), "title")});
  std::vector<model::PlanTask> tasks;
  for (const auto& v : arr(plan, "tasks")) {
    const auto& o = v.as_object();
    model::PlanTask t;
    t.section_id = o.at("section").as_int64();
    t.content = s(o, "content");
    t.responsible_type = s(o, "responsible_type");
    auto u = units.find(s(o, "under"));
    if (u == units.end()) return Invalid("documents.json: không có đơn vị " + s(o, "under"));
    t.responsible_under = u->second;
    t.lead = s(o, "lead");
    t.cooperating = s(o, "cooperating");
    t.joint = o.contains("joint") && o.at("joint").as_bool();
    t.recurrence = s(o, "recurrence");
    if (!s(o, "due_date").empty()) t.due_date = s(o, "due_date");
    if (!s(o, "due_md").empty()) t.due_md = s(o, "due_md");
    if (!s(o, "until_date").empty()) t.until_date = s(o, "until_date");
    t.evidence = o.contains("evidence") ? json::serialize(o.at("evidence")) : "{}";
    tasks.push_back(std::move(t));
  }
  ATGT_TRY(store::replace_plan(db, document_id, sections, tasks));
  ATGT_ASSIGN_OR_RETURN(auto stored, store::plan_tasks(db, document_id));
  ATGT_ASSIGN_OR_RETURN(auto data, store::load_org_data(db));
  OrgIndex org(std::move(data));
  ATGT_ASSIGN_OR_RETURN(auto cal, jobs::load_calendar(db));
  auto from = Date::parse(issued);
  if (!from) return Invalid("documents.json: ngày ban hành kế hoạch không hợp lệ");
  std::vector<model::TaskAssignment> rows;
  for (const auto& t : stored) {
    ATGT_ASSIGN_OR_RETURN(auto occ, plan::occurrences(t, cal, *from));
    for (const auto& oc : occ)
      for (int64_t u : plan::responsible_units(org, t, issued)) {
        model::TaskAssignment a;
        a.task_id = t.id;
        a.unit_id = u;
        a.period = oc.period;
        a.due_date = oc.due.str();
        a.due_at = calendar::deadline_instant(oc.due);
        rows.push_back(std::move(a));
      }
  }
  ATGT_TRY(store::insert_assignments(db, rows));
  // A time of day in Vietnam on a date: 09:00 (UTC+7).
  auto at = [](const std::string& day) -> int64_t {
    auto dd = Date::parse(day);
    return dd ? calendar::deadline_instant(*dd) - (14 * 3600 + 59 * 60 + 59) * int64_t{1000000} : 0;
  };
  if (reviewer == 0) return Status::Ok();  // reports need the demo accounts
  for (const auto& v : arr(plan, "reports")) {
    const auto& o = v.as_object();
    auto u = units.find(s(o, "unit"));
    if (u == units.end()) return Invalid("documents.json: không có đơn vị " + s(o, "unit"));
    int64_t ordinal = o.at("task").as_int64();
    const model::PlanTask* task = nullptr;
    for (const auto& t : stored)
      if (t.ordinal == ordinal) task = &t;
    if (!task) return Invalid("documents.json: không có nhiệm vụ " + std::to_string(ordinal));
    store::AssignmentFilter f;
    f.task_id = task->id;
    f.units = std::vector<int64_t>{u->second};
    ATGT_ASSIGN_OR_RETURN(auto found, store::list_assignments(db, f));
    const model::TaskAssignment* a = nullptr;
    for (const auto& x : found)
      if (x.period == s(o, "period")) a = &x;
    if (!a) return Invalid("documents.json: không có kỳ " + s(o, "period"));
    std::string figures = o.contains("figures") ? json::serialize(o.at("figures")) : "{}";
    int64_t when = at(s(o, "submitted").empty() ? issued : s(o, "submitted"));
    ATGT_TRY(
        store::save_report(db, a->id, s(o, "status"), s(o, "narrative"), figures, reviewer, when));
    if (s(o, "submitted").empty()) continue;
    ATGT_TRY(store::submit_report(db, a->id, reviewer, when));
    if (s(o, "review").empty()) continue;
    bool accept = s(o, "review") == "accepted";
    ATGT_TRY(store::review_report(db, a->id, accept, s(o, "comment"), accept && when <= a->due_at,
                                  reviewer, at(s(o, "reviewed"))));
  }
  return Status::Ok();
}

}  // namespace

Status seed_demo_documents(store::Db& db, const std::string& dir,
                           const std::map<std::string, int64_t>& units, bool with_accounts) {
  std::ifstream in(dir + "/demo/documents.json");
  if (!in) return Status::Ok();  // no demo documents shipped
  std::stringstream ss;
  ss << in.rdbuf();
  boost::system::error_code ec;
  auto root = json::parse(ss.str(), ec);
  if (ec || !root.is_object()) return Invalid("data/demo/documents.json không hợp lệ");
  auto unit = [&](const std::string& code) -> Result<int64_t> {
    auto it = units.find(code);
    if (it == units.end()) return Invalid("documents.json: không có đơn vị " + code);
    return it->second;
  };
  int64_t now = now_micros();
  std::map<std::string, int64_t> sections;  // "UNIT/ABBR" -> id
  for (const auto& v : arr(root.as_object(), "settings")) {
    const auto& o = v.as_object();
    ATGT_ASSIGN_OR_RETURN(int64_t u, unit(s(o, "unit")));
    ATGT_TRY(store::put_unit_document_settings(
        db, {u, s(o, "abbrev"), s(o, "agency_name"), s(o, "parent_agency"), s(o, "place"), now,
             std::nullopt}));
    for (const auto& sv : arr(o, "sections")) {
      model::DocumentSection sec{0, u, s(sv.as_object(), "abbrev"), s(sv.as_object(), "name")};
      ATGT_ASSIGN_OR_RETURN(int64_t id, store::upsert_document_section(db, sec));
      sections[s(o, "unit") + "/" + sec.abbrev] = id;
    }
    if (!with_accounts) continue;
    std::vector<model::DocumentOfficer> officers;
    for (const auto& ov : arr(o, "officers")) {
      const auto& oo = ov.as_object();
      model::DocumentOfficer off;
      ATGT_ASSIGN_OR_RETURN(off.user_id, user_id(db, s(oo, "login")));
      off.duty = s(oo, "duty");
      if (!s(oo, "section").empty())
        off.section_id = sections[s(o, "unit") + "/" + s(oo, "section")];
      off.authority = s(oo, "authority");
      off.authority_title = s(oo, "authority_title");
      off.title = s(oo, "title");
      officers.push_back(off);
    }
    ATGT_TRY(store::replace_document_officers(db, u, officers));
  }
  std::map<std::string, int64_t> keys;
  for (const auto& v : arr(root.as_object(), "documents")) {
    const auto& o = v.as_object();
    model::Document d;
    d.direction = s(o, "direction");
    ATGT_ASSIGN_OR_RETURN(d.unit_id, unit(s(o, "unit")));
    if (!s(o, "partner").empty()) {
      ATGT_ASSIGN_OR_RETURN(int64_t p, unit(s(o, "partner")));
      d.partner_unit_id = p;
    }
    d.type_code = s(o, "type");
    d.subject = s(o, "subject");
    d.illustrative = o.contains("illustrative") && o.at("illustrative").as_bool();
    d.created_at = d.updated_at = now;
    d.place = "Hải Phòng";
    if (!s(o, "section").empty()) d.section_id = sections[s(o, "unit") + "/" + s(o, "section")];
    if (with_accounts && !s(o, "created_by").empty()) {
      ATGT_ASSIGN_OR_RETURN(int64_t cb, user_id(db, s(o, "created_by")));
      d.created_by = cb;
    }
    d.body = json::serialize(arr(o, "body"));
    d.addressees = json::serialize(arr(o, "addressees"));
    d.distribution = json::serialize(arr(o, "distribution"));
    doc::RecipientRules rules;
    for (const auto& g : arr(o, "recipient_groups")) {
      ATGT_ASSIGN_OR_RETURN(int64_t under, unit(s(g.as_object(), "under")));
      rules.groups.push_back({s(g.as_object(), "type"), under, false});
    }
    d.recipient_rules = doc::recipient_rules_json(rules);
    if (auto* sg = o.if_contains("signer"); sg && sg->is_object()) {
      d.signer_authority = s(sg->as_object(), "authority");
      d.signer_title = s(sg->as_object(), "title");
      d.signer_name = s(sg->as_object(), "name");
    }
    if (auto* ps = o.if_contains("partner_signer"); ps && ps->is_object())
      d.partner_signer = json::serialize(*ps);
    if (with_accounts && !s(o, "signer_login").empty()) {
      ATGT_ASSIGN_OR_RETURN(int64_t signer, user_id(db, s(o, "signer_login")));
      ATGT_ASSIGN_OR_RETURN(auto officers, store::document_officers(db, d.unit_id));
      for (const auto& off : officers)
        if (off.duty == "sign" && off.user_id == signer) {
          d.signer_id = off.user_id;
          d.signer_authority =
              off.authority.empty() ? "" : off.authority + " " + off.authority_title;
          d.signer_title = off.title;
          d.signer_name = off.user_name;
        }
    }
    for (const auto& lv : arr(o, "links")) {
      const auto& lo = lv.as_object();
      model::DocumentLink l;
      l.relation = s(lo, "relation");
      l.target_text = s(lo, "target_text");
      if (auto it = keys.find(s(lo, "target")); it != keys.end()) l.target_id = it->second;
      d.links.push_back(l);
    }
    if (d.direction == "in") {
      d.status = "registered";
      d.number_text = s(o, "number_text");
      d.issued_date = s(o, "issued_date");
      d.received_date = s(o, "received_date");
      d.sender_name = s(o, "sender_name");
    } else {
      d.status = s(o, "status");
    }
    if (d.status == "issued") {
      auto date = Date::parse(s(o, "issued_date"));
      if (!date) return Invalid("documents.json: ngày ban hành không hợp lệ");
      int64_t number = o.at("number").as_int64();
      ATGT_ASSIGN_OR_RETURN(
          auto reg, store::take_numbers(db, d.unit_id, "out", date->year, "Sổ văn bản đi", number));
      ATGT_ASSIGN_OR_RETURN(auto settings, store::unit_document_settings(db, d.unit_id));
      std::string partner_abbrev;
      if (d.partner_unit_id) {
        ATGT_ASSIGN_OR_RETURN(auto ps, store::unit_document_settings(db, *d.partner_unit_id));
        partner_abbrev = ps.abbrev;
      }
      std::string type_abbrev;
      ATGT_ASSIGN_OR_RETURN(auto types, store::document_types(db));
      for (const auto& t : types)
        if (t.code == d.type_code) type_abbrev = t.abbrev;
      d.register_id = reg.first;
      d.number = number;
      d.number_text =
          doc::number_text(number, doc::symbol(type_abbrev, settings.abbrev, partner_abbrev, ""));
      d.issued_date = date->str();
    }
    ATGT_ASSIGN_OR_RETURN(int64_t id, store::insert_document(db, d));
    keys[s(o, "key")] = id;
    if (auto* pl = o.if_contains("plan"); pl && pl->is_object()) {
      int64_t reviewer = 0;
      if (with_accounts) {
        ATGT_ASSIGN_OR_RETURN(reviewer, user_id(db, "so.gddt"));
      }
      ATGT_TRY(seed_plan(db, pl->as_object(), id, d.issued_date.value_or(""), units, reviewer));
    }
    if (d.direction == "in") {
      auto recv = Date::parse(*d.received_date);
      if (!recv) return Invalid("documents.json: ngày đến không hợp lệ");
      ATGT_ASSIGN_OR_RETURN(auto num,
                            store::take_number(db, d.unit_id, "in", recv->year, "Sổ văn bản đến"));
      model::DocumentRecipient r;
      r.document_id = id;
      r.unit_id = d.unit_id;
      r.register_id = num.first;
      r.incoming_number = num.second;
      r.delivered_at = now;
      ATGT_TRY(store::insert_recipients(db, {r}));
    }
  }
  return Status::Ok();
}

}  // namespace atgt::app
