// The home page of each role: what that user must act on now, each item with a count and a link.
// Later capabilities (violation notices, tasks, reviews) add their items here.
#include "api/common.h"
#include "api/handlers.h"
#include "base/time.h"
#include "domain/access.h"
#include "store/jobs_store.h"
#include "store/notifications_store.h"
#include "store/pool.h"
#include "store/units_store.h"
#include "store/users_store.h"

namespace atgt::api {
namespace json = boost::json;

Result<Reply> get_home(Ctx& c) {
  json::array items;
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  if (has_capability(c.me(), Capability::kManageUsers)) {
    ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
    auto scope = admin_scope(c.me(), *org, today_local().str());
    ATGT_ASSIGN_OR_RETURN(auto counts, store::count_pending_and_disabled(*db, scope));
    auto [pending, disabled] = counts;
    if (pending)
      items.push_back(
          json::object{{"kind", "users_pending_first_login"},
                       {"title", "Tài khoản chưa đăng nhập lần đầu (chưa đổi mật khẩu)"},
                       {"count", pending},
                       {"link", "/nguoi-dung"}});
    if (disabled)
      items.push_back(json::object{{"kind", "users_disabled"},
                                   {"title", "Tài khoản đang bị khóa"},
                                   {"count", disabled},
                                   {"link", "/nguoi-dung"}});
  }
  if (has_capability(c.me(), Capability::kEditRegistry)) {
    ATGT_ASSIGN_OR_RETURN(int64_t unverified, store::count_unverified_events(*db));
    if (unverified)
      items.push_back(json::object{{"kind", "registry_unverified"},
                                   {"title", "Sự kiện tổ chức chưa được xác minh nguồn"},
                                   {"count", unverified},
                                   {"link", "/to-chuc"}});
  }
  ATGT_ASSIGN_OR_RETURN(
      int64_t failed_jobs,
      store::count_failed_jobs(*db, c.me().user_id, now_micros() - 7 * 86400 * kMicrosPerSecond));
  if (failed_jobs)
    items.push_back(json::object{{"kind", "jobs_failed"},
                                 {"title", "Công việc không thành công trong 7 ngày qua"},
                                 {"count", failed_jobs},
                                 {"link", "/jobs"}});
  if (c.me().has_role(role::kAdmin)) {
    ATGT_ASSIGN_OR_RETURN(int64_t undelivered, store::count_undelivered_emails(*db));
    if (undelivered)
      items.push_back(json::object{{"kind", "emails_undelivered"},
                                   {"title", "Thư điện tử chưa gửi được"},
                                   {"count", undelivered},
                                   {"link", "/tac-vu-dinh-ky"}});
  }
  return json_reply(json::object{{"items", std::move(items)}});
}

}  // namespace atgt::api
