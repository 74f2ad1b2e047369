// Writing a planned registry change (see registry_apply.h).
#include "api/registry_apply.h"

#include "base/time.h"
#include "store/units_store.h"

namespace atgt::api {
namespace json = boost::json;

json::value opt_id(const std::optional<int64_t>& v) { return v ? json::value(*v) : json::value(nullptr); }

namespace {

// Ends the version valid on plan.request.date and starts a copy with the given changes.
Status restart_version(store::Db& db, const OrgIndex& org, int64_t unit, const EventPlan& plan,
                       const std::optional<std::string>& name, const std::optional<int64_t>& parent,
                       std::vector<RegistryWrite>& written) {
  const auto* v = org.version_at(unit, plan.request.date);
  if (!v) return Conflict("Đơn vị đã thay đổi trong lúc lập kế hoạch.");
  store::UnitVersion next = *v;
  ATGT_TRY(store::end_version(db, v->version_id, plan.day_before));
  written.push_back({"end", "unit_version", v->version_id, {{"unit_id", unit}, {"valid_to", plan.day_before}}});
  next.valid_from = plan.request.date;
  next.valid_to.reset();
  json::object changes{{"unit_id", unit}, {"valid_from", next.valid_from}};
  if (name) {
    changes["name"] = json::array{json::value(next.name), json::value(*name)};
    next.name = *name;
  }
  if (parent) {
    changes["parent_id"] = json::array{opt_id(next.parent_id), json::value(*parent)};
    next.parent_id = *parent;
  }
  auto id = store::insert_version(db, next);
  if (!id.ok()) return id.status();
  written.push_back({name ? "rename" : "move", "unit_version", *id, std::move(changes)});
  return Status::Ok();
}

}  // namespace

// Refuses a write that left a parent cycle on any day from `from` on (run inside the write
// transaction, against the tree as the write left it).
Status check_no_cycle(store::Db& db, const std::string& from) {
  ATGT_ASSIGN_OR_RETURN(auto data, store::load_org_data(db));
  OrgIndex after(std::move(data));
  std::vector<std::string> days{from};
  for (const auto& d : after.change_dates())
    if (d > from) days.push_back(d);
  for (const auto& d : days) {
    auto cycle = after.cycle_at(d);
    if (cycle.empty()) continue;
    std::string names;
    for (int64_t u : cycle) names += (names.empty() ? "" : ", ") + after.latest(u)->name;
    return Invalid("Thay đổi này tạo vòng lặp trong cây tổ chức (một đơn vị nằm dưới chính nó) từ ngày " +
                   d + ": " + names + ".")
        .with_field("unit_ids", "Thay đổi tạo vòng lặp cấp trên – cấp dưới.");
  }
  return Status::Ok();
}

Result<AppliedEvent> write_event(store::Db& db, const OrgIndex& org, const EventPlan& plan,
                                 std::optional<int64_t> user_id, int64_t now) {
  store::UnitEvent ev;
  ev.kind = plan.request.kind;
  ev.date = plan.request.date;
  ev.note = plan.request.note;
  ev.created_by = user_id;
  std::vector<RegistryWrite> written;
  if (plan.request.kind == "rename" || plan.request.kind == "move") {
    ATGT_TRY(restart_version(db, org, plan.request.unit_ids[0], plan,
                             plan.request.kind == "rename" ? plan.request.name : std::nullopt,
                             plan.request.kind == "move" ? plan.request.parent_id : std::nullopt, written));
    ev.links.push_back({plan.request.unit_ids[0], "", "", "subject", false});
  } else {
    for (int64_t id : plan.request.unit_ids) {
      const auto* v = org.version_at(id, plan.request.date);
      ATGT_TRY(store::end_version(db, v->version_id, plan.day_before));
      written.push_back({"end", "unit_version", v->version_id, {{"unit_id", id}, {"valid_to", plan.day_before}}});
      ev.links.push_back({id, "", "", "predecessor", false});
    }
    int64_t new_id = 0;
    if (plan.request.new_unit) {
      auto id = store::insert_unit(db, plan.request.new_unit->code, now);
      if (!id.ok()) {
        if (id.status().code() == "unique_violation")
          return Invalid().with_field("new_unit.code", "Mã đơn vị đã tồn tại.");
        return id.status();
      }
      new_id = *id;
      store::UnitVersion v;
      v.unit_id = new_id;
      v.valid_from = plan.request.date;
      v.name = plan.request.new_unit->name;
      v.short_name = plan.request.new_unit->short_name;
      v.type = plan.request.new_unit->type;
      v.parent_id = plan.request.new_unit->parent_id;
      auto vid = store::insert_version(db, v);
      if (!vid.ok()) return vid.status();
      written.push_back({"create", "unit", new_id, {{"code", plan.request.new_unit->code}}});
      written.push_back({"create", "unit_version", *vid,
                         {{"unit_id", new_id}, {"name", v.name}, {"type", v.type}, {"parent_id", opt_id(v.parent_id)},
                          {"valid_from", v.valid_from}}});
      ev.links.push_back({new_id, "", "", "successor", false});
    }
    for (int64_t s : plan.request.successor_ids) ev.links.push_back({s, "", "", "successor", false});
    for (const auto& m : plan.children)
      ATGT_TRY(restart_version(db, org, m.unit_id, plan, std::nullopt, m.to_parent ? m.to_parent : new_id,
                               written));
  }
  ATGT_ASSIGN_OR_RETURN(int64_t event_id, store::insert_event(db, ev, now));
  for (const auto& m : plan.children) {
    store::UnitEvent mv;
    mv.kind = "move";
    mv.date = plan.request.date;
    mv.note = "Theo sự kiện #" + std::to_string(event_id);
    mv.created_by = user_id;
    mv.links.push_back({m.unit_id, "", "", "subject", false});
    ATGT_ASSIGN_OR_RETURN(int64_t mid, store::insert_event(db, mv, now));
    written.push_back({"create", "unit_event", mid, {{"kind", "move"}, {"date", plan.request.date}, {"unit_id", m.unit_id}}});
  }
  ATGT_TRY(check_no_cycle(db, plan.request.date));
  return AppliedEvent{event_id, std::move(written)};
}

}  // namespace atgt::api
