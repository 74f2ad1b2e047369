// The review queue of uncertain matches (issue 12): education users of the unit that decides (the
// school when every candidate is its student, else the candidates' common supervising unit) and
// of the units above it see the record and its candidates side by side with the evidence for
// each, and confirm one (a notice opens to that student's school) or reject them all. Teachers
// read; every decision is logged (match_decisions) and audited; every item shown is written to
// the violation view log.
#include <algorithm>

#include "api/common.h"
#include "api/handlers.h"
#include "api/loop_common.h"
#include "base/time.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "store/notices_store.h"
#include "store/students_store.h"
#include "store/violations_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

// The units whose queue the caller sees: the review unit must be in the caller's scope. Review
// units are education units, so for the root of the education side (the Department) that is every
// item (nullopt: no list of a thousand units in the query).
std::optional<std::vector<int64_t>> queue_scope(const Ctx& c, const OrgIndex& org) {
  std::string today = today_local().str();
  int64_t home = home_unit(c);
  if (org.alive(home, today) && !org.parent_at(home, today) &&
      org.side_of(home, today) == "education")
    return std::nullopt;
  return loop_scope(c, org);
}

bool in_scope(const std::optional<std::vector<int64_t>>& scope, std::optional<int64_t> unit) {
  if (!scope) return true;
  return unit && std::binary_search(scope->begin(), scope->end(), *unit);
}

json::array parse_array(const std::string& text) {
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  return !ec && v.is_array() ? v.as_array() : json::array{};
}

Result<json::object> item_json(store::Db& db, const OrgIndex& org, const model::ViolationMatch& m) {
  ATGT_ASSIGN_OR_RETURN(auto v, store::get_violation(db, m.violation_id));
  ATGT_ASSIGN_OR_RETURN(auto stop, store::get_stop(db, v.stop_id));
  json::array candidates;
  for (const auto& x : parse_array(m.candidates)) {
    if (!x.is_object()) continue;
    const auto& o = x.as_object();
    int64_t sid = o.at("student_id").to_number<int64_t>();
    auto s = store::get_student(db, sid);
    if (!s.ok()) continue;  // a student removed by the retention purge
    json::object cand{{"student", student_brief(*s)},
                      {"school", unit_brief(org, o.at("unit_id").to_number<int64_t>())},
                      {"class_name", o.at("class_name")},
                      {"school_year", o.at("school_year")},
                      {"probability", o.at("probability")},
                      {"reasons", o.at("reasons")}};
    candidates.push_back(std::move(cand));
  }
  return json::object{{"violation_id", m.violation_id},
                      {"state", m.state},
                      {"record", record_brief(v, org)},
                      {"address", stop.address},
                      {"occurred_at", model::time_json(stop.occurred_at)},
                      {"review_unit", unit_brief(org, m.review_unit_id)},
                      {"candidates", std::move(candidates)},
                      {"queued_at", model::time_json(m.updated_at)}};
}

// The match of `id` waiting for review in the caller's scope (kNotFound otherwise, kConflict
// once decided).
Result<model::ViolationMatch> open_item(Ctx& c, store::Db& db, const OrgIndex& org, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto m, store::get_match(db, id));
  if (!m || !in_scope(queue_scope(c, org), m->review_unit_id))
    return NotFound("Không tìm thấy mục trong hàng chờ đối chiếu.");
  if (m->state != "review")
    return Conflict("Mục này đã được xử lý (" +
                    std::string(m->state == "confirmed"  ? "đã xác nhận"
                                : m->state == "rejected" ? "đã loại"
                                                         : "không còn chờ đối chiếu") +
                    ").");
  return *m;
}

}  // namespace

Result<Reply> list_match_queue(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto limit, int_param(c, "limit", 1, 200));
  ATGT_ASSIGN_OR_RETURN(auto offset, int_param(c, "offset", 0, 10'000'000));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  auto scope = queue_scope(c, *org);
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        store::list_review(*db, scope, static_cast<int>(limit.value_or(50)),
                                           static_cast<int>(offset.value_or(0))));
  ATGT_ASSIGN_OR_RETURN(int64_t total, store::count_review(*db, scope));
  json::array items;
  std::vector<int64_t> shown;
  for (const auto& m : rows) {
    ATGT_ASSIGN_OR_RETURN(auto item, item_json(*db, *org, m));
    items.push_back(std::move(item));
    shown.push_back(m.violation_id);
  }
  ATGT_TRY(store::log_violation_views(*db, shown, c.me().user_id, now_micros(), "queue"));
  return json_reply(
      json::object{{"items", std::move(items)},
                   {"total", total},
                   {"can_decide", has_capability(c.me(), Capability::kReviewMatches)}});
}

Result<Reply> confirm_match(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto student = in.i64("student_id", true);
  auto note = in.str("note", false, 1000);
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto lc, loop_context(c, *db));
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(auto m, open_item(c, *db, *lc.org, id));
  std::optional<int64_t> school;
  for (const auto& x : parse_array(m.candidates))
    if (x.is_object() && x.as_object().at("student_id").to_number<int64_t>() == *student)
      school = x.as_object().at("unit_id").to_number<int64_t>();
  if (!school)
    return Invalid().with_field("student_id", "Học sinh này không nằm trong danh sách đề xuất.");
  ATGT_ASSIGN_OR_RETURN(auto v, store::get_violation(*db, id));
  m.state = "confirmed";
  m.student_id = *student;
  m.school_unit_id = *school;
  m.updated_at = now_micros();
  ATGT_TRY(store::upsert_match(*db, m));
  ATGT_TRY(jobs::record_decision(*db, lc.env(c), id, "confirm", *student, note));
  ATGT_ASSIGN_OR_RETURN(auto notice, jobs::open_notice(*db, lc.env(c), v, *student, *school));
  ATGT_TRY(audit(c, *db, "confirm", "violation_match", std::to_string(id),
                 json::object{{"student_id", *student}, {"notice_id", notice.id}}));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"violation_id", id},
                                 {"state", m.state},
                                 {"notice_id", notice.id},
                                 {"school", unit_brief(*lc.org, school)}});
}

Result<Reply> reject_match(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(std::string reason, text_body(c, "reason", 1000));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto lc, loop_context(c, *db));
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(auto m, open_item(c, *db, *lc.org, id));
  m.state = "rejected";
  m.updated_at = now_micros();
  ATGT_TRY(store::upsert_match(*db, m));
  ATGT_TRY(jobs::record_decision(*db, lc.env(c), id, "reject", std::nullopt, reason));
  ATGT_TRY(audit(c, *db, "reject", "violation_match", std::to_string(id),
                 json::object{{"reason", reason}}));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"violation_id", id}, {"state", m.state}});
}

}  // namespace atgt::api
