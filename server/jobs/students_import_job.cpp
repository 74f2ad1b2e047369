// Job "students_import": a school's roster from the uploaded CSV/XLSX (jobs/roster_import.h),
// checked again when it runs (the registry or the file may have changed since the preview), then
// written all at once or not at all, with progress. The batch id is "job:<id>": one audit row for
// the batch, and every student, enrolment, guardian and vehicle row it writes carries it.
#include <boost/json.hpp>
#include <fstream>
#include <sstream>

#include "base/vn_encoding.h"
#include "domain/access.h"
#include "jobs/job_support.h"
#include "jobs/roster_import.h"
#include "jobs/runner.h"

namespace atgt::jobs {
namespace json = boost::json;

Result<Outcome> run_students_import(Context& c) {
  store::Db& db = c.db();
  const auto& job = c.job();
  ATGT_TRY(c.progress(1, 0, std::nullopt, "Đọc tệp"));
  boost::system::error_code ec;
  auto pv = json::parse(job.params_json, ec);
  if (ec || !pv.is_object()) return Internal("students_import: bad params");
  const auto& p = pv.as_object();
  auto str = [&](const char* k) -> std::string {
    auto* v = p.if_contains(k);
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
  };
  auto* uv = p.if_contains("unit_id");
  int64_t unit = uv && uv->is_int64() ? uv->as_int64() : 0;
  ATGT_ASSIGN_OR_RETURN(Encoding enc, parse_encoding(str("encoding").empty() ? "auto" : str("encoding")));
  ATGT_ASSIGN_OR_RETURN(std::string path, input_path(c));
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Internal("students_import: cannot read input");
    std::ostringstream ss;
    ss << in.rdbuf();
    bytes = ss.str();
  }
  ATGT_ASSIGN_OR_RETURN(auto org, load_org(db));
  ATGT_ASSIGN_OR_RETURN(Principal importer, principal_of(db, job.user_id));
  ATGT_ASSIGN_OR_RETURN(auto target, roster_target(db, *org, "", unit, str("school_year")));
  if (!has_capability(importer, Capability::kImportStudents) ||
      !can_see(importer, *org, DataRef{target.unit_id, target.year_start, {}, DataClass::kSchoolInternal, false}))
    return Forbidden("Trường ngoài phạm vi quản lý của bạn.");
  ATGT_TRY(c.progress(5, 0, std::nullopt, "Kiểm tra dữ liệu"));
  ATGT_ASSIGN_OR_RETURN(auto plan, plan_roster(db, target, bytes, str("name"), enc));
  const int64_t n = static_cast<int64_t>(plan.rows.size());
  ATGT_TRY(c.progress(20, 0, n, "Ghi vào cơ sở dữ liệu"));
  if (c.stopping()) return Status(Kind::kUnavailable, "interrupted", "Máy chủ đang dừng.");
  std::string batch = "job:" + std::to_string(job.id);
  ATGT_ASSIGN_OR_RETURN(
      auto counts, commit_roster(db, plan, batch, job.user_id, "", "upload", [&](int64_t done) {
        return c.progress(20 + static_cast<int>(75 * done / std::max<int64_t>(n, 1)), done, n,
                          "Ghi vào cơ sở dữ liệu");
      }));
  ATGT_TRY(c.progress(100, n, n, "Xong"));
  Outcome out;
  out.summary = json::object{
      {"inserted", counts.inserted},
      {"updated", counts.updated},
      {"batch_id", batch},
      {"message", "Đã nhập " + std::to_string(n) + " học sinh của " + target.unit_name +
                      ", năm học " + target.school_year + ": " + std::to_string(counts.inserted) +
                      " học sinh mới, " + std::to_string(counts.updated) + " học sinh đã có được cập nhật."}};
  return out;
}

}  // namespace atgt::jobs
