// The breach log (issue 12, privacy): an incident affecting personal data is recorded with the
// instant it was detected; the duty to notify the authority within 72 hours of detection runs from
// then (Decree 13/2023/NĐ-CP Art. 23 until 2025; Law 91/2025 from 1/1/2026). The unit records when
// and under which reference it notified, when the people concerned were told, the measures taken,
// and closes the incident once the authority was notified. Administrators and the Department keep
// the log of their unit's subtree; every change is audited.
#include <algorithm>

#include "api/common.h"
#include "api/handlers.h"
#include "api/loop_common.h"
#include "base/time.h"
#include "domain/violation_rules.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "store/breaches_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

constexpr int64_t kNotifyWithin = 72LL * 3600 * kMicrosPerSecond;

json::object breach_json(const model::DataBreach& b, const OrgIndex& org, int64_t now) {
  json::value hours_left = nullptr;
  if (!b.authority_notified_at)
    hours_left = static_cast<int64_t>((b.notify_due_at - now) / (3600 * kMicrosPerSecond));
  return json::object{
      {"id", b.id},
      {"unit", unit_brief(org, b.unit_id)},
      {"detected_at", model::time_json(b.detected_at)},
      {"notify_due_at", model::time_json(b.notify_due_at)},
      {"hours_left", hours_left},
      {"overdue", !b.authority_notified_at && now > b.notify_due_at},
      {"notified_on_time", b.authority_notified_at
                               ? json::value(*b.authority_notified_at <= b.notify_due_at)
                               : json::value(nullptr)},
      {"description", b.description},
      {"data_affected", b.data_affected},
      {"subjects_count", model::opt_json(b.subjects_count)},
      {"authority_notified_at", model::time_json(b.authority_notified_at)},
      {"authority_reference", model::opt_json(b.authority_reference)},
      {"subjects_notified_at", model::time_json(b.subjects_notified_at)},
      {"measures", b.measures},
      {"closed_at", model::time_json(b.closed_at)}};
}

// "YYYY-MM-DDTHH:MM" Vietnam time, not in the future; the error goes on `field`.
std::optional<int64_t> instant(model::ObjectReader& in, const char* field, bool required) {
  auto text = in.str(field, required, 19);
  if (!text) return std::nullopt;
  auto at = violation_rules::parse_local_datetime(*text);
  if (!at) {
    in.error(field, "Thời điểm có dạng YYYY-MM-DDTHH:MM (giờ Việt Nam).");
    return std::nullopt;
  }
  if (*at > now_micros()) {
    in.error(field, "Thời điểm ở tương lai.");
    return std::nullopt;
  }
  return at;
}

}  // namespace

Result<Reply> list_breaches(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_breaches(*db, loop_scope(c, *org)));
  int64_t now = now_micros();
  json::array out;
  for (const auto& b : rows) out.push_back(breach_json(b, *org, now));
  return json_reply(json::object{{"breaches", std::move(out)}});
}

Result<Reply> record_breach(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  model::DataBreach b;
  auto detected = instant(in, "detected_at", true);
  b.description = in.str("description", true, 4000).value_or("");
  b.data_affected = in.str("data_affected", false, 2000).value_or("");
  b.subjects_count = in.i64("subjects_count", false);
  b.measures = in.str("measures", false, 4000).value_or("");
  if (b.subjects_count && *b.subjects_count < 0)
    in.error("subjects_count", "Số người bị ảnh hưởng không âm.");
  ATGT_TRY(in.finish());
  b.detected_at = *detected;
  b.notify_due_at = b.detected_at + kNotifyWithin;
  b.unit_id = home_unit(c);
  b.created_at = now_micros();
  b.created_by = c.me().user_id;
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(b.id, store::insert_breach(*db, b));
  ATGT_TRY(audit(c, *db, "create", "data_breach", std::to_string(b.id),
                 json::object{{"detected_at", model::time_json(b.detected_at)}}));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"breach", breach_json(b, *org, now_micros())}}, 201);
}

Result<Reply> update_breach(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto notified = instant(in, "authority_notified_at", false);
  auto reference = in.str("authority_reference", false, 200);
  auto told = instant(in, "subjects_notified_at", false);
  auto measures = in.str("measures", false, 4000);
  bool close = in.boolean("close", false).value_or(false);
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  auto b = store::get_breach(*db, id);
  if (!b.ok()) return b.status();
  auto scope = loop_scope(c, *org);
  if (!std::binary_search(scope.begin(), scope.end(), b->unit_id))
    return NotFound("Không tìm thấy sự cố.");
  if (b->closed_at) return Conflict("Sự cố đã đóng.");
  if (notified) {
    if (*notified < b->detected_at)
      return Invalid().with_field("authority_notified_at",
                                  "Thời điểm thông báo không thể trước khi phát hiện sự cố.");
    b->authority_notified_at = notified;
  }
  if (reference) b->authority_reference = reference;
  if (told) b->subjects_notified_at = told;
  if (measures) b->measures = *measures;
  if (close) {
    if (!b->authority_notified_at)
      return Invalid().with_field(
          "close", "Chỉ đóng sự cố sau khi đã thông báo cho cơ quan chuyên trách bảo vệ dữ liệu.");
    b->closed_at = now_micros();
  }
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::update_breach(*db, *b));
  ATGT_TRY(audit(c, *db, close ? "close" : "update", "data_breach", std::to_string(id),
                 json::object{{"notified", b->authority_notified_at.has_value()}}));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"breach", breach_json(*b, *org, now_micros())}});
}

}  // namespace atgt::api
