#include "api/loop_common.h"

#include <algorithm>

#include "api/common.h"
#include "api/services.h"
#include "base/time.h"
#include "jobs/calendar_data.h"
#include "model/json_input.h"
#include "model/json_out.h"

namespace atgt::api {
namespace json = boost::json;

jobs::LoopEnv LoopContext::env(const Ctx& c) const {
  jobs::LoopEnv e{*org, cal, "", 0, std::nullopt, std::nullopt};
  e.public_url = c.svc.config.public_url;
  e.now = now_micros();
  if (c.who) {
    e.user_id = c.me().user_id;
    e.unit_id = home_unit(c);
  }
  return e;
}

Result<LoopContext> loop_context(Ctx& c, store::Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
  ATGT_ASSIGN_OR_RETURN(auto cal, jobs::load_calendar(db));
  return LoopContext{org, std::move(cal), nullptr};
}

Status matching_index(Ctx& c, store::Db& db, LoopContext& lc) {
  if (lc.index) return Status::Ok();
  ATGT_ASSIGN_OR_RETURN(lc.index, c.svc.match_cache.get(db, *lc.org));
  return Status::Ok();
}

int64_t home_unit(const Ctx& c) {
  return c.me().via_token() && c.me().token_unit_id ? c.me().token_unit_id : c.me().unit_id;
}

std::vector<int64_t> loop_scope(const Ctx& c, const OrgIndex& org) {
  int64_t home = home_unit(c);
  std::vector<int64_t> out = org.subtree_in_period(home, "2000-01-01", today_local().str());
  if (out.empty()) out.push_back(home);
  std::sort(out.begin(), out.end());
  return out;
}

Result<std::string> text_body(Ctx& c, const char* field, size_t max) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto text = in.str(field, true, max);
  ATGT_TRY(in.finish());
  return *text;
}

json::value unit_brief(const OrgIndex& org, std::optional<int64_t> unit) {
  if (!unit) return nullptr;
  const auto* v = org.latest(*unit);
  return json::object{{"id", *unit}, {"code", v ? v->code : ""}, {"name", v ? v->name : ""}};
}

json::object record_brief(const model::ViolationRecord& v, const OrgIndex& org) {
  return {{"id", v.id},
          {"date", v.local_date},
          {"role", v.role},
          {"full_name", v.full_name},
          {"birth_date", model::opt_json(v.birth_date)},
          {"birth_year", v.birth_year ? json::value(int64_t{*v.birth_year}) : json::value()},
          {"sex", model::opt_json(v.sex)},
          {"school_stated", model::opt_json(v.school_stated)},
          {"vehicle_kind", model::opt_json(v.vehicle_kind)},
          {"plate", model::opt_json(v.plate)},
          {"legal_code", model::opt_json(v.legal_code)},
          {"behaviour", model::opt_json(v.behaviour)},
          {"sanction", v.sanction},
          {"fine_amount", model::opt_json(v.fine_amount)},
          {"age_years", v.age_years ? json::value(int64_t{*v.age_years}) : json::value()},
          {"status", v.status},
          {"purged_at", model::time_json(v.purged_at)},
          {"owner_unit", unit_brief(org, v.owner_unit_id)},
          {"place_unit", unit_brief(org, v.place_unit_id)}};
}

json::object student_brief(const model::Student& s) {
  json::value pid = nullptr;
  if (s.personal_id && s.personal_id->size() > 4)
    pid = std::string(s.personal_id->size() - 4, '*') +
          s.personal_id->substr(s.personal_id->size() - 4);
  return {{"id", s.id},
          {"full_name", s.full_name},
          {"birth_date", s.birth_date.empty() ? json::value() : json::value(s.birth_date)},
          {"sex", model::opt_json(s.sex)},
          {"personal_id_masked", pid}};
}

}  // namespace atgt::api
