// Subcommand wiring: configuration, logging, the database pool, services, the HTTP server.
#include "app/commands.h"

#include <cstdio>
#include <string>

#include "api/services.h"
#include "app/admin_commands.h"
#include "app/backup.h"
#include "app/dispatch.h"
#include "app/import_command.h"
#include "app/indicator_data.h"
#include "app/legal_data.h"
#include "app/match_command.h"
#include "app/nouns.h"
#include "app/org_reference.h"
#include "app/privacy_register_data.h"
#include "app/reference_data.h"
#include "app/seed_demo.h"
#include "app/static_files.h"
#include "base/config.h"
#include "base/log.h"
#include "http/server.h"
#include "jobs/tasks.h"
#include "notify/notify.h"
#include "store/migrate.h"
#include "store/search_store.h"
#include "store/students_store.h"
#include "store/users_store.h"

namespace atgt::app {
namespace {

constexpr const char* kHelp =
    "atgt — ATGT Học đường server\n"
    "\n"
    "Usage: atgt <command>\n"
    "\n"
    "Commands:\n"
    "  serve       migrate the database, then serve HTTP on ATGT_LISTEN (default 127.0.0.1:8080)\n"
    "  migrate     apply pending schema migrations, load reference data (calendar) into empty "
    "tables\n"
    "  seed-demo   load the demo organisation from data/ (only into an empty database), and with\n"
    "              ATGT_DEMO=1 the demo accounts (their passwords are published)\n"
    "  create-admin --login L --unit CODE [--system] [--name NAME]\n"
    "              create an administrator of a unit (with --system: a system administrator);\n"
    "              password from stdin, or generated and printed once; changed at first login\n"
    "  check       check the registry (cycles, overlapping versions, dangling links); exit 1 on "
    "problems\n"
    "  demo-accounts list|disable\n"
    "              list / disable the accounts that still have a published demo password\n"
    "  demo-logins print the DEMO lines of the demo accounts\n"
    "  import students --school CODE --year 2025-2026 [--encoding auto|utf-8|cp1258|tcvn3|vni]\n"
    "              [--dry-run] FILE\n"
    "              import a school's roster (CSV or XLSX) into ATGT_DATABASE_URL; exit 0 done\n"
    "              (prints inserted=N updated=M), 1 rows have errors (row,column,message on\n"
    "              stderr), 2 the file or an option is unusable; nothing written on 1 or 2\n"
    "  match --roster ROSTER.csv --records RECORDS.csv --out OUT.csv\n"
    "              find the student each police record is about (matched | review |\n"
    "              unmatched, with a score); opens no database\n"
    "  help        this text\n"
    "  backup DIR  back up the database and ATGT_FILES_DIR into the new directory DIR (checked by\n"
    "              SHA-256 in DIR/manifest.json); deletes sibling backups older than the "
    "retention\n"
    "              period of personal data\n"
    "  restore DIR restore a backup into an empty installation (ATGT_DATABASE_URL, "
    "ATGT_FILES_DIR,\n"
    "              created when missing); checks everything first, then applies the retention "
    "purge\n"
    "\n"
    "Configuration (environment): ATGT_LISTEN, ATGT_DATABASE_URL, ATGT_FILES_DIR, ATGT_LOG_LEVEL,\n"
    "ATGT_SECURE_COOKIES, ATGT_SMTP_URL, ATGT_PUBLIC_URL, ATGT_DATA_DIR, ATGT_WEB_DIR, "
    "ATGT_THREADS,\n"
    "ATGT_SESSION_IDLE_MINUTES, ATGT_SESSION_ABSOLUTE_HOURS, ATGT_DEMO, ATGT_UPLOAD_LIMIT_MB, "
    "ATGT_JOB_THREADS,\n"
    "ATGT_MAIL_FROM, ATGT_EMAIL_INTERVAL_SECONDS, ATGT_MAIL_RETRY_SECONDS, "
    "ATGT_SCHEDULER_TICK_MS,\n"
    "ATGT_JOB_STALE_SECONDS.\n"
    "See docs/operations.md.\n";

int fail(const Status& st) {
  std::fprintf(stderr, "atgt: %s", st.message().c_str());
  for (const auto& [f, m] : st.fields()) std::fprintf(stderr, " [%s: %s]", f.c_str(), m.c_str());
  for (const auto& r : st.rows())
    std::fprintf(stderr, " [dòng %d %s: %s]", r.row, r.column.c_str(), r.message.c_str());
  std::fprintf(stderr, "\n");
  return st.kind() == Kind::kInvalid || st.kind() == Kind::kBadRequest ? 2 : 1;
}

Result<std::unique_ptr<api::Services>> make_services(const Config& cfg, int pool_size) {
  auto svc = std::make_unique<api::Services>();
  svc->config = cfg;
  auto pool = store::Pool::create(cfg.database_url, pool_size);
  if (!pool.ok()) return pool.status();
  svc->pool = std::move(pool).value();
  svc->hasher = std::make_unique<PasswordHasher>(std::max(1, cfg.threads));
  ATGT_TRY(svc->policy.load_common(cfg.data_dir + "/common_passwords.txt"));
  svc->blobs = std::make_unique<files::BlobStore>(cfg.files_dir);
  ATGT_TRY(register_nouns(svc->nouns));
  return svc;
}

// Applies pending migrations, then loads reference data the product needs into empty tables.
Status prepare_db(store::Db& db, const Config& cfg) {
  ATGT_TRY(store::migrate(db));
  ATGT_TRY(load_org_reference(db, cfg.data_dir));
  ATGT_TRY(load_reference_data(db, cfg.data_dir));
  ATGT_ASSIGN_OR_RETURN(auto register_loaded, load_privacy_register(db, cfg.data_dir));
  (void)register_loaded;
  ATGT_ASSIGN_OR_RETURN(auto legal, load_legal_codes(db, cfg.data_dir));
  (void)legal;
  ATGT_TRY(load_indicator_catalogue(db, cfg.data_dir));
  ATGT_TRY(store::backfill_search_terms(db));
  ATGT_TRY(store::backfill_student_terms(db));
  ATGT_ASSIGN_OR_RETURN(int t,
                        notify::load_templates(db, cfg.data_dir + "/notification_templates.csv"));
  if (t > 0) log::info("templates_loaded", {{"count", std::to_string(t)}});
  return Status::Ok();
}

int migrate_db(api::Services& svc) {
  auto db = svc.pool->acquire();
  if (!db.ok()) return fail(db.status());
  auto st = prepare_db(**db, svc.config);
  return st.ok() ? 0 : fail(st);
}

int serve(const Config& cfg) {
  int workers = cfg.workers;
  // Handler threads, the job runner (its threads and heartbeat), and two spare connections.
  auto svc = make_services(cfg, workers + cfg.job_threads + 3);
  if (!svc.ok()) return fail(svc.status());
  if (auto st = (*svc)->blobs->init(); !st.ok()) return fail(st);
  if (int rc = migrate_db(**svc)) return rc;
  if (!cfg.print_demo_logins) {
    auto db = (*svc)->pool->acquire();
    if (!db.ok()) return fail(db.status());
    auto published = store::logins_with_published_password(**db);
    if (!published.ok()) return fail(published.status());
    if (!published->empty()) {
      std::string list;
      for (const auto& l : *published) list += (list.empty() ? "" : ", ") + l;
      std::fprintf(
          stderr,
          "atgt: từ chối khởi động: %zu tài khoản vẫn dùng mật khẩu demo đã công bố (%s).\n"
          "      Chạy `atgt demo-accounts disable` (hoặc đổi mật khẩu các tài khoản đó), hoặc đặt\n"
          "      ATGT_DEMO=1 nếu đây là bản chạy thử.\n",
          published->size(), list.c_str());
      return 1;
    }
  }
  if (cfg.print_demo_logins) {
    auto db = (*svc)->pool->acquire();
    if (!db.ok()) return fail(db.status());
    auto st = print_demo_logins(**db, cfg.data_dir);
    if (!st.ok()) return fail(st);
  }
  StaticFiles files(cfg.web_dir);
  if (files.size() == 0) log::warn("web_not_built", {{"dir", cfg.web_dir}});
  http::ServerOptions opt;
  opt.host = cfg.listen_host;
  opt.port = static_cast<uint16_t>(cfg.listen_port);
  opt.io_threads = cfg.threads;
  opt.worker_threads = workers;
  opt.streams_body = streams_body;
  opt.upload_dir = (*svc)->blobs->tmp_dir();
  opt.upload_limit = static_cast<size_t>(cfg.upload_limit_mb) * 1024 * 1024;
  opt.max_connections = static_cast<size_t>(cfg.max_connections);
  opt.max_anonymous_connections_per_client =
      static_cast<size_t>(cfg.max_anonymous_connections_per_client);
  opt.max_body_inflight = static_cast<size_t>(cfg.max_body_inflight_mb) << 20;
  opt.max_body_inflight_per_client = static_cast<size_t>(cfg.max_body_inflight_per_client_mb) << 20;
  api::Services& s = **svc;
  opt.precheck = [&s](http::Request& r) { return precheck(s, r); };
  opt.fast_handler = [&s](http::Request& r) { return dispatch_cached(s, r); };
  jobs::RunnerOptions ropt;
  ropt.threads = cfg.job_threads;
  ropt.public_url = cfg.public_url;
  ropt.stale_after_micros = int64_t{cfg.job_stale_seconds} * 1'000'000;
  s.jobs = std::make_unique<jobs::Runner>(*s.pool, *s.blobs, *s.hasher, s.policy, ropt);
  http::Server server(opt, [&s, &files](http::Request& req) { return dispatch(s, files, req); });
  auto st = server.listen();
  if (!st.ok()) return fail(st);
  log::info("listening",
            {{"address", cfg.listen_host + ":" + std::to_string(server.port())},
             {"database", cfg.database_url.rfind("sqlite", 0) == 0 ? "sqlite" : "postgresql"}});
  std::printf("LISTENING http://%s:%u\n", cfg.listen_host.c_str(), server.port());
  std::fflush(stdout);
  jobs::TaskEnv env;
  env.blobs = s.blobs.get();
  env.delivery.smtp = {cfg.smtp_url, cfg.mail_from};
  env.delivery.retry_base_seconds = cfg.mail_retry_seconds;
  env.public_url = cfg.public_url;
  env.email_every_seconds = cfg.email_interval_seconds;
  env.session_idle_minutes = cfg.session_idle_minutes;
  env.session_absolute_hours = cfg.session_absolute_hours;
  jobs::SchedulerOptions sopt;
  sopt.tick_millis = cfg.scheduler_tick_ms;
  s.scheduler =
      std::make_unique<jobs::Scheduler>(*s.pool, s.jobs->id(), jobs::platform_tasks(env), sopt);
  s.jobs->start();
  s.scheduler->start();
  server.run();
  s.scheduler->stop();
  s.jobs->stop();
  log::flush();
  return 0;
}

}  // namespace

int run_cli(int argc, char** argv) {
  std::string cmd = argc > 1 ? argv[1] : "help";
  if (cmd == "help" || cmd == "--help" || cmd == "-h") {
    std::fputs(kHelp, stdout);
    return 0;
  }
  // Needs no configuration and no database: before load_config, which may refuse settings that
  // only the server uses.
  if (cmd == "match") return match_command(argc, argv);
  auto cfg = load_config(argv[0]);
  if (!cfg.ok()) return fail(cfg.status());
  log::Level level;
  if (!log::parse_level(cfg->log_level, &level))
    return fail(Invalid("ATGT_LOG_LEVEL phải là debug, info, warn hoặc error."));
  log::set_level(level);
  if (cmd == "serve") return serve(*cfg);
  if (cmd == "import") return import_command(argc, argv, *cfg, prepare_db);
  if (cmd == "create-admin" || cmd == "check" || cmd == "demo-accounts") {
    auto svc = make_services(*cfg, 1);
    if (!svc.ok()) return fail(svc.status());
    {
      auto db = (*svc)->pool->acquire();
      if (!db.ok()) return fail(db.status());
      if (auto st = prepare_db(**db, *cfg); !st.ok()) return fail(st);
    }
    if (cmd == "create-admin") return create_admin(**svc, argc, argv);
    if (cmd == "check") return check_registry(**svc);
    return demo_accounts(**svc, argc, argv);
  }
  if (cmd == "migrate" || cmd == "seed-demo" || cmd == "demo-logins") {
    auto svc = make_services(*cfg, 1);
    if (!svc.ok()) return fail(svc.status());
    if (cmd == "migrate") return migrate_db(**svc);
    auto db = (*svc)->pool->acquire();
    if (!db.ok()) return fail(db.status());
    if (cmd == "demo-logins") {
      auto st = print_demo_logins(**db, cfg->data_dir);
      return st.ok() ? 0 : fail(st);
    }
    if (auto st = prepare_db(**db, *cfg); !st.ok()) return fail(st);
    auto r = seed_demo(**db, cfg->data_dir, *(*svc)->hasher, cfg->print_demo_logins);
    if (!r.ok()) return fail(r.status());
    if (r->loaded)
      std::printf("demo data loaded: %d units, %d versions, %d events, %d accounts%s\n", r->units,
                  r->versions, r->events, r->accounts,
                  cfg->print_demo_logins ? "" : " (set ATGT_DEMO=1 to create the demo accounts)");
    else
      std::printf("demo data: the database already has units; nothing loaded\n");
    return 0;
  }
  if (cmd == "backup" || cmd == "restore") {
    std::string dir = argc > 2 ? argv[2] : "";
    auto st = cmd == "backup" ? run_backup(*cfg, dir, stdout) : run_restore(*cfg, dir, stdout);
    log::flush();
    return st.ok() ? 0 : fail(st);
  }
  std::fprintf(stderr, "atgt: unknown command '%s'\n\n%s", cmd.c_str(), kHelp);
  return 2;
}

}  // namespace atgt::app
