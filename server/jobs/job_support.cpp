// Helpers shared by job kinds (see job_support.h).
#include "jobs/job_support.h"

#include "base/csv.h"
#include "base/time.h"
#include "store/files_store.h"
#include "store/units_store.h"
#include "store/users_store.h"

namespace atgt::jobs {

Result<std::string> input_path(Context& c) {
  Status missing(Kind::kNotFound, "input_missing",
                 "Tệp nguồn của công việc đã bị xóa; hãy tải tệp lên lại.");
  if (!c.job().input_file_id) return missing;
  auto f = store::get_file(c.db(), *c.job().input_file_id);
  if (!f.ok()) return f.status().kind() == Kind::kNotFound ? missing : f.status();
  auto p = c.blobs().path_of(f->sha256);
  if (!p.ok()) return p.status().kind() == Kind::kNotFound ? missing : p.status();
  return *p;
}

Result<std::shared_ptr<const OrgIndex>> load_org(store::Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto data, store::load_org_data(db));
  return std::make_shared<const OrgIndex>(std::move(data));
}

Result<Principal> principal_of(store::Db& db, int64_t user_id) {
  ATGT_ASSIGN_OR_RETURN(auto u, store::find_user(db, user_id));
  if (u.disabled) return Forbidden("Tài khoản tạo công việc đã bị khóa.");
  Principal p;
  p.user_id = u.id;
  p.login = u.login;
  p.unit_id = u.unit_id;
  p.roles = u.roles;
  if (p.has_role(role::kSystemAdmin)) {
    p.side = "system";
  } else {
    ATGT_ASSIGN_OR_RETURN(auto org, load_org(db));
    p.side = org->side_of(p.unit_id, today_local().str());
  }
  return p;
}

std::string csv_text(const std::vector<std::vector<std::string>>& rows) {
  std::string out = "\xEF\xBB\xBF";
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) out += ',';
      const auto& v = row[i];
      bool quote = v.find_first_of(",\"\r\n") != std::string::npos;
      // A leading = + - @ TAB CR would be run as a formula: the one rule of base/csv.h.
      std::string cell = spreadsheet_text(v);
      if (quote) {
        out += '"';
        for (char ch : cell) {
          if (ch == '"') out += '"';
          out += ch;
        }
        out += '"';
      } else {
        out += cell;
      }
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace atgt::jobs
