// Bulk import of violation records (issue 12) from a CSV (any supported encoding) or XLSX file, as
// the job "violations_import": one row per person; rows sharing a "Mã lần kiểm tra" (stop_ref)
// and time form one stop. Every row is checked with the rules of the form (jobs/
// violation_records.h) before anything is written; errors name the row and the column. The whole
// file is then written in one transaction, each record matched to the rosters
// (jobs/violation_loop.h), with one audit row for the batch "job:<id>".
//
// Columns (folded header names; English aliases; unknown columns ignored):
//   Thời điểm vi phạm (occurred_at)    required: dd/mm/yyyy hh:mm, yyyy-mm-dd hh:mm or ...Thh:mm
//   Mã công an xã (place_unit_code)    the commune police unit of the place (registry code)
//   Địa điểm (address), Cán bộ lập biên bản (officer_name), Mã lần kiểm tra (stop_ref)
//   Vai trò (role)                     Người điều khiển (default), Người được chở, Người đi bộ,
//                                      Chủ phương tiện, Người liên quan; or the API codes
//   Họ và tên (full_name)              required
//   Ngày sinh (birth_date) | Năm sinh (birth_year)
//   Giới tính (sex), Số định danh (personal_id), Trường (school_stated), Nơi ở (address of the
//   person), Loại phương tiện (vehicle_kind), Biển số (plate)
//   Nghị định (decree: ND100, ND168, "168/2024/NĐ-CP"), Mã hành vi (code: "7.2.h")
//   Hình thức xử lý (sanction: Không xử phạt, Cảnh cáo, Phạt tiền), Số tiền phạt (fine_amount),
//   Tạm giữ phương tiện (impounded: Có / x), Số biên bản (report_number), Số quyết định
//   (decision_number)
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/vn_encoding.h"
#include "domain/org.h"
#include "jobs/violation_records.h"
#include "store/db.h"

namespace atgt::jobs {

struct ViolationImportPlan {
  std::vector<StopRequest> stops;
  std::vector<std::vector<int>> rows;         // the file row of each stop's persons
  std::map<std::string, std::string> column;  // person field -> the file's header for it
  int64_t persons = 0;
};

// Reads the file and builds the stops of `owner_unit` without writing; kInvalid with row and
// column errors (a file-level problem keeps the reader's message).
Result<ViolationImportPlan> plan_violation_import(const OrgIndex& org, int64_t owner_unit,
                                                  std::string_view bytes, std::string_view name,
                                                  Encoding encoding, int64_t now,
                                                  std::optional<int64_t> user);

}  // namespace atgt::jobs

namespace atgt::jobs {

// Writes the planned stops in the caller's transaction (write_stop, then the matching engine for
// each record) with batch id `batch`; kInvalid with the row and column of every person the form's
// rules refuse (the caller rolls back). `progress(done)` after each stop.
struct ImportWritten {
  int64_t records = 0, matched = 0, review = 0, unmatched = 0;
};
struct MatchIndex;
struct LoopEnv;
Result<ImportWritten> write_violation_import(store::Db& db, const OrgIndex& org,
                                             ViolationImportPlan& plan, const std::string& batch,
                                             const MatchIndex& index, const LoopEnv& env,
                                             const std::function<Status(int64_t)>& progress);

}  // namespace atgt::jobs
