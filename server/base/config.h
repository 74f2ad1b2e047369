// Configuration from the environment (documented in docs/operations.md). Every subcommand reads
// the same variables.
#pragma once

#include <string>
#include <vector>

#include "base/net.h"

#include "base/status.h"

namespace atgt {

struct Config {
  std::string listen_host = "127.0.0.1";
  int listen_port = 8080;                       // ATGT_LISTEN=host:port
  std::string database_url = "sqlite:var/atgt.db";  // ATGT_DATABASE_URL
  std::string files_dir = "var/files";          // ATGT_FILES_DIR
  std::string log_level = "info";               // ATGT_LOG_LEVEL
  bool secure_cookies = false;                  // ATGT_SECURE_COOKIES=1
  std::string smtp_url;                         // ATGT_SMTP_URL (used by notifications)
  std::string public_url = "http://127.0.0.1:8080";  // ATGT_PUBLIC_URL
  std::string data_dir;    // ATGT_DATA_DIR; default: <repo>/data found from the binary path
  std::string web_dir;     // ATGT_WEB_DIR; default: <repo>/web/dist
  int threads = 0;         // ATGT_THREADS; default: number of cores (I/O threads)
  int workers = 0;         // ATGT_WORKERS; default: 2 x threads, at least 4 (handler threads)
  int session_idle_minutes = 120;      // ATGT_SESSION_IDLE_MINUTES
  int session_absolute_hours = 12;     // ATGT_SESSION_ABSOLUTE_HOURS
  // Admission limits of the HTTP shell (http::ServerOptions): ATGT_MAX_CONNECTIONS,
  // ATGT_MAX_ANONYMOUS_CONNECTIONS_PER_CLIENT, ATGT_MAX_BODY_INFLIGHT_MB,
  // ATGT_MAX_BODY_INFLIGHT_PER_CLIENT_MB.
  int max_connections = 16384;
  int max_anonymous_connections_per_client = 2048;
  int max_body_inflight_mb = 512;
  int max_body_inflight_per_client_mb = 128;
  std::vector<Cidr> trusted_proxies;   // ATGT_TRUSTED_PROXIES: addresses or CIDRs whose
                                       // X-Forwarded-For is believed (empty by default)
  bool print_demo_logins = false;      // ATGT_DEMO=1: a demo installation: seed-demo creates the
                                       // demo accounts, serve prints the DEMO lines and accepts
                                       // their published passwords
  int upload_limit_mb = 25;            // ATGT_UPLOAD_LIMIT_MB: largest accepted upload
  int job_threads = 1;                 // ATGT_JOB_THREADS: jobs run at once by this process
  std::string mail_from = "ATGT Học đường <no-reply@atgt-hocduong.local>";  // ATGT_MAIL_FROM
  int email_interval_seconds = 15;     // ATGT_EMAIL_INTERVAL_SECONDS: outbox delivery period
  int mail_retry_seconds = 60;         // ATGT_MAIL_RETRY_SECONDS: first retry delay (doubles)
  int scheduler_tick_ms = 1000;        // ATGT_SCHEDULER_TICK_MS
  int job_stale_seconds = 15;          // ATGT_JOB_STALE_SECONDS: a running job without heartbeat fails
};

// Reads the environment; `exe_path` (argv[0]) locates the repository for the defaults.
Result<Config> load_config(const char* exe_path);

}  // namespace atgt
