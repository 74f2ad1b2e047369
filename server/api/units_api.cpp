// Reading the organisation registry: types, the tree as of a date, search, a unit's card, its
// history and its successors. Every signed-in user may read the registry (it holds no personal
// data).
#include "api/common.h"
#include "api/handlers.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/access.h"
#include "model/json_out.h"
#include "store/pool.h"
#include "store/units_store.h"

namespace atgt::api {
namespace json = boost::json;

Result<Reply> list_unit_types(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto types, store::list_unit_types(*db));
  json::array out;
  for (const auto& t : types)
    out.push_back(json::object{{"code", t.code},
                               {"name", t.name},
                               {"side", t.side},
                               {"level", t.level},
                               {"sort_order", t.sort_order}});
  return json_reply(json::object{{"types", std::move(out)}});
}

Result<Reply> get_unit_tree(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(std::string date, date_param(c, "date"));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto versions, store::versions_as_of(*db, date));
  json::array units;
  units.reserve(versions.size());
  for (const auto& v : versions) units.push_back(model::unit_node_json(v));
  return json_reply(json::object{{"date", date}, {"units", std::move(units)}});
}

Result<Reply> search_units(Ctx& c) {
  const std::string* q = c.query("q");
  std::string folded = q ? fold(*q) : "";
  if (folded.empty()) return Invalid().with_field("q", "Hãy nhập từ khóa tìm kiếm.");
  if (folded.size() > 200) return Invalid().with_field("q", "Từ khóa quá dài.");
  std::optional<std::string> date;
  if (c.query("date")) {
    ATGT_ASSIGN_OR_RETURN(std::string d, date_param(c, "date"));
    date = d;
  }
  ATGT_ASSIGN_OR_RETURN(auto limit, int_param(c, "limit", 1, 200));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(
      auto found, store::search_units(*db, folded, date, static_cast<int>(limit.value_or(50))));
  json::array units;
  for (const auto& v : found) units.push_back(model::unit_node_json(v));
  return json_reply(json::object{{"units", std::move(units)}});
}

// A unit as of today depends only on the registry, the date and whether the viewer keeps the
// registry (provenance): its serialised answer is kept per registry revision, date and that
// (api/common.h cached_body), so a hit reads no table.
Result<Reply> get_unit(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto rev, revisions(c, *db));  // read before anything is cached under it
  (void)rev;
  std::string today = today_local().str();
  // Registry editors also get the provenance: their answer is cached apart.
  const bool editor = has_capability(c.me(), Capability::kEditRegistry);
  std::string key = "unit/" + std::to_string(id) + (editor ? "/editor" : "");
  if (auto hit = cached_body(c, key, today)) return text_reply(std::move(hit));
  if (c.cache_only) return would_block();
  ATGT_ASSIGN_OR_RETURN(auto versions, store::unit_versions(*db, id));
  const store::UnitVersion* cur = &versions.back();
  for (const auto& v : versions)
    if (v.valid_from <= today && (!v.valid_to || *v.valid_to >= today)) cur = &v;
  json::object unit = model::unit_node_json(*cur);
  // The unit's whole life, not only the current version's period.
  unit["valid_from"] = versions.front().valid_from == store::kSinceEver
                           ? json::value(nullptr)
                           : json::value(versions.front().valid_from);
  unit["valid_to"] = model::opt_json(versions.back().valid_to);
  unit["address"] = model::opt_json(cur->address);
  unit["latitude"] = model::opt_json(cur->latitude);
  unit["longitude"] = model::opt_json(cur->longitude);
  unit["phone"] = model::opt_json(cur->phone);
  unit["email"] = model::opt_json(cur->email);
  unit["source"] = model::opt_json(cur->source);
  unit["note"] = model::opt_json(cur->note);
  // Where the data came from: for those who keep the registry only (left out for everyone else).
  if (editor) unit["provenance"] = model::opt_json(cur->provenance);
  json::array vs;
  for (const auto& v : versions) vs.push_back(model::unit_version_json(v, v.parent_name));
  unit["versions"] = std::move(vs);
  auto body = std::make_shared<const std::string>(json::serialize(json::object{{"unit", std::move(unit)}}));
  cache_body(c, key, today, body);
  return text_reply(std::move(body));
}

Result<Reply> get_unit_history(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto versions, store::unit_versions(*db, id));
  ATGT_ASSIGN_OR_RETURN(auto events, store::events_for_unit(*db, id));
  bool editor = has_capability(c.me(), Capability::kEditRegistry);
  json::array out;
  for (const auto& e : events) out.push_back(model::event_json(e, editor));
  return json_reply(json::object{{"events", std::move(out)}});
}

Result<Reply> get_unit_successors(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(std::string date, date_param(c, "date"));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  if (!org->exists(id)) return NotFound("Không tìm thấy đơn vị.");
  json::array units;
  for (int64_t s : org->successors_as_of(id, date)) {
    const auto* v = org->version_at(s, date);
    if (v) units.push_back(model::unit_node_json(*v));
  }
  return json_reply(json::object{{"date", date}, {"units", std::move(units)}});
}

}  // namespace atgt::api

namespace atgt::api {

// Every unit that was below the unit (or was the unit) on some day of [from, to]: the units whose
// data a report for that period rolls up, across reorganisations.
Result<Reply> get_unit_descendants(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  if (!c.query("from") || !c.query("to"))
    return Invalid().with_field(c.query("from") ? "to" : "from",
                                "Cần cả ngày bắt đầu và ngày kết thúc.");
  ATGT_ASSIGN_OR_RETURN(std::string from, date_param(c, "from"));
  ATGT_ASSIGN_OR_RETURN(std::string to, date_param(c, "to"));
  if (to < from) return Invalid().with_field("to", "Ngày kết thúc trước ngày bắt đầu.");
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  if (!org->exists(id)) return NotFound("Không tìm thấy đơn vị.");
  json::array units;
  for (int64_t u : org->subtree_in_period(id, from, to)) {
    // The version valid at the end of the period, or the last one before it.
    const store::UnitVersion* v = org->version_at(u, to);
    if (!v) v = org->latest(u);
    if (v) units.push_back(model::unit_node_json(*v));
  }
  return json_reply(json::object{{"from", from}, {"to", to}, {"units", std::move(units)}});
}

}  // namespace atgt::api
