// The platform's scheduled tasks.
#include "jobs/tasks.h"

#include <set>

#include "base/time.h"
#include "jobs/violation_loop.h"
#include "store/files_store.h"
#include "store/retention_store.h"
#include "store/users_store.h"

namespace atgt::jobs {

Result<std::string> collect_files(store::Db& db, const files::BlobStore& blobs, int64_t now) {
  constexpr int64_t hour = 3600 * kMicrosPerSecond;
  ATGT_ASSIGN_OR_RETURN(int64_t expired, store::expire_uploads(db, now - 24 * hour, now));
  // Step 2 first: blobs trashed by an earlier run, an hour ago or more, go for good unless a row
  // references them again (then they come back). Listed before step 1, so that a blob trashed
  // now waits a whole hour.
  ATGT_ASSIGN_OR_RETURN(auto trashed, blobs.list_trash());
  ATGT_ASSIGN_OR_RETURN(auto live, store::live_blobs(db));
  std::set<std::string> keep(live.begin(), live.end());
  int removed = 0;
  for (const auto& b : trashed) {
    if (keep.count(b.sha256)) {
      ATGT_TRY(blobs.restore(b.sha256));
    } else if (b.modified_micros <= now - hour) {
      ATGT_TRY(blobs.remove_trashed(b.sha256));
      ++removed;
    }
  }
  // Step 1: unreferenced blobs untouched for an hour go to the trash.
  ATGT_ASSIGN_OR_RETURN(auto on_disk, blobs.list());
  for (const auto& b : on_disk) {
    if (keep.count(b.sha256) || b.modified_micros > now - hour) continue;
    ATGT_TRY(blobs.trash(b.sha256));
  }
  return "hết hạn " + std::to_string(expired) + " tệp tạm, xóa " + std::to_string(removed) +
         " nội dung không còn dùng";
}

std::vector<ScheduledTask> platform_tasks(const TaskEnv& env) {
  std::vector<ScheduledTask> t;
  t.push_back({"email.deliver", "Gửi thư trong hàng đợi (thử lại khi máy chủ thư lỗi)",
               env.email_every_seconds, "", [env](store::Db& db, int64_t now) {
                 return notify::deliver_outbox(db, env.delivery, now);
               }});
  t.push_back({"notifications.digest", "Thư tổng hợp thông báo hằng ngày", 0, "07:00",
               [env](store::Db& db, int64_t now) {
                 return notify::send_digests(db, env.public_url, now);
               }});
  t.push_back({"password_reset.process", "Gửi liên kết đặt lại mật khẩu đã được yêu cầu", 5, "",
               [env](store::Db& db, int64_t now) {
                 return process_reset_requests(db, env.public_url, now);
               }});
  t.push_back({"files.collect", "Dọn tệp tạm và nội dung tệp không còn dùng", 3600, "",
               [env](store::Db& db, int64_t now) { return collect_files(db, *env.blobs, now); }});
  t.push_back({"sessions.purge", "Xóa phiên đăng nhập đã hết hạn", 0, "03:00",
               [env](store::Db& db, int64_t now) -> Result<std::string> {
                 ATGT_ASSIGN_OR_RETURN(
                     int64_t n,
                     store::purge_sessions(
                         db, now - int64_t{env.session_idle_minutes} * 60 * kMicrosPerSecond,
                         now - int64_t{env.session_absolute_hours} * 3600 * kMicrosPerSecond));
                 return "xóa " + std::to_string(n) + " phiên";
               }});
  t.push_back({"notices.escalate", "Chuyển thông báo vi phạm quá hạn xử lý lên đơn vị quản lý", 0,
               "07:30", [env](store::Db& db, int64_t now) {
                 return escalate_overdue_notices(db, env.public_url, now);
               }});
  t.push_back({"retention.purge", "Xóa dữ liệu cá nhân quá thời hạn lưu trữ", 0, "02:30",
               [](store::Db& db, int64_t now) -> Result<std::string> {
                 ATGT_ASSIGN_OR_RETURN(int days, store::personal_data_days(db));
                 ATGT_ASSIGN_OR_RETURN(auto counts, store::purge_personal_data(db, now, days));
                 std::string out = "thời hạn " + std::to_string(days) + " ngày:";
                 for (const auto& [table, n] : counts)
                   out += " " + table + " " + std::to_string(n) + ";";
                 return out;
               }});
  return t;
}

}  // namespace atgt::jobs
