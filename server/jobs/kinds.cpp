// The job kinds: one line per kind. A later capability adds its kind here (its function in
// jobs/<kind>_job.cpp) and queues it through api/jobs_api.cpp's start_job().
#include "jobs/runner.h"

namespace atgt::jobs {

Result<Outcome> run_users_import(Context& c);
Result<Outcome> run_audit_export(Context& c);
Result<Outcome> run_students_import(Context& c);
Result<Outcome> run_commitments_import(Context& c);
Result<Outcome> run_violations_import(Context& c);

const std::vector<JobKind>& kinds() {
  static const std::vector<JobKind> table = {
      {"users_import", "Nhập tài khoản từ tệp CSV", run_users_import},
      {"audit_export", "Xuất nhật ký thao tác", run_audit_export},
      {"students_import", "Nhập danh sách học sinh", run_students_import},
      {"commitments_import", "Nhập cam kết từ tệp", run_commitments_import},
      {"violations_import", "Nhập vi phạm từ tệp", run_violations_import},
  };
  return table;
}

const JobKind* find_kind(const std::string& name) {
  for (const auto& k : kinds())
    if (name == k.name) return &k;
  return nullptr;
}

}  // namespace atgt::jobs
