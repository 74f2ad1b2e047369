// Job "commitments_import": a school's commitments from the uploaded CSV/XLSX
// (jobs/commitment_import.h), checked again when it runs (the roster or the file may have changed
// since the preview), then written all at once or not at all, with progress. The batch id is
// "job:<id>": one audit row for the batch, and every signature it writes carries it.
#include <boost/json.hpp>
#include <fstream>
#include <sstream>

#include "base/vn_encoding.h"
#include "domain/access.h"
#include "jobs/commitment_import.h"
#include "jobs/job_support.h"
#include "jobs/runner.h"

namespace atgt::jobs {
namespace json = boost::json;

Result<Outcome> run_commitments_import(Context& c) {
  store::Db& db = c.db();
  const auto& job = c.job();
  ATGT_TRY(c.progress(1, 0, std::nullopt, "Đọc tệp"));
  boost::system::error_code ec;
  auto pv = json::parse(job.params_json, ec);
  if (ec || !pv.is_object()) return Internal("commitments_import: bad params");
  const auto& p = pv.as_object();
  auto str = [&](const char* k) -> std::string {
    auto* v = p.if_contains(k);
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
  };
  auto* uv = p.if_contains("unit_id");
  int64_t unit = uv && uv->is_int64() ? uv->as_int64() : 0;
  ATGT_ASSIGN_OR_RETURN(Encoding enc,
                        parse_encoding(str("encoding").empty() ? "auto" : str("encoding")));
  ATGT_ASSIGN_OR_RETURN(std::string path, input_path(c));
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Internal("commitments_import: cannot read input");
    std::ostringstream ss;
    ss << in.rdbuf();
    bytes = ss.str();
  }
  ATGT_ASSIGN_OR_RETURN(auto org, load_org(db));
  ATGT_ASSIGN_OR_RETURN(Principal importer, principal_of(db, job.user_id));
  ATGT_ASSIGN_OR_RETURN(auto target, roster_target(db, *org, "", unit, str("school_year")));
  // Only the student's own school records its commitments (as PUT /commitments).
  if (!has_capability(importer, Capability::kRecordCommitments) ||
      importer.unit_id != target.unit_id ||
      !can_see(importer, *org,
               DataRef{target.unit_id, target.year_start, {}, DataClass::kSchoolInternal, false}))
    return Forbidden("Chỉ trường của học sinh ghi nhận cam kết.");
  ATGT_TRY(c.progress(5, 0, std::nullopt, "Kiểm tra dữ liệu"));
  ATGT_ASSIGN_OR_RETURN(auto plan, plan_commitments(db, target, bytes, str("name"), enc));
  const int64_t n = static_cast<int64_t>(plan.file.rows.size());
  const int64_t total =
      (plan.student ? plan.student->changed : 0) + (plan.parent ? plan.parent->changed : 0);
  ATGT_TRY(c.progress(20, 0, total, "Ghi vào cơ sở dữ liệu"));
  if (c.stopping()) return Status(Kind::kUnavailable, "interrupted", "Máy chủ đang dừng.");
  std::string batch = "job:" + std::to_string(job.id);
  ATGT_ASSIGN_OR_RETURN(
      auto done, commit_commitments(db, plan, batch, job.user_id, "", "upload", [&](int64_t k) {
        return c.progress(20 + static_cast<int>(75 * k / std::max<int64_t>(total, 1)), k, total,
                          "Ghi vào cơ sở dữ liệu");
      }));
  ATGT_TRY(c.progress(100, total, total, "Xong"));
  auto part = [](const std::optional<CampaignCounts>& k) -> json::value {
    if (!k) return nullptr;
    return json::object{
        {"signed", k->is_signed}, {"not_signed", k->not_signed}, {"changed", k->changed}};
  };
  std::string msg = "Đã nhập cam kết của " + std::to_string(n) + " học sinh của " +
                    target.unit_name + ", năm học " + target.school_year;
  if (done.student)
    msg += "; cam kết của học sinh: " + std::to_string(done.student->is_signed) + " đã ký, " +
           std::to_string(done.student->not_signed) + " chưa ký";
  if (done.parent)
    msg += "; cam kết của phụ huynh: " + std::to_string(done.parent->is_signed) + " đã ký, " +
           std::to_string(done.parent->not_signed) + " chưa ký";
  const int64_t changed =
      (done.student ? done.student->changed : 0) + (done.parent ? done.parent->changed : 0);
  msg += changed ? " (" + std::to_string(changed) + " thay đổi so với trước)."
                 : " (không có gì thay đổi so với trước).";
  Outcome out;
  out.summary = json::object{{"rows", n},
                             {"changed", changed},
                             {"student", part(done.student)},
                             {"parent", part(done.parent)},
                             {"batch_id", batch},
                             {"message", msg}};
  return out;
}

}  // namespace atgt::jobs
