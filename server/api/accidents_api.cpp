// Traffic accidents involving students (issue 12). The police, a school's management or the
// Department record an accident: date and time, place (the commune police unit of the place, an
// address, optional coordinates), vehicles, cause, and the students involved with what happened to
// each — linked to the roster when an education user picks the student, or when the matching
// engine is sure of a name and birth date the police typed. Each person counts for the indicator
// source `accidents` under their school (one record per accident and school), or under the place's
// police unit when the school is not known. Names are shown to the recording unit and to the
// education users whose scope holds the student's school; anyone else sees the school only.
#include <algorithm>

#include "api/common.h"
#include "api/handlers.h"
#include "api/loop_common.h"
#include "api/services.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/violation_rules.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "store/accidents_store.h"
#include "store/students_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

constexpr size_t kMaxPersons = 50;

// Every unit (nullopt) for the Department and the observer, else the caller's scope.
std::optional<std::vector<int64_t>> accident_scope(const Ctx& c, const OrgIndex& org) {
  if (c.me().has_role(role::kDepartment) || c.me().has_role(role::kObserver)) return std::nullopt;
  return loop_scope(c, org);
}

bool in(const std::optional<std::vector<int64_t>>& scope, std::optional<int64_t> unit) {
  if (!scope) return true;
  return unit && std::binary_search(scope->begin(), scope->end(), *unit);
}

json::object accident_json(const model::Accident& a, const OrgIndex& org, const Ctx& c,
                           const std::optional<std::vector<int64_t>>& scope) {
  bool owner = in(scope, a.owner_unit_id) && scope.has_value();
  bool education = !is_police_user(c.me());
  int64_t deaths = 0, injuries = 0;
  json::array persons;
  for (const auto& p : a.persons) {
    deaths += p.outcome == "death";
    injuries += p.outcome == "injury";
    bool named = owner || (education && p.school_unit_id && in(scope, p.school_unit_id) &&
                           scope.has_value());
    persons.push_back(
        json::object{{"full_name", named ? json::value(p.full_name) : json::value(nullptr)},
                     {"birth_year", named && p.birth_year ? json::value(int64_t{*p.birth_year})
                                                          : json::value(nullptr)},
                     {"student_id", named ? model::opt_json(p.student_id) : json::value(nullptr)},
                     {"school", unit_brief(org, p.school_unit_id)},
                     {"outcome", p.outcome}});
  }
  return json::object{
      {"id", a.id},
      {"date", a.local_date},
      {"occurred_at", model::time_json(a.occurred_at)},
      {"owner_unit", unit_brief(org, a.owner_unit_id)},
      {"place_unit", unit_brief(org, a.place_unit_id)},
      {"address", a.address},
      {"latitude", model::opt_json(a.latitude)},
      {"longitude", model::opt_json(a.longitude)},
      {"vehicles", a.vehicles},
      {"cause", a.cause},
      {"description", a.description},
      {"deaths", deaths},
      {"injuries", injuries},
      {"persons", std::move(persons)},
      {"can_withdraw", owner && has_capability(c.me(), Capability::kRecordAccidents)}};
}

}  // namespace

Result<Reply> record_accident(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in_body, model::ObjectReader::parse(c.req.body));
  model::Accident a;
  auto when = in_body.str("occurred_at", true, 19);
  a.place_unit_id = in_body.i64("place_unit_id", false);
  a.address = in_body.str("address", false, 500).value_or("");
  a.latitude = in_body.f64("latitude", false, -90, 90);
  a.longitude = in_body.f64("longitude", false, -180, 180);
  a.vehicles = in_body.str("vehicles", false, 500).value_or("");
  a.cause = in_body.str("cause", false, 1000).value_or("");
  a.description = in_body.str("description", false, 4000).value_or("");
  auto persons = in_body.array("persons", true, kMaxPersons);
  if (in_body.has("persons") && !persons)
    in_body.error("persons", "Một vụ ghi từ 1 đến 50 học sinh liên quan.");
  else if (persons && persons->empty())
    in_body.error("persons", "Cần ít nhất một học sinh liên quan.");
  std::optional<int64_t> at;
  if (when) {
    at = violation_rules::parse_local_datetime(*when);
    if (!at)
      in_body.error("occurred_at", "Thời điểm có dạng YYYY-MM-DDTHH:MM (giờ Việt Nam).");
    else if (*at > now_micros())
      in_body.error("occurred_at", "Thời điểm ở tương lai.");
  }
  ATGT_TRY(in_body.finish());
  a.occurred_at = *at;
  a.local_date = local_date(*at).str();
  a.owner_unit_id = home_unit(c);
  a.created_at = a.updated_at = now_micros();
  a.created_by = c.me().user_id;
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto lc, loop_context(c, *db));
  const OrgIndex& org = *lc.org;
  if (a.place_unit_id && (!org.alive(*a.place_unit_id, a.local_date) ||
                          org.side_of(*a.place_unit_id, a.local_date) != "police"))
    return Invalid().with_field("place_unit_id",
                                "Nơi xảy ra phải là một đơn vị công an tồn tại vào ngày đó.");
  bool police = is_police_user(c.me());
  auto scope = loop_scope(c, org);
  std::string year = lc.cal.school_year_of(*Date::parse(a.local_date)).code();
  Status errors = Invalid("Có thông tin không hợp lệ; chưa ghi nhận vụ tai nạn.");
  bool bad = false;
  for (size_t i = 0; i < persons->size(); ++i) {
    std::string at_field = "persons[" + std::to_string(i) + "].";
    const auto& pv = (*persons)[i];
    if (!pv.is_object()) {
      errors.with_field(at_field, "Mỗi học sinh là một đối tượng JSON.");
      bad = true;
      continue;
    }
    ATGT_ASSIGN_OR_RETURN(auto r, model::reader_for(pv.as_object()));
    model::AccidentPerson p;
    p.full_name = r.str("full_name", true, 200).value_or("");
    p.birth_date = r.str("birth_date", false, 10);
    if (auto y = r.i64("birth_year", false)) p.birth_year = static_cast<int>(*y);
    p.student_id = r.i64("student_id", false);
    p.outcome = r.str("outcome", true, 10).value_or("");
    if (Status st = r.finish(); !st.ok()) {
      for (const auto& [f, m] : st.fields()) errors.with_field(at_field + f, m);
      bad = true;
      continue;
    }
    if (p.outcome != "death" && p.outcome != "injury" && p.outcome != "unhurt") {
      errors.with_field(at_field + "outcome",
                        "Là death (tử vong), injury (bị thương) hoặc unhurt.");
      bad = true;
      continue;
    }
    if (p.birth_date && !Date::parse(*p.birth_date)) {
      errors.with_field(at_field + "birth_date", "Ngày sinh có dạng YYYY-MM-DD.");
      bad = true;
      continue;
    }
    if (p.birth_date && !p.birth_year) p.birth_year = Date::parse(*p.birth_date)->year;
    if (p.student_id) {
      // Only an education user who sees the student's school links a roster student.
      auto history = store::student_history(*db, *p.student_id);
      std::optional<int64_t> school;
      if (history.ok())
        for (const auto& e : *history)
          if (e.school_year <= year) school = e.unit_id;
      if (police || !school || !std::binary_search(scope.begin(), scope.end(), *school)) {
        errors.with_field(at_field + "student_id",
                          "Không tìm thấy học sinh này trong phạm vi của bạn.");
        bad = true;
        continue;
      }
      p.school_unit_id = school;
    } else {
      ATGT_TRY(matching_index(c, *db, lc));
      match::Record rec;
      rec.full_name = p.full_name;
      rec.birth_date = p.birth_date   ? *p.birth_date
                       : p.birth_year ? std::to_string(*p.birth_year)
                                      : "";
      rec.violation_date = a.local_date;
      auto d = lc.index->engine->match(rec);
      if (d.status == match::Status::kMatched && d.best >= 0) {
        const auto& row = lc.index->rows[static_cast<size_t>(d.best)];
        p.student_id = row.student_id;
        p.school_unit_id = row.unit_id;
      }
    }
    a.persons.push_back(std::move(p));
  }
  if (bad) return errors;
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(a.id, store::insert_accident(*db, a));
  ATGT_TRY(audit(
      c, *db, "create", "accident", std::to_string(a.id),
      json::object{{"date", a.local_date}, {"persons", static_cast<int64_t>(a.persons.size())}}));
  ATGT_TRY(tx.commit());
  std::optional<std::vector<int64_t>> mine = scope;
  return json_reply(json::object{{"accident", accident_json(a, org, c, mine)}}, 201);
}

Result<Reply> list_accidents(Ctx& c) {
  std::string from, to;
  if (c.query("from")) {
    ATGT_ASSIGN_OR_RETURN(from, date_param(c, "from"));
  }
  if (c.query("to")) {
    ATGT_ASSIGN_OR_RETURN(to, date_param(c, "to"));
  }
  ATGT_ASSIGN_OR_RETURN(auto limit, int_param(c, "limit", 1, 500));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  auto scope = accident_scope(c, *org);
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_accidents(*db, scope, from, to,
                                                         static_cast<int>(limit.value_or(100))));
  json::array out;
  for (const auto& a : rows) out.push_back(accident_json(a, *org, c, scope));
  return json_reply(json::object{{"accidents", std::move(out)}});
}

Result<Reply> get_accident(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  auto a = store::get_accident(*db, id);
  if (!a.ok()) return a.status();
  auto scope = accident_scope(c, *org);
  bool visible =
      in(scope, a->owner_unit_id) || in(scope, a->place_unit_id) ||
      std::any_of(a->persons.begin(), a->persons.end(),
                  [&](const model::AccidentPerson& p) { return in(scope, p.school_unit_id); });
  if (!visible || a->status != "active") return NotFound("Không tìm thấy vụ tai nạn.");
  return json_reply(json::object{{"accident", accident_json(*a, *org, c, scope)}});
}

Result<Reply> withdraw_accident(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(std::string reason, text_body(c, "reason", 1000));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  auto a = store::get_accident(*db, id);
  if (!a.ok()) return a.status();
  auto scope = loop_scope(c, *org);
  if (!std::binary_search(scope.begin(), scope.end(), a->owner_unit_id) || a->status != "active")
    return NotFound("Không tìm thấy vụ tai nạn do đơn vị ghi nhận.");
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::set_accident_status(*db, id, "withdrawn", now_micros()));
  ATGT_TRY(
      audit(c, *db, "withdraw", "accident", std::to_string(id), json::object{{"reason", reason}}));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"id", id}, {"status", "withdrawn"}});
}

}  // namespace atgt::api
