// SQLite online backup, table counts, PostgreSQL snapshots, pg_dump / pg_restore and CREATE
// DATABASE for app/backup.cpp.
#include "store/backup_store.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <memory>

#include "base/process.h"

namespace atgt::store {
namespace {

std::string quote_ident(const std::string& name) {
  std::string s = "\"";
  for (char c : name) s += c == '"' ? std::string("\"\"") : std::string(1, c);
  return s + "\"";
}

struct SqliteHandle {
  sqlite3* db = nullptr;
  ~SqliteHandle() { sqlite3_close_v2(db); }
};

Status run_pg_tool(const std::vector<std::string>& argv, const std::string& what) {
  auto r = run_process(argv);
  if (!r.ok()) return r.status();
  if (r->exit_code != 0)
    return Status(Kind::kInternal, "pg_tool_failed", what + " thất bại: " + r->err);
  return Status::Ok();
}

}  // namespace

bool is_postgres_url(const std::string& url) {
  return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
}

std::string sqlite_path(const std::string& url) {
  if (is_postgres_url(url)) return "";
  return url.rfind("sqlite:", 0) == 0 ? url.substr(7) : url;
}

Status sqlite_snapshot(const std::string& src_path, const std::string& dest_path) {
  SqliteHandle src, dest;
  if (sqlite3_open_v2(src_path.c_str(), &src.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
    return Unavailable("sqlite open " + src_path + ": " + sqlite3_errmsg(src.db));
  sqlite3_busy_timeout(src.db, 10000);
  if (sqlite3_open_v2(dest_path.c_str(), &dest.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                      nullptr) != SQLITE_OK)
    return Internal("sqlite open " + dest_path + ": " + sqlite3_errmsg(dest.db));
  sqlite3_backup* b = sqlite3_backup_init(dest.db, "main", src.db, "main");
  if (!b) return Internal(std::string("sqlite3_backup_init: ") + sqlite3_errmsg(dest.db));
  int rc;
  // All pages in one step: the copy is one read transaction, so one consistent snapshot.
  while ((rc = sqlite3_backup_step(b, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(50);
  sqlite3_backup_finish(b);
  if (rc != SQLITE_DONE) return Internal(std::string("sqlite3_backup_step: ") + sqlite3_errstr(rc));
  char* err = nullptr;
  if (sqlite3_exec(dest.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, &err) != SQLITE_OK) {
    std::string m = err ? err : "";
    sqlite3_free(err);
    return Internal("sqlite journal_mode: " + m);
  }
  return Status::Ok();
}

Result<TableCounts> table_row_counts(Db& db) {
  auto names =
      db.query(db.dialect() == Dialect::kPostgres
                   ? "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                     "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
                   : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                     "LIKE 'sqlite_%' ORDER BY name");
  if (!names.ok()) return names.status();
  TableCounts out;
  for (size_t i = 0; i < names->size(); ++i) {
    std::string t = (*names)[i].str(0);
    ATGT_ASSIGN_OR_RETURN(int64_t n, db.scalar_i64("SELECT COUNT(*) FROM " + quote_ident(t)));
    out.emplace_back(t, n);
  }
  return out;
}

Result<std::vector<std::pair<std::string, int64_t>>> referenced_blobs(Db& db) {
  auto rows = db.query("SELECT sha256, MAX(size) FROM files GROUP BY sha256 ORDER BY sha256");
  if (!rows.ok()) return rows.status();
  std::vector<std::pair<std::string, int64_t>> out;
  for (size_t i = 0; i < rows->size(); ++i) out.emplace_back((*rows)[i].str(0), (*rows)[i].i64(1));
  return out;
}

Result<std::string> begin_exported_snapshot(Db& db) {
  ATGT_TRY(db.exec_script("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
  auto r = db.query("SELECT pg_export_snapshot()");
  if (!r.ok()) return r.status();
  return (*r)[0].str(0);
}

Status end_snapshot(Db& db) {
  return db.rollback();
}

Result<PgLocale> pg_locale(Db& db) {
  auto r = db.query(
      "SELECT CASE datlocprovider WHEN 'i' THEN 'icu' ELSE 'libc' END, datcollate, datctype, "
      "COALESCE(daticulocale, '') FROM pg_database WHERE datname = current_database()");
  if (!r.ok()) return r.status();
  auto row = (*r)[0];
  return PgLocale{row.str(0), row.str(1), row.str(2), row.str(3)};
}

Status pg_dump_to(const std::string& url, const std::string& snapshot, const std::string& dest) {
  return run_pg_tool({"pg_dump", "--format=custom", "--no-owner", "--no-privileges",
                      "--snapshot=" + snapshot, "--file=" + dest, "--dbname=" + url},
                     "pg_dump");
}

Status pg_restore_from(const std::string& url, const std::string& dump) {
  return run_pg_tool({"pg_restore", "--single-transaction", "--exit-on-error", "--clean",
                      "--if-exists", "--no-owner", "--no-privileges", "--dbname=" + url, dump},
                     "pg_restore");
}

namespace {

using PgConn = std::unique_ptr<PGconn, void (*)(PGconn*)>;
using PgRes = std::unique_ptr<PGresult, void (*)(PGresult*)>;

// A connection to the "postgres" database of the server named in `url`; sets `dbname` to the
// database the URL names.
Result<PgConn> maintenance_connection(const std::string& url, std::string& dbname) {
  char* err = nullptr;
  std::unique_ptr<PQconninfoOption, void (*)(PQconninfoOption*)> opts(
      PQconninfoParse(url.c_str(), &err), PQconninfoFree);
  if (!opts) {
    std::string m = err ? err : "";
    PQfreemem(err);
    return Invalid("ATGT_DATABASE_URL không hợp lệ: " + m);
  }
  std::vector<const char*> keys, vals;
  for (auto* o = opts.get(); o->keyword; ++o) {
    if (!o->val) continue;
    if (std::string(o->keyword) == "dbname") {
      dbname = o->val;
      continue;
    }
    keys.push_back(o->keyword);
    vals.push_back(o->val);
  }
  if (dbname.empty()) return Invalid("ATGT_DATABASE_URL không có tên cơ sở dữ liệu.");
  keys.push_back("dbname");
  vals.push_back("postgres");
  keys.push_back(nullptr);
  vals.push_back(nullptr);
  PgConn conn(PQconnectdbParams(keys.data(), vals.data(), 0), PQfinish);
  if (PQstatus(conn.get()) != CONNECTION_OK)
    return Unavailable(std::string("PostgreSQL: ") + PQerrorMessage(conn.get()));
  return conn;
}

Result<bool> database_exists(PGconn* conn, const std::string& dbname) {
  const char* params[1] = {dbname.c_str()};
  PgRes exists(PQexecParams(conn, "SELECT 1 FROM pg_database WHERE datname = $1", 1, nullptr,
                            params, nullptr, nullptr, 0),
               PQclear);
  if (PQresultStatus(exists.get()) != PGRES_TUPLES_OK)
    return Unavailable(std::string("PostgreSQL: ") + PQerrorMessage(conn));
  return PQntuples(exists.get()) > 0;
}

}  // namespace

Result<bool> pg_database_exists(const std::string& url) {
  std::string dbname;
  ATGT_ASSIGN_OR_RETURN(auto conn, maintenance_connection(url, dbname));
  return database_exists(conn.get(), dbname);
}

Result<bool> pg_create_database_if_missing(const std::string& url, const PgLocale& locale) {
  std::string dbname;
  ATGT_ASSIGN_OR_RETURN(auto conn, maintenance_connection(url, dbname));
  ATGT_ASSIGN_OR_RETURN(bool exists, database_exists(conn.get(), dbname));
  if (exists) return false;
  auto literal = [&](const std::string& s) {
    char* e = PQescapeLiteral(conn.get(), s.c_str(), s.size());
    std::string out = e ? e : "''";
    PQfreemem(e);
    return out;
  };
  char* ident = PQescapeIdentifier(conn.get(), dbname.c_str(), dbname.size());
  std::string sql = std::string("CREATE DATABASE ") + (ident ? ident : "\"\"") +
                    " TEMPLATE template0 ENCODING 'UTF8'";
  PQfreemem(ident);
  if (!locale.collate.empty())
    sql += " LC_COLLATE " + literal(locale.collate) + " LC_CTYPE " + literal(locale.ctype);
  if (locale.provider == "icu" && !locale.icu_locale.empty())
    sql += " LOCALE_PROVIDER icu ICU_LOCALE " + literal(locale.icu_locale);
  std::unique_ptr<PGresult, void (*)(PGresult*)> created(PQexec(conn.get(), sql.c_str()), PQclear);
  if (PQresultStatus(created.get()) != PGRES_COMMAND_OK)
    return Status(Kind::kInternal, "create_database_failed",
                  "Không tạo được cơ sở dữ liệu " + dbname + ": " + PQerrorMessage(conn.get()));
  return true;
}

}  // namespace atgt::store
