// Editing the organisation registry (administrators and Department staff): create a unit, and
// preview / apply a dated change event (rename, move, merge, split, dissolve). The preview and
// the apply share one plan (domain/registry_plan), so what is shown is what is applied.
#include "api/common.h"
#include "api/handlers.h"
#include "api/nouns.h"
#include "api/registry_apply.h"
#include "api/registry_loader.h"
#include "base/crypto.h"
#include "base/csv.h"
#include "domain/registry_csv.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/registry_plan.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "store/pool.h"
#include "store/units_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

Result<EventRequest> read_event(const std::string& body) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(body));
  EventRequest r;
  r.kind = in.str("kind", true, 20).value_or("");
  r.date = in.str("date", true, 10).value_or("");
  r.unit_ids = in.i64_list("unit_ids", true, 200).value_or(std::vector<int64_t>{});
  r.successor_ids = in.i64_list("successor_ids", false, 200).value_or(std::vector<int64_t>{});
  r.name = in.str("name", false, 300);
  r.parent_id = in.i64("parent_id", false);
  r.note = in.str("note", false, 2000);
  if (auto nu = in.object("new_unit", false)) {
    auto sub = model::reader_for(*nu);
    if (!sub.ok()) return sub.status();
    NewUnitSpec s;
    s.code = sub->str("code", true, 40).value_or("");
    s.name = sub->str("name", true, 300).value_or("");
    s.short_name = sub->str("short_name", false, 100);
    s.type = sub->str("type", true, 40).value_or("");
    s.parent_id = sub->i64("parent_id", false);
    Status st = sub->finish();
    if (!st.ok())
      for (const auto& [f, m] : st.fields()) in.error("new_unit." + f, m);
    r.new_unit = s;
  }
  ATGT_TRY(in.finish());
  return r;
}

Result<std::vector<std::string>> type_codes(store::Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto types, store::list_unit_types(db));
  std::vector<std::string> out;
  for (const auto& t : types) out.push_back(t.code);
  return out;
}

Result<std::string> type_side(store::Db& db, const std::string& type) {
  ATGT_ASSIGN_OR_RETURN(auto types, store::list_unit_types(db));
  for (const auto& t : types)
    if (t.code == type) return t.side;
  return std::string();
}

// Every unit the planned change touches must be in the writer's scope and of one side. Checked
// on the request before planning (so that a request outside one's scope learns nothing about
// the units), and on the plan (children that move) after it.
Status check_plan_scope(Ctx& c, store::Db& db, const OrgIndex& org, const EventPlan& plan) {
  const auto& r = plan.request;
  std::vector<RegistryTouch> touched;
  bool ends_own = false;
  int64_t home = c.me().via_token() ? c.me().token_unit_id : c.me().unit_id;
  for (int64_t id : r.unit_ids) {
    touched.push_back({id, r.date, ""});
    if (id == home && r.kind != "rename") ends_own = true;
  }
  for (int64_t id : r.successor_ids) touched.push_back({id, r.date, ""});
  if (r.parent_id) touched.push_back({*r.parent_id, r.date, ""});
  for (const auto& m : plan.children) touched.push_back({m.unit_id, r.date, ""});
  bool root = false;
  if (r.new_unit) {
    ATGT_ASSIGN_OR_RETURN(std::string side, type_side(db, r.new_unit->type));
    touched.push_back({0, r.date, side});
    if (r.new_unit->parent_id) touched.push_back({*r.new_unit->parent_id, r.date, ""});
    else root = true;
  }
  return check_registry_write(c.me(), org, touched, root, ends_own);
}

json::object plan_json(const EventPlan& p) {
  json::array changes, children;
  for (const auto& c : p.changes)
    changes.push_back(json::object{{"unit_id", c.unit_id}, {"code", c.code}, {"name", c.name},
                                   {"action", c.action}, {"detail", c.detail}});
  for (const auto& m : p.children)
    children.push_back(json::object{{"id", m.unit_id}, {"code", m.code}, {"name", m.name},
                                    {"from_parent_id", model::opt_json(m.from_parent)},
                                    {"to_parent_id", m.to_parent}});
  return {{"changes", std::move(changes)}, {"children", std::move(children)}};
}

}  // namespace

// The scope check of the request alone, for units that exist on its date.
static Status check_request_scope(Ctx& c, store::Db& db, const OrgIndex& org, const EventRequest& r) {
  if (!Date::parse(r.date)) return Status::Ok();  // the plan reports the bad date
  EventPlan bare;
  bare.request = r;
  bare.request.unit_ids.clear();
  bare.request.successor_ids.clear();
  bare.request.parent_id.reset();
  auto usable = [&](int64_t id) { return org.alive(id, r.date) || org.alive(id, Date::parse(r.date)->add_days(-1).str()); };
  for (int64_t id : r.unit_ids) if (usable(id)) bare.request.unit_ids.push_back(id);
  for (int64_t id : r.successor_ids) if (usable(id)) bare.request.successor_ids.push_back(id);
  if (r.parent_id && usable(*r.parent_id)) bare.request.parent_id = r.parent_id;
  if (bare.request.new_unit && bare.request.new_unit->parent_id && !usable(*bare.request.new_unit->parent_id))
    bare.request.new_unit->parent_id.reset();
  return check_plan_scope(c, db, org, bare);
}

Result<Reply> preview_unit_event(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto req, read_event(c.req.body));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_TRY(check_request_scope(c, *db, *org, req));
  ATGT_ASSIGN_OR_RETURN(auto types, type_codes(*db));
  ATGT_ASSIGN_OR_RETURN(auto plan, plan_event(*org, req, types));
  ATGT_TRY(check_plan_scope(c, *db, *org, plan));
  return json_reply(plan_json(plan));
}

Result<Reply> apply_unit_event(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto req, read_event(c.req.body));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  // Planned inside the write transaction, so no other change slips in between.
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_TRY(check_request_scope(c, *db, *org, req));
  ATGT_ASSIGN_OR_RETURN(auto types, type_codes(*db));
  ATGT_ASSIGN_OR_RETURN(auto plan, plan_event(*org, req, types));
  ATGT_TRY(check_plan_scope(c, *db, *org, plan));
  ATGT_ASSIGN_OR_RETURN(auto applied, write_event(*db, *org, plan, c.me().user_id, now_micros()));
  int64_t event_id = applied.event_id;
  ATGT_TRY(store::bump_registry_revision(*db));
  json::array units;
  for (int64_t id : req.unit_ids) units.emplace_back(id);
  std::string batch = "unit_event:" + std::to_string(event_id);
  ATGT_TRY(audit(c, *db, "apply_" + req.kind, "unit_event", std::to_string(event_id),
                 {{"date", req.date}, {"unit_ids", units}, {"children_moved", plan.children.size()}}, batch));
  for (const auto& w : applied.written)
    ATGT_TRY(audit(c, *db, w.action, w.entity, std::to_string(w.id), w.detail, batch));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"event_id", event_id}}, 201);
}

Result<Reply> create_unit(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  store::UnitVersion v;
  auto code = in.str("code", true, 40);
  v.name = in.str("name", true, 300).value_or("");
  v.short_name = in.str("short_name", false, 100);
  v.type = in.str("type", true, 40).value_or("");
  v.parent_id = in.i64("parent_id", false);
  auto from = in.str("valid_from", true, 10);
  v.address = in.str("address", false, 500);
  v.phone = in.str("phone", false, 50);
  v.email = in.str("email", false, 254);
  v.note = in.str("note", false, 2000);
  v.source = in.str("source", false, 1000);
  if (from && !Date::parse(*from)) in.error("valid_from", "Ngày không hợp lệ (YYYY-MM-DD).");
  ATGT_TRY(in.finish());
  v.valid_from = *from;
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(auto types, type_codes(*db));
  if (std::find(types.begin(), types.end(), v.type) == types.end())
    return Invalid().with_field("type", "Loại đơn vị không hợp lệ.");
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  if (v.parent_id && !org->alive(*v.parent_id, v.valid_from))
    return Invalid().with_field("parent_id", "Đơn vị cấp trên không có hiệu lực vào ngày thành lập.");
  {
    ATGT_ASSIGN_OR_RETURN(std::string side, type_side(*db, v.type));
    std::vector<RegistryTouch> touched{{0, v.valid_from, side}};
    if (v.parent_id) touched.push_back({*v.parent_id, v.valid_from, ""});
    ATGT_TRY(check_registry_write(c.me(), *org, touched, !v.parent_id, false));
  }
  int64_t now = now_micros();
  auto id = store::insert_unit(*db, *code, now);
  if (!id.ok()) {
    if (id.status().code() == "unique_violation") return Invalid().with_field("code", "Mã đơn vị đã tồn tại.");
    return id.status();
  }
  v.unit_id = *id;
  v.code = *code;
  ATGT_ASSIGN_OR_RETURN(int64_t vid, store::insert_version(*db, v));
  store::UnitEvent ev;
  ev.kind = "create";
  ev.date = v.valid_from;
  ev.created_by = c.me().user_id;
  ev.links.push_back({*id, "", "", "subject", false});
  ATGT_ASSIGN_OR_RETURN(int64_t eid, store::insert_event(*db, ev, now));
  ATGT_TRY(store::bump_registry_revision(*db));
  std::string batch = "unit_event:" + std::to_string(eid);
  ATGT_TRY(audit(c, *db, "create", "unit", std::to_string(*id), {{"code", *code}, {"name", v.name}, {"type", v.type}}, batch));
  ATGT_TRY(audit(c, *db, "create", "unit_version", std::to_string(vid),
                 {{"unit_id", *id}, {"parent_id", opt_id(v.parent_id)}, {"valid_from", v.valid_from}}, batch));
  ATGT_TRY(audit(c, *db, "create", "unit_event", std::to_string(eid), {{"kind", "create"}, {"date", v.valid_from}}, batch));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"unit", model::unit_node_json(v)}}, 201);
}

}  // namespace atgt::api

namespace atgt::api {

// Import units (with their versions) or events from the registry CSV formats, all or nothing;
// dry_run checks everything and writes nothing.
Result<Reply> import_registry(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto kind = in.str("kind", true, 10);
  auto csv = in.get_raw_string("csv", true);
  auto dry_run = in.boolean("dry_run", false);
  if (kind && *kind != "units" && *kind != "events") in.error("kind", "Chọn units hoặc events.");
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto table, parse_csv(*csv));
  std::vector<CsvUnitVersion> units;
  std::vector<CsvEvent> events;
  if (*kind == "units") {
    ATGT_ASSIGN_OR_RETURN(units, read_unit_rows(table));
  } else {
    ATGT_ASSIGN_OR_RETURN(events, read_event_rows(table));
  }
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  bool check_only = dry_run.value_or(false);
  ATGT_ASSIGN_OR_RETURN(auto sum, load_registry(*db, units, events, now_micros(), c.me().user_id, check_only,
                                                &c.me()));
  json::value batch = nullptr;
  if (!check_only) {
    // One summary row and one row per unit, version and event created, all in one batch.
    std::string b = "registry_import:" + random_token(9);
    batch = b;
    ATGT_TRY(audit(c, *db, "import", "unit_registry", std::nullopt,
                   {{"kind", *kind}, {"units", sum.units}, {"versions", sum.versions}, {"events", sum.events}}, b));
    for (const auto& cr : sum.created)
      ATGT_TRY(audit(c, *db, "create", cr.entity, std::to_string(cr.id), cr.detail, b));
    ATGT_TRY(tx.commit());
  }
  return json_reply(json::object{{"dry_run", check_only}, {"units", sum.units}, {"versions", sum.versions},
                                 {"events", sum.events}, {"batch_id", batch}});
}


namespace {
Result<int64_t> count_unverified(Ctx&, store::Db& db) { return store::count_unverified_events(db); }
}  // namespace

Status register_registry(Nouns& n) {
  return n.add_home_item({"registry_unverified", "Sự kiện tổ chức chưa được xác minh nguồn", "/to-chuc/chua-xac-minh",
                          Capability::kEditRegistry, count_unverified});
}

}  // namespace atgt::api
