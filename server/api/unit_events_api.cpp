// Registry events awaiting verification (flag "unverified": their legal basis still needs checking)
// and their verification: a registry editor names the source, which clears the flag.
#include <algorithm>

#include "api/common.h"
#include "api/handlers.h"
#include "domain/access.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "store/units_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

constexpr const char* kUnverified = "unverified";

std::string without_flag(const std::string& flags, const std::string& flag) {
  std::string out;
  size_t start = 0;
  while (start <= flags.size()) {
    size_t end = flags.find(';', start);
    if (end == std::string::npos) end = flags.size();
    std::string part = flags.substr(start, end - start);
    if (!part.empty() && part != flag) out += (out.empty() ? "" : ";") + part;
    start = end + 1;
  }
  return out;
}

}  // namespace

Result<Reply> list_unverified_events(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto before, int_param(c, "before_id", 1, INT64_MAX));
  ATGT_ASSIGN_OR_RETURN(auto limit, int_param(c, "limit", 1, 200));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto events, store::events_with_flag(*db, kUnverified, before,
                                                             static_cast<int>(limit.value_or(50))));
  ATGT_ASSIGN_OR_RETURN(int64_t total, store::count_unverified_events(*db));
  json::array out;
  for (const auto& e : events) out.push_back(model::event_json(e, true));
  return json_reply(json::object{{"events", std::move(out)}, {"total", total}});
}

Result<Reply> verify_unit_event(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto source = in.str("source", true, 500);
  ATGT_TRY(in.finish());
  if (source->empty())
    return Invalid().with_field("source", "Hãy ghi văn bản căn cứ (số, ngày, cơ quan ban hành).");
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto e, store::get_event(*db, id));
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  std::vector<RegistryTouch> touched;
  for (const auto& l : e.links) touched.push_back({l.unit_id, e.date, ""});
  ATGT_TRY(check_registry_write(c.me(), *org, touched, false, false));
  std::string flags = without_flag(e.flags, kUnverified);
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::set_event_source(*db, id, flags, *source));
  ATGT_TRY(
      audit(c, *db, "verify", "unit_event", std::to_string(id),
            json::object{{"source", json::array{model::opt_json(e.source), json::value(*source)}},
                         {"flags", json::array{json::value(e.flags), json::value(flags)}}}));
  ATGT_TRY(tx.commit());
  ATGT_ASSIGN_OR_RETURN(auto fresh, store::get_event(*db, id));
  return json_reply(json::object{{"event", model::event_json(fresh, true)}});
}

}  // namespace atgt::api
