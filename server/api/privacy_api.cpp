// Parents' requests about their child's personal data (issue 12, privacy): the child's school
// records a request (to see, correct or delete the data, or to object to a processing) on the day
// it was received; the answer deadline follows the request kind, which is data with its legal
// source (privacy_request_kinds); the school's management answers or refuses with the reason.
// The supervising office and the Department read the requests of their schools (whether they are
// answered on time), never the answers' personal details beyond what the school wrote.
#include <algorithm>

#include "api/common.h"
#include "api/handlers.h"
#include "api/loop_common.h"
#include "base/time.h"
#include "domain/access.h"
#include "jobs/calendar_data.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "store/privacy_store.h"
#include "store/students_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

json::object request_json(const model::PrivacyRequest& r, const OrgIndex& org, const Ctx& c,
                          const std::string& today) {
  bool own = home_unit(c) == r.unit_id;
  return json::object{
      {"id", r.id},
      {"school", unit_brief(org, r.unit_id)},
      {"student_id", own ? model::opt_json(r.student_id) : json::value(nullptr)},
      {"requester_name", own ? json::value(r.requester_name) : json::value(nullptr)},
      {"relation", r.relation},
      {"kind", r.kind},
      {"details", own ? json::value(r.details) : json::value(nullptr)},
      {"received_date", r.received_date},
      {"deadline_date", r.deadline_date},
      {"state", r.state},
      {"answer", own ? model::opt_json(r.answer) : json::value(nullptr)},
      {"answered_date", model::opt_json(r.answered_date)},
      {"overdue", r.state == "open" && today > r.deadline_date},
      {"on_time",
       r.answered_date ? json::value(*r.answered_date <= r.deadline_date) : json::value(nullptr)},
      {"can_answer", own && r.state == "open" && c.me().has_role(role::kSchoolManager)}};
}

}  // namespace

Result<Reply> list_privacy_request_kinds(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto kinds, store::list_request_kinds(*db));
  json::array out;
  for (const auto& k : kinds)
    out.push_back(json::object{{"code", k.code},
                               {"name", k.name},
                               {"deadline_days", k.deadline_days},
                               {"working_days", k.working_days},
                               {"valid_from", k.valid_from},
                               {"source", k.source},
                               {"review_note", model::opt_json(k.review_note)}});
  return json_reply(json::object{{"kinds", std::move(out)}});
}

Result<Reply> list_privacy_requests(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_privacy_requests(*db, loop_scope(c, *org), 500));
  std::string today = today_local().str();
  json::array out;
  for (const auto& r : rows) out.push_back(request_json(r, *org, c, today));
  return json_reply(json::object{{"requests", std::move(out)}});
}

Result<Reply> record_privacy_request(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  model::PrivacyRequest r;
  r.requester_name = in.str("requester_name", true, 200).value_or("");
  r.relation = in.str("relation", false, 60).value_or("");
  r.kind = in.str("kind", true, 40).value_or("");
  r.details = in.str("details", false, 4000).value_or("");
  r.student_id = in.i64("student_id", false);
  auto received = in.str("received_date", true, 10);
  std::string today = today_local().str();
  if (received && !Date::parse(*received))
    in.error("received_date", "Ngày nhận có dạng YYYY-MM-DD.");
  else if (received && *received > today)
    in.error("received_date", "Ngày nhận ở tương lai.");
  ATGT_TRY(in.finish());
  r.received_date = *received;
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto kinds, store::list_request_kinds(*db));
  auto kind = std::find_if(kinds.begin(), kinds.end(),
                           [&](const model::PrivacyRequestKind& k) { return k.code == r.kind; });
  if (kind == kinds.end())
    return Invalid().with_field("kind", "Loại yêu cầu không có trong danh mục.");
  r.unit_id = home_unit(c);
  if (r.student_id) {
    auto history = store::student_history(*db, *r.student_id);
    bool ours = history.ok() && std::any_of(history->begin(), history->end(),
                                            [&](const auto& e) { return e.unit_id == r.unit_id; });
    if (!ours)
      return Invalid().with_field("student_id", "Học sinh không có trong danh sách của trường.");
  }
  // The deadline: the kind's days from the day the request was received (working days when the
  // kind says so, on the product's calendar of holidays).
  Date day = *Date::parse(r.received_date);
  if (kind->working_days) {
    ATGT_ASSIGN_OR_RETURN(auto cal, jobs::load_calendar(*db));
    r.deadline_date = cal.add_working_days(day, kind->deadline_days).str();
  } else {
    r.deadline_date = day.add_days(kind->deadline_days).str();
  }
  r.created_at = now_micros();
  r.created_by = c.me().user_id;
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(r.id, store::insert_privacy_request(*db, r));
  ATGT_TRY(audit(c, *db, "create", "privacy_request", std::to_string(r.id),
                 json::object{{"kind", r.kind}, {"deadline", r.deadline_date}}));
  ATGT_TRY(tx.commit());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  return json_reply(json::object{{"request", request_json(r, *org, c, today)}}, 201);
}

Result<Reply> answer_privacy_request(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto answer = in.str("answer", true, 4000);
  bool refused = in.boolean("refused", false).value_or(false);
  auto answered = in.str("answered_date", false, 10);
  std::string today = today_local().str();
  if (answered && !Date::parse(*answered))
    in.error("answered_date", "Ngày trả lời có dạng YYYY-MM-DD.");
  else if (answered && *answered > today)
    in.error("answered_date", "Ngày trả lời ở tương lai.");
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  auto r = store::get_privacy_request(*db, id);
  if (!r.ok()) return r.status();
  auto scope = loop_scope(c, *org);
  if (!std::binary_search(scope.begin(), scope.end(), r->unit_id))
    return NotFound("Không tìm thấy yêu cầu.");
  if (home_unit(c) != r->unit_id || !c.me().has_role(role::kSchoolManager))
    return Forbidden("Ban Giám hiệu của trường trả lời yêu cầu.");
  std::string day = answered.value_or(today);
  if (day < r->received_date)
    return Invalid().with_field("answered_date", "Ngày trả lời không thể trước ngày nhận yêu cầu.");
  r->state = refused ? "refused" : "answered";
  r->answer = *answer;
  r->answered_date = day;
  r->answered_by = c.me().user_id;
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::answer_privacy_request(*db, *r));
  ATGT_TRY(audit(c, *db, refused ? "reject" : "close", "privacy_request", std::to_string(id),
                 json::object{{"on_time", day <= r->deadline_date}}));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"request", request_json(*r, *org, c, today)}});
}

}  // namespace atgt::api
