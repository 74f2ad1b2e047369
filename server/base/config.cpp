// Environment configuration.
#include "base/config.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <thread>

namespace atgt {
namespace fs = std::filesystem;
namespace {

const char* env(const char* name) {
  const char* v = std::getenv(name);
  return (v && *v) ? v : nullptr;
}

// The repository root: the nearest ancestor of the binary that holds data/org.
std::string find_repo(const char* exe_path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::path(exe_path ? exe_path : "."), ec).parent_path();
  for (int i = 0; i < 5 && !p.empty(); ++i, p = p.parent_path()) {
    if (fs::exists(p / "data" / "org", ec)) return p.string();
    if (p == p.parent_path()) break;
  }
  return fs::current_path(ec).string();
}

bool parse_int(const char* text, int lo, int hi, int* out) {
  char* end = nullptr;
  long v = std::strtol(text, &end, 10);
  if (!end || *end || v < lo || v > hi) return false;
  *out = static_cast<int>(v);
  return true;
}

}  // namespace

Result<Config> load_config(const char* exe_path) {
  Config c;
  if (const char* v = env("ATGT_LISTEN")) {
    std::string s(v);
    auto colon = s.rfind(':');
    if (colon == std::string::npos || !parse_int(s.c_str() + colon + 1, 0, 65535, &c.listen_port))
      return Invalid("ATGT_LISTEN phải có dạng host:port, ví dụ 127.0.0.1:8080.");
    c.listen_host = s.substr(0, colon);
  }
  if (const char* v = env("ATGT_DATABASE_URL")) c.database_url = v;
  if (const char* v = env("ATGT_FILES_DIR")) c.files_dir = v;
  if (const char* v = env("ATGT_LOG_LEVEL")) c.log_level = v;
  if (const char* v = env("ATGT_SECURE_COOKIES"))
    c.secure_cookies = std::string(v) == "1" || std::string(v) == "true";
  if (const char* v = env("ATGT_SMTP_URL")) c.smtp_url = v;
  if (const char* v = env("ATGT_PUBLIC_URL")) c.public_url = v;
  if (const char* v = env("ATGT_DEMO")) c.print_demo_logins = std::string(v) == "1";
  if (const char* v = env("ATGT_MAX_CONNECTIONS"); v && !parse_int(v, 64, 1000000, &c.max_connections))
    return Invalid("ATGT_MAX_CONNECTIONS phải là số từ 64 đến 1.000.000.");
  if (const char* v = env("ATGT_MAX_ANONYMOUS_CONNECTIONS_PER_CLIENT");
      v && !parse_int(v, 1024, 1000000, &c.max_anonymous_connections_per_client))
    return Invalid("ATGT_MAX_ANONYMOUS_CONNECTIONS_PER_CLIENT phải là số từ 1.024 đến 1.000.000.");
  if (const char* v = env("ATGT_MAX_BODY_INFLIGHT_MB"); v && !parse_int(v, 1, 65536, &c.max_body_inflight_mb))
    return Invalid("ATGT_MAX_BODY_INFLIGHT_MB phải là số từ 1 đến 65.536.");
  if (const char* v = env("ATGT_MAX_BODY_INFLIGHT_PER_CLIENT_MB");
      v && !parse_int(v, 1, 65536, &c.max_body_inflight_per_client_mb))
    return Invalid("ATGT_MAX_BODY_INFLIGHT_PER_CLIENT_MB phải là số từ 1 đến 65.536.");
  if (const char* v = env("ATGT_TRUSTED_PROXIES")) {
    auto list = parse_cidr_list(v);
    if (!list)
      return Invalid("ATGT_TRUSTED_PROXIES phải là danh sách địa chỉ IP hoặc dải CIDR, cách nhau bởi dấu phẩy "
                     "(ví dụ 127.0.0.1,10.0.0.0/8).");
    c.trusted_proxies = std::move(*list);
  }
  std::string repo = find_repo(exe_path);
  c.data_dir = env("ATGT_DATA_DIR") ? env("ATGT_DATA_DIR") : repo + "/data";
  c.web_dir = env("ATGT_WEB_DIR") ? env("ATGT_WEB_DIR") : repo + "/web/dist";
  c.threads = static_cast<int>(std::thread::hardware_concurrency());
  if (c.threads < 1) c.threads = 2;
  if (const char* v = env("ATGT_THREADS"); v && !parse_int(v, 1, 256, &c.threads))
    return Invalid("ATGT_THREADS phải là số từ 1 đến 256.");
  c.workers = std::max(4, c.threads * 2);
  if (const char* v = env("ATGT_WORKERS"); v && !parse_int(v, 1, 512, &c.workers))
    return Invalid("ATGT_WORKERS phải là số từ 1 đến 512.");
  if (const char* v = env("ATGT_SESSION_IDLE_MINUTES");
      v && !parse_int(v, 1, 7 * 24 * 60, &c.session_idle_minutes))
    return Invalid("ATGT_SESSION_IDLE_MINUTES không hợp lệ.");
  if (const char* v = env("ATGT_SESSION_ABSOLUTE_HOURS");
      v && !parse_int(v, 1, 24 * 30, &c.session_absolute_hours))
    return Invalid("ATGT_SESSION_ABSOLUTE_HOURS không hợp lệ.");
  if (const char* v = env("ATGT_UPLOAD_LIMIT_MB"); v && !parse_int(v, 1, 1024, &c.upload_limit_mb))
    return Invalid("ATGT_UPLOAD_LIMIT_MB phải là số từ 1 đến 1024.");
  if (const char* v = env("ATGT_JOB_THREADS"); v && !parse_int(v, 1, 16, &c.job_threads))
    return Invalid("ATGT_JOB_THREADS phải là số từ 1 đến 16.");
  if (const char* v = env("ATGT_MAIL_FROM")) c.mail_from = v;
  if (const char* v = env("ATGT_EMAIL_INTERVAL_SECONDS");
      v && !parse_int(v, 1, 3600, &c.email_interval_seconds))
    return Invalid("ATGT_EMAIL_INTERVAL_SECONDS phải là số từ 1 đến 3600.");
  if (const char* v = env("ATGT_MAIL_RETRY_SECONDS");
      v && !parse_int(v, 1, 3600, &c.mail_retry_seconds))
    return Invalid("ATGT_MAIL_RETRY_SECONDS phải là số từ 1 đến 3600.");
  if (const char* v = env("ATGT_SCHEDULER_TICK_MS");
      v && !parse_int(v, 50, 60000, &c.scheduler_tick_ms))
    return Invalid("ATGT_SCHEDULER_TICK_MS phải là số từ 50 đến 60000.");
  if (const char* v = env("ATGT_JOB_STALE_SECONDS");
      v && !parse_int(v, 3, 3600, &c.job_stale_seconds))
    return Invalid("ATGT_JOB_STALE_SECONDS phải là số từ 3 đến 3600.");
  return c;
}

}  // namespace atgt
