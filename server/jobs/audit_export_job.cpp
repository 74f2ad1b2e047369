// Job "audit_export": the audit log within the administrator's scope, optionally limited to an
// entity, a batch and a local-date range (params: entity, batch_id, from, to as YYYY-MM-DD), as a
// CSV result file.
#include <boost/json.hpp>

#include "base/time.h"
#include "domain/access.h"
#include "jobs/job_support.h"
#include "jobs/runner.h"
#include "store/audit_store.h"

namespace atgt::jobs {
namespace json = boost::json;

Result<Outcome> run_audit_export(Context& c) {
  store::Db& db = c.db();
  const auto& job = c.job();
  json::object params = json::parse(job.params_json).as_object();
  store::AuditFilter f;
  if (auto* e = params.if_contains("entity"); e && e->is_string())
    f.entity = std::string(e->as_string());
  if (auto* b = params.if_contains("batch_id"); b && b->is_string())
    f.batch_id = std::string(b->as_string());
  for (const char* name : {"from", "to"}) {
    auto* v = params.if_contains(name);
    if (!v || !v->is_string()) continue;
    auto d = Date::parse(std::string(v->as_string()));
    if (!d) return Invalid().with_field(name, "Ngày không hợp lệ.");
    int64_t start = (d->days() * 86400 - kVietnamOffsetSeconds) * kMicrosPerSecond;
    if (std::string(name) == "from")
      f.from = start;
    else
      f.to = start + 86400 * kMicrosPerSecond;
  }
  ATGT_ASSIGN_OR_RETURN(auto org, load_org(db));
  ATGT_ASSIGN_OR_RETURN(Principal who, principal_of(db, job.user_id));
  f.user_unit_ids = admin_scope(who, *org, today_local().str());
  f.include_anonymous = is_system_admin(who);
  f.limit = 1000;
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"Mã", "Thời điểm (UTC)", "Người thực hiện", "Địa chỉ IP", "Thao tác", "Đối tượng",
                  "Mã đối tượng", "Lô", "Nội dung"});
  int64_t done = 0;
  for (;;) {
    ATGT_TRY(c.progress(std::min<int>(95, static_cast<int>(done / 100)), done, std::nullopt,
                        "Đọc nhật ký"));
    ATGT_ASSIGN_OR_RETURN(auto page, store::list_audit(db, f));
    for (const auto& e : page)
      rows.push_back({std::to_string(e.id), iso_utc(e.at), e.user_login, e.ip, e.action, e.entity,
                      e.entity_id.value_or(""), e.batch_id.value_or(""), e.changes_json});
    done += static_cast<int64_t>(page.size());
    if (static_cast<int>(page.size()) < f.limit) break;
    f.before_id = page.back().id;
  }
  Outcome out;
  out.summary = json::object{{"rows", done},
                             {"message", "Đã xuất " + std::to_string(done) + " dòng nhật ký."}};
  out.file = Outcome::File{csv_text(rows), "nhat-ky-" + std::to_string(job.id) + ".csv",
                           "text/csv; charset=utf-8"};
  return out;
}

}  // namespace atgt::jobs
