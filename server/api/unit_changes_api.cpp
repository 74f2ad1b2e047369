// "Thay đổi giữa hai ngày": what happened to the organisation between two dates, grouped and
// counted, each item linked to its unit (the answer to "what happened on 1/7/2025?").
#include "api/common.h"
#include "api/handlers.h"
#include "domain/org_changes.h"
#include "model/json_out.h"
#include "store/units_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

json::value side_json(const OrgIndex& org, const model::UnitVersion* v, const std::string& date) {
  if (!v) return nullptr;
  const model::UnitVersion* parent = v->parent_id ? org.version_at(*v->parent_id, date) : nullptr;
  return json::object{{"name", v->name},
                      {"type", v->type},
                      {"parent_id", model::opt_json(v->parent_id)},
                      {"parent_name", parent ? json::value(parent->name) : json::value(nullptr)}};
}

json::array changes_json(const OrgIndex& org, const std::vector<UnitChange>& list,
                         const std::string& from, const std::string& to) {
  json::array out;
  out.reserve(list.size());
  for (const auto& ch : list) {
    const auto* v = ch.after ? ch.after : ch.before;
    out.push_back(json::object{{"id", ch.unit},
                               {"code", v->code},
                               {"name", v->name},
                               {"type", v->type},
                               {"before", side_json(org, ch.before, from)},
                               {"after", side_json(org, ch.after, to)}});
  }
  return out;
}

}  // namespace

Result<Reply> get_unit_changes(Ctx& c) {
  for (const char* name : {"from", "to"})
    if (!c.query(name)) return Invalid().with_field(name, "Hãy chọn ngày (YYYY-MM-DD).");
  ATGT_ASSIGN_OR_RETURN(std::string from, date_param(c, "from"));
  ATGT_ASSIGN_OR_RETURN(std::string to, date_param(c, "to"));
  if (!(from < to)) return Invalid().with_field("to", "Ngày sau phải muộn hơn ngày trước.");
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  OrgChanges ch = changes_between(*org, from, to);
  ATGT_ASSIGN_OR_RETURN(auto events, store::events_between(*db, from, to));
  json::array evs;
  json::object by_kind;
  for (const auto& e : events) {
    by_kind[e.kind] = (by_kind.contains(e.kind) ? by_kind[e.kind].as_int64() : 0) + 1;
    evs.push_back(model::event_json(e, false));
  }
  json::object counts{{"ended", ch.ended.size()},     {"started", ch.started.size()},
                      {"renamed", ch.renamed.size()}, {"moved", ch.moved.size()},
                      {"events", events.size()},      {"events_by_kind", std::move(by_kind)}};
  return json_reply(json::object{{"from", from},
                                 {"to", to},
                                 {"counts", std::move(counts)},
                                 {"ended", changes_json(*org, ch.ended, from, to)},
                                 {"started", changes_json(*org, ch.started, from, to)},
                                 {"renamed", changes_json(*org, ch.renamed, from, to)},
                                 {"moved", changes_json(*org, ch.moved, from, to)},
                                 {"events", std::move(evs)}});
}

}  // namespace atgt::api
