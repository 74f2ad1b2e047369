// Jobs: queue, list (own), read with progress, retry a failed one; the users import preview.
// Every job belongs to the user who started it; nobody else sees it or its files.
#include "api/jobs_api.h"

#include "api/common.h"
#include "api/files_api.h"
#include "api/handlers.h"
#include "api/nouns.h"
#include "api/services.h"
#include "base/csv.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/user_import.h"
#include "jobs/runner.h"
#include "model/json_input.h"
#include "store/files_store.h"
#include "store/jobs_store.h"
#include "store/pool.h"
#include "store/units_store.h"
#include "store/users_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

json::value parse_or_null(const std::optional<std::string>& s) {
  if (!s) return nullptr;
  boost::system::error_code ec;
  auto v = json::parse(*s, ec);
  return ec ? json::value(nullptr) : v;
}

Result<json::object> job_json(Ctx& c, store::Db& db, const store::JobRecord& j) {
  const jobs::JobKind* k = jobs::find_kind(j.kind);
  json::value result_file = nullptr, input_file = nullptr;
  if (j.result_file_id) {
    auto f = store::get_file(db, *j.result_file_id);
    if (f.ok()) result_file = file_json(c, *f);
  }
  if (j.input_file_id) {
    auto f = store::get_file(db, *j.input_file_id);
    if (f.ok()) input_file = file_json(c, *f);
  }
  auto opt_time = [](const std::optional<int64_t>& t) -> json::value {
    return t ? json::value(iso_utc(*t)) : nullptr;
  };
  return json::object{{"id", j.id},
                      {"kind", j.kind},
                      {"title", k ? k->title_vi : j.kind},
                      {"status", j.status},
                      {"percent", j.percent},
                      {"rows_done", j.rows_done},
                      {"rows_total", j.rows_total ? json::value(*j.rows_total) : nullptr},
                      {"step", j.step ? json::value(*j.step) : nullptr},
                      {"result", parse_or_null(j.result_json)},
                      {"error", parse_or_null(j.error_json)},
                      {"result_file", result_file},
                      {"input_file", input_file},
                      {"attempts", j.attempts},
                      {"created_at", iso_utc(j.created_at)},
                      {"started_at", opt_time(j.started_at)},
                      {"finished_at", opt_time(j.finished_at)}};
}

Result<store::JobRecord> own_job(Ctx& c, store::Db& db) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto j, store::get_job(db, id));
  if (j.user_id != c.me().user_id) return NotFound("Không tìm thấy công việc.");
  return j;
}

// A staged upload of the caller's that is a CSV file.
Result<store::FileRecord> own_csv_upload(Ctx& c, store::Db& db, int64_t file_id) {
  auto f = store::get_file(db, file_id);
  if (!f.ok() || f->owner_kind != "upload" || f->uploaded_by != c.me().user_id)
    return Invalid().with_field(
        "file_id", "Không tìm thấy tệp đã tải lên (tệp có thể đã bị xóa); hãy tải lên lại.");
  if (f->mime.rfind("text/csv", 0) != 0)
    return Invalid().with_field("file_id", "Cần tệp CSV (UTF-8).");
  return f;
}

// A job's input and result files: read by the job's owner only, never deleted by hand.
Status read_job_file(Ctx& c, store::Db& db, const store::FileRecord& f) {
  ATGT_ASSIGN_OR_RETURN(auto job, store::get_job(db, f.owner_id));
  return job.user_id == c.me().user_id ? Status::Ok() : NotFound();
}

bool never(const Principal&, const store::FileRecord&) { return false; }

Result<int64_t> count_failed_jobs(Ctx& c, store::Db& db) {
  return store::count_failed_jobs(db, c.me().user_id, now_micros() - 7 * 86400 * kMicrosPerSecond);
}

}  // namespace

Status register_jobs(Nouns& n) {
  ATGT_TRY(n.add_file_owner({"job_input", read_job_file, never}));
  ATGT_TRY(n.add_file_owner({"job_result", read_job_file, never, "job_id"}));
  return n.add_home_item({"jobs_failed", "Công việc không thành công trong 7 ngày qua", "/jobs",
                          std::nullopt, count_failed_jobs});
}

Result<int64_t> start_job(Ctx& c, store::Db& db, const std::string& kind,
                          std::optional<int64_t> input_file_id, const json::object& params) {
  store::JobRecord j;
  j.kind = kind;
  j.user_id = c.me().user_id;
  j.unit_id = c.me().unit_id;
  j.params_json = json::serialize(params);
  j.input_file_id = input_file_id;
  j.created_at = now_micros();
  store::Tx tx(db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(int64_t id, store::insert_job(db, j));
  if (input_file_id) ATGT_TRY(store::move_file(db, *input_file_id, "job_input", id));
  ATGT_TRY(audit(c, db, "start", "job", std::to_string(id), json::object{{"kind", kind}}));
  ATGT_TRY(tx.commit());
  if (c.svc.jobs) c.svc.jobs->notify();
  return id;
}

Result<Reply> list_jobs(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto list, store::jobs_of_user(*db, c.me().user_id, 100));
  json::array out;
  for (const auto& j : list) {
    ATGT_ASSIGN_OR_RETURN(auto o, job_json(c, *db, j));
    out.push_back(std::move(o));
  }
  return json_reply(json::object{{"jobs", std::move(out)}});
}

Result<Reply> get_job(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto j, own_job(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto o, job_json(c, *db, j));
  return json_reply(json::object{{"job", std::move(o)}});
}

Result<Reply> create_job(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto kind = in.str("kind", true, 40);
  auto file_id = in.i64("file_id", false);
  auto params = in.object("params", false);
  if (kind && !jobs::find_kind(*kind)) in.error("kind", "Loại công việc không được hỗ trợ.");
  ATGT_TRY(in.finish());
  // Every kind so far is an administrator's tool.
  if (!has_capability(c.me(), Capability::kManageUsers)) return Forbidden();
  json::object p;
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  if (*kind == "users_import") {
    if (!file_id) return Invalid().with_field("file_id", "Hãy chọn tệp CSV danh sách tài khoản.");
    ATGT_TRY(own_csv_upload(c, *db, *file_id));
  } else if (*kind == "audit_export") {
    if (file_id) return Invalid().with_field("file_id", "Công việc này không cần tệp.");
    if (params) {
      ATGT_ASSIGN_OR_RETURN(auto pr, model::reader_for(*params));
      auto entity = pr.str("entity", false, 40);
      auto batch = pr.str("batch_id", false, 80);
      auto from = pr.str("from", false, 10);
      auto to = pr.str("to", false, 10);
      for (auto* d : {&from, &to})
        if (*d && !Date::parse(**d))
          pr.error(d == &from ? "from" : "to", "Ngày không hợp lệ (định dạng YYYY-MM-DD).");
      ATGT_TRY(pr.finish());
      if (entity) p["entity"] = *entity;
      if (batch) p["batch_id"] = *batch;
      if (from) p["from"] = *from;
      if (to) p["to"] = *to;
    }
  }
  ATGT_ASSIGN_OR_RETURN(int64_t id, start_job(c, *db, *kind, file_id, p));
  ATGT_ASSIGN_OR_RETURN(auto j, store::get_job(*db, id));
  ATGT_ASSIGN_OR_RETURN(auto o, job_json(c, *db, j));
  return json_reply(json::object{{"job", std::move(o)}}, 201);
}

Result<Reply> retry_job(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto j, own_job(c, *db));
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::requeue_job(*db, j.id));
  ATGT_TRY(audit(c, *db, "retry", "job", std::to_string(j.id), json::object{{"kind", j.kind}}));
  // The answer is the job as the retry left it (queued), read before a runner can take it: read
  // after the commit, a fast runner had sometimes already failed it again (a flaky test).
  ATGT_ASSIGN_OR_RETURN(auto fresh, store::get_job(*db, j.id));
  ATGT_ASSIGN_OR_RETURN(auto o, job_json(c, *db, fresh));
  ATGT_TRY(tx.commit());
  if (c.svc.jobs) c.svc.jobs->notify();
  return json_reply(json::object{{"job", std::move(o)}});
}

Result<Reply> preview_users_import(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto file_id = in.i64("file_id", true);
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto f, own_csv_upload(c, *db, *file_id));
  ATGT_ASSIGN_OR_RETURN(std::string path, c.svc.blobs->path_of(f.sha256));
  ATGT_ASSIGN_OR_RETURN(CsvTable table, read_csv_file(path));
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  UserImportInput pin;
  pin.org = org.get();
  pin.today = today_local().str();
  pin.scope = admin_scope(c.me(), *org, pin.today);
  pin.unit_by_code = [&](const std::string& code) -> int64_t {
    auto id = store::unit_id_by_code(*db, code);
    return id.ok() ? *id : 0;
  };
  pin.login_taken = [&](const std::string& login) {
    return store::find_user_by_login(*db, login).ok();
  };
  ATGT_ASSIGN_OR_RETURN(auto rules, role_rules(*db));
  pin.check_grant = [&](int64_t unit, const std::string& role) {
    return check_role_grant(c.me(), *org, rules, unit, {role}, pin.today);
  };
  ATGT_ASSIGN_OR_RETURN(auto users, plan_user_import(table, pin));
  json::array rows;
  for (const auto& u : users) {
    if (rows.size() >= 100) break;
    const auto* v = org->version_at(u.unit_id, pin.today);
    rows.push_back(json::object{{"row", u.row},
                                {"login", u.login},
                                {"full_name", u.full_name},
                                {"email", u.email},
                                {"role", u.role},
                                {"unit_code", u.unit_code},
                                {"unit_name", v ? v->name : ""}});
  }
  return json_reply(
      json::object{{"count", static_cast<int64_t>(users.size())}, {"rows", std::move(rows)}});
}

}  // namespace atgt::api
