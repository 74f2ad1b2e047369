// The scheduler seen by administrators: the tasks with their schedule and last run, recent runs,
// "run now", and the email outbox (what waits, what failed and why).
#include "api/common.h"
#include "api/handlers.h"
#include "api/nouns.h"
#include "api/services.h"
#include "base/time.h"
#include "domain/access.h"
#include "store/notifications_store.h"
#include "store/pool.h"
#include "store/scheduler_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

json::value opt_time(const std::optional<int64_t>& t) {
  return t ? json::value(iso_utc(*t)) : nullptr;
}

std::string title_of(Ctx& c, const std::string& name) {
  if (c.svc.scheduler)
    for (const auto& t : c.svc.scheduler->tasks())
      if (t.name == name) return t.title_vi;
  return name;
}

json::object run_json(const store::RunRow& r) {
  return json::object{{"id", r.id},
                      {"task", r.task},
                      {"instance", r.instance},
                      {"status", r.status},
                      {"started_at", iso_utc(r.started_at)},
                      {"finished_at", opt_time(r.finished_at)},
                      {"summary", r.summary ? json::value(*r.summary) : nullptr}};
}

}  // namespace

Result<Reply> list_scheduled_tasks(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto tasks, store::list_tasks(*db));
  ATGT_ASSIGN_OR_RETURN(auto runs, store::recent_runs(*db, std::nullopt, 50));
  json::array out;
  for (const auto& t : tasks) {
    json::object o{{"name", t.name},
                   {"title", title_of(c, t.name)},
                   {"every_seconds", t.every_seconds ? json::value(*t.every_seconds) : nullptr},
                   {"daily_at", t.daily_at ? json::value(*t.daily_at) : nullptr},
                   {"enabled", t.enabled},
                   {"next_run_at", iso_utc(t.next_run_at)},
                   {"running_on", t.lease_owner ? json::value(*t.lease_owner) : nullptr},
                   {"last_run_at", opt_time(t.last_run_at)},
                   {"last_status", t.last_status ? json::value(*t.last_status) : nullptr}};
    out.push_back(std::move(o));
  }
  json::array rs;
  for (const auto& r : runs) rs.push_back(run_json(r));
  return json_reply(json::object{{"tasks", std::move(out)}, {"runs", std::move(rs)}});
}

Result<Reply> list_task_runs(Ctx& c) {
  std::string name = c.path.at("name");
  ATGT_ASSIGN_OR_RETURN(auto limit, int_param(c, "limit", 1, 200));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto runs,
                        store::recent_runs(*db, name, static_cast<int>(limit.value_or(50))));
  json::array rs;
  for (const auto& r : runs) rs.push_back(run_json(r));
  return json_reply(json::object{{"runs", std::move(rs)}});
}

Result<Reply> run_task_now(Ctx& c) {
  std::string name = c.path.at("name");
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::make_due(*db, name, now_micros()));
  ATGT_TRY(audit(c, *db, "run_now", "scheduler_task", name, {}));
  ATGT_TRY(tx.commit());
  Reply r;
  r.status = 202;
  r.body = json::object{{"message", "Tác vụ sẽ chạy trong vài giây tới."}};
  return r;
}

Result<Reply> list_emails(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(
      auto list, store::recent_emails(*db, 100, admin_scope(c.me(), *org, today_local().str())));
  json::array out;
  for (const auto& m : list)
    out.push_back(json::object{{"id", m.id},
                               {"kind", m.kind},
                               {"to", m.to_addr},
                               {"subject", m.subject},
                               {"status", m.status},
                               {"attempts", m.attempts},
                               {"next_attempt_at", iso_utc(m.next_attempt_at)},
                               {"last_error", m.last_error ? json::value(*m.last_error) : nullptr},
                               {"created_at", iso_utc(m.created_at)},
                               {"sent_at", opt_time(m.sent_at)}});
  return json_reply(json::object{{"emails", std::move(out)}});
}


namespace {
Result<int64_t> count_undelivered(Ctx&, store::Db& db) { return store::count_undelivered_emails(db); }
}  // namespace

Status register_scheduler(Nouns& n) {
  return n.add_home_item({"emails_undelivered", "Thư điện tử chưa gửi được", "/tac-vu-dinh-ky",
                          Capability::kOperateSystem, count_undelivered});
}

}  // namespace atgt::api
