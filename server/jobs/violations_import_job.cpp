// Job "violations_import": a police unit's violation records from the uploaded CSV/XLSX
// (jobs/violation_import.h), all or nothing, each record matched to the rosters; the batch id is
// "job:<id>": one audit row for the batch, and every record it writes carries it.
#include <boost/json.hpp>
#include <fstream>
#include <sstream>

#include "base/time.h"
#include "base/vn_encoding.h"
#include "domain/access.h"
#include "jobs/calendar_data.h"
#include "jobs/job_support.h"
#include "jobs/runner.h"
#include "jobs/violation_import.h"
#include "jobs/violation_loop.h"
#include "store/audit_store.h"

namespace atgt::jobs {
namespace json = boost::json;

Result<Outcome> run_violations_import(Context& c) {
  store::Db& db = c.db();
  const auto& job = c.job();
  ATGT_TRY(c.progress(1, 0, std::nullopt, "Đọc tệp"));
  boost::system::error_code ec;
  auto pv = json::parse(job.params_json, ec);
  if (ec || !pv.is_object()) return Internal("violations_import: bad params");
  const auto& p = pv.as_object();
  auto str = [&](const char* k) -> std::string {
    auto* v = p.if_contains(k);
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
  };
  ATGT_ASSIGN_OR_RETURN(Encoding enc,
                        parse_encoding(str("encoding").empty() ? "auto" : str("encoding")));
  ATGT_ASSIGN_OR_RETURN(std::string path, input_path(c));
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Internal("violations_import: cannot read input");
    std::ostringstream ss;
    ss << in.rdbuf();
    bytes = ss.str();
  }
  ATGT_ASSIGN_OR_RETURN(auto org, load_org(db));
  ATGT_ASSIGN_OR_RETURN(Principal importer, principal_of(db, job.user_id));
  if (!has_capability(importer, Capability::kRecordViolations))
    return Forbidden("Bạn không có quyền ghi nhận vi phạm.");
  int64_t owner =
      importer.via_token() && importer.token_unit_id ? importer.token_unit_id : importer.unit_id;
  int64_t now = now_micros();
  ATGT_TRY(c.progress(5, 0, std::nullopt, "Kiểm tra dữ liệu"));
  ATGT_ASSIGN_OR_RETURN(
      auto plan, plan_violation_import(*org, owner, bytes, str("name"), enc, now, job.user_id));
  ATGT_ASSIGN_OR_RETURN(auto cal, load_calendar(db));
  MatchIndexCache cache;
  ATGT_ASSIGN_OR_RETURN(auto index, cache.get(db, *org));
  const int64_t n = static_cast<int64_t>(plan.stops.size());
  ATGT_TRY(c.progress(20, 0, n, "Ghi và đối chiếu với danh sách học sinh"));
  if (c.stopping()) return Status(Kind::kUnavailable, "interrupted", "Máy chủ đang dừng.");
  std::string batch = "job:" + std::to_string(job.id);
  LoopEnv env{*org,
              cal,
              str("public_url"),
              now,
              job.user_id,
              owner,
              0,
              std::make_shared<std::map<int64_t, std::vector<int64_t>>>()};
  store::Tx tx(db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(
      auto written, write_violation_import(db, *org, plan, batch, *index, env, [&](int64_t done) {
        return c.progress(20 + static_cast<int>(75 * done / std::max<int64_t>(n, 1)), done, n,
                          "Ghi và đối chiếu với danh sách học sinh");
      }));
  store::AuditEntry a;
  a.at = now;
  a.user_id = job.user_id;
  a.action = "import";
  a.entity = "violation_import";
  a.entity_id = std::to_string(job.id);
  a.batch_id = batch;
  a.changes_json = json::serialize(json::object{{"records", written.records},
                                                {"stops", n},
                                                {"matched", written.matched},
                                                {"review", written.review},
                                                {"unmatched", written.unmatched}});
  ATGT_TRY(store::append_audit(db, a));
  ATGT_TRY(tx.commit());
  ATGT_TRY(c.progress(100, n, n, "Xong"));
  Outcome out;
  out.summary = json::object{
      {"records", written.records},
      {"matched", written.matched},
      {"review", written.review},
      {"unmatched", written.unmatched},
      {"batch_id", batch},
      {"message", "Đã ghi nhận " + std::to_string(written.records) + " người vi phạm: " +
                      std::to_string(written.matched) + " đã chuyển nhà trường, " +
                      std::to_string(written.review) + " chờ đối chiếu, " +
                      std::to_string(written.unmatched) + " không có trong danh sách học sinh."}};
  return out;
}

}  // namespace atgt::jobs
