// Reading the audit log (administrators, within their scope), newest first, paged by before_id.
#include "api/common.h"
#include "api/handlers.h"
#include "base/time.h"
#include "domain/access.h"
#include "model/json_out.h"
#include "store/audit_store.h"
#include "store/pool.h"

namespace atgt::api {
namespace json = boost::json;

Result<Reply> list_audit(Ctx& c) {
  store::AuditFilter f;
  if (const std::string* e = c.query("entity")) {
    if (e->empty() || e->size() > 40)
      return Invalid().with_field("entity", "Loại đối tượng không hợp lệ.");
    f.entity = *e;
  }
  if (const std::string* b = c.query("batch_id")) {
    if (b->empty() || b->size() > 80)
      return Invalid().with_field("batch_id", "Mã lô không hợp lệ.");
    f.batch_id = *b;
  }
  ATGT_ASSIGN_OR_RETURN(f.user_id, int_param(c, "user_id", 1, INT64_MAX));
  ATGT_ASSIGN_OR_RETURN(f.before_id, int_param(c, "before_id", 1, INT64_MAX));
  ATGT_ASSIGN_OR_RETURN(auto limit, int_param(c, "limit", 1, 200));
  f.limit = static_cast<int>(limit.value_or(50));
  for (const char* name : {"from", "to"}) {
    if (!c.query(name)) continue;
    auto d = Date::parse(*c.query(name));
    if (!d) return Invalid().with_field(name, "Ngày không hợp lệ (định dạng YYYY-MM-DD).");
    // Local (Asia/Ho_Chi_Minh) day boundaries; "to" is inclusive.
    int64_t start = (d->days() * 86400 - kVietnamOffsetSeconds) * kMicrosPerSecond;
    if (std::string(name) == "from")
      f.from = start;
    else
      f.to = start + 86400 * kMicrosPerSecond;
  }
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  f.user_unit_ids = admin_scope(c.me(), *org, today_local().str());
  f.include_anonymous = is_system_admin(c.me()) && !c.me().via_token();
  ATGT_ASSIGN_OR_RETURN(auto entries, store::list_audit(*db, f));
  json::array out;
  for (const auto& e : entries) out.push_back(model::audit_json(e));
  json::value next = nullptr;
  if (static_cast<int>(entries.size()) == f.limit) next = entries.back().id;
  return json_reply(json::object{{"entries", std::move(out)}, {"next_before_id", next}});
}

}  // namespace atgt::api
