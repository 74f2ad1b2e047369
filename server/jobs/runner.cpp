// The job runner (see runner.h).
#include "jobs/runner.h"

#include <unistd.h>

#include "base/crypto.h"
#include "base/log.h"
#include "base/time.h"
#include "notify/notify.h"

namespace atgt::jobs {
namespace json = boost::json;
namespace {

std::string error_json(const Status& st) {
  json::object e{{"code", st.code()}, {"message", st.message()}};
  if (!st.rows().empty()) {
    json::array rows;
    for (const auto& r : st.rows())
      rows.push_back(json::object{{"row", r.row}, {"column", r.column}, {"message", r.message}});
    e["rows"] = std::move(rows);
  }
  return json::serialize(e);
}

}  // namespace

Status interrupted() {
  return {Kind::kUnavailable, "interrupted",
          "Công việc bị gián đoạn do máy chủ dừng hoặc khởi động lại. Hãy chạy lại."};
}

Status Context::progress(int percent, int64_t rows_done, std::optional<int64_t> rows_total,
                         const std::string& step) {
  if (stopping_) return interrupted();
  int64_t now = now_micros();
  if (step == last_step_ && now - last_write_ < 250'000) return Status::Ok();
  last_write_ = now;
  last_step_ = step;
  store::JobProgress p{std::clamp(percent, 0, 100), rows_done, rows_total, step};
  ATGT_ASSIGN_OR_RETURN(bool mine, store::update_job_progress(db_, job_.id, runner_, p, now));
  if (!mine) return interrupted();
  return Status::Ok();
}

Runner::Runner(store::Pool& pool, const files::BlobStore& blobs, PasswordHasher& hasher,
               const PasswordPolicy& policy, RunnerOptions opt)
    : pool_(pool), blobs_(blobs), hasher_(hasher), policy_(policy), opt_(opt) {
  char host[64] = {0};
  ::gethostname(host, sizeof host - 1);
  id_ = std::string(host) + ":" + std::to_string(::getpid()) + ":" + random_token(6);
}

Runner::~Runner() {
  stop();
}

void Runner::start() {
  for (int i = 0; i < opt_.threads; ++i) threads_.emplace_back([this] { loop(); });
  threads_.emplace_back([this] { heartbeat_loop(); });
}

void Runner::notify() {
  {
    std::lock_guard lock(mu_);
    wake_ = true;
  }
  cv_.notify_all();
}

void Runner::stop() {
  if (threads_.empty()) return;
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  for (auto& t : threads_) t.join();
  threads_.clear();
  auto db = pool_.acquire(std::chrono::seconds(5));
  if (db.ok()) {
    auto n = store::fail_runner_jobs(**db, id_, error_json(interrupted()), now_micros());
    if (n.ok() && *n > 0) log::warn("jobs_interrupted", {{"count", std::to_string(*n)}});
  }
}

void Runner::heartbeat_loop() {
  while (!stopping_) {
    {
      std::unique_lock lock(mu_);
      cv_.wait_for(lock, std::chrono::seconds(2), [this] { return stopping_.load(); });
    }
    if (stopping_) break;
    auto db = pool_.acquire(std::chrono::seconds(2));
    if (!db.ok()) continue;
    int64_t now = now_micros();
    (void)store::heartbeat_jobs(**db, id_, now);
    auto n =
        store::fail_stale_jobs(**db, now - opt_.stale_after_micros, error_json(interrupted()), now);
    if (n.ok() && *n > 0) log::warn("jobs_stale_failed", {{"count", std::to_string(*n)}});
  }
}

void Runner::loop() {
  while (!stopping_) {
    bool ran = false;
    {
      auto db = pool_.acquire(std::chrono::seconds(2));
      if (db.ok()) {
        auto job = store::claim_job(**db, id_, now_micros());
        if (job.ok() && job->has_value()) {
          run_one(**db, **job);
          ran = true;
        }
      }
    }
    if (ran) continue;
    std::unique_lock lock(mu_);
    cv_.wait_for(lock, std::chrono::seconds(1), [this] { return wake_ || stopping_.load(); });
    wake_ = false;
  }
}

void Runner::tell_owner(store::Db& db, const store::JobRecord& job, bool ok,
                        const std::string& message) {
  const JobKind* kind = find_kind(job.kind);
  notify::Message m;
  m.template_code = ok ? "job_done" : "job_failed";
  m.vars = {{"job_title", kind ? kind->title_vi : job.kind},
            {"job_id", std::to_string(job.id)},
            {"message", message}};
  m.link = "/jobs/" + std::to_string(job.id);
  m.entity = "job";
  m.entity_id = std::to_string(job.id);
  auto st = notify::notify_user(db, job.user_id, m, opt_.public_url, now_micros());
  if (!st.ok())
    log::warn("job_notify_failed", {{"job", std::to_string(job.id)}, {"error", st.code()}});
}

void Runner::run_one(store::Db& db, const store::JobRecord& job) {
  log::info("job_started", {{"job", std::to_string(job.id)}, {"kind", job.kind}});
  const JobKind* kind = find_kind(job.kind);
  Result<Outcome> out = Invalid("Loại công việc không được hỗ trợ.");
  if (kind) {
    Context ctx(db, job, id_, blobs_, hasher_, policy_, stopping_);
    try {
      out = kind->run(ctx);
    } catch (const std::exception& e) {
      out = Internal(std::string("job exception: ") + e.what());
    }
  }
  int64_t now = now_micros();
  if (!out.ok()) {
    if (out.status().code() == "interrupted") return;  // marked failed by stop() or as stale
    log::info("job_failed", {{"job", std::to_string(job.id)}, {"error", out.status().code()}});
    auto mine = store::finish_job(db, job.id, id_, false, std::nullopt, std::nullopt,
                                  error_json(out.status()), now);
    if (mine.ok() && *mine) tell_owner(db, job, false, out.status().message());
    return;
  }
  std::optional<int64_t> file_id;
  if (out->file) {
    auto blob = blobs_.put(out->file->bytes);
    if (!blob.ok()) {
      (void)store::finish_job(db, job.id, id_, false, std::nullopt, std::nullopt,
                              error_json(blob.status()), now);
      return;
    }
    store::FileRecord f;
    f.sha256 = blob->sha256;
    f.size = static_cast<int64_t>(blob->size);
    f.mime = out->file->mime;
    f.name = out->file->name;
    f.owner_kind = "job_result";
    f.owner_id = job.id;
    f.uploaded_by = job.user_id;
    f.uploaded_at = now;
    if (out->file->keep_micros) f.expires_at = now + *out->file->keep_micros;
    auto id = store::insert_file(db, f);
    if (id.ok()) file_id = *id;
  }
  auto mine = store::finish_job(db, job.id, id_, true, json::serialize(out->summary), file_id,
                                std::nullopt, now);
  if (mine.ok() && *mine) {
    auto* msg = out->summary.if_contains("message");
    tell_owner(db, job, true, msg && msg->is_string() ? std::string(msg->as_string()) : "");
  }
  log::info("job_done", {{"job", std::to_string(job.id)}, {"kind", job.kind}});
}

}  // namespace atgt::jobs
