// SQLite driver: WAL, synchronous=NORMAL, foreign keys on, busy timeout, a 32 MB page cache and a
// per-connection cache of prepared statements keyed by SQL text.
#include <sqlite3.h>

#include <string>
#include <unordered_map>

#include "store/db.h"

namespace atgt::store {
namespace {

int hint_for(int code) {
  int ext = code;
  if (ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY) return kHintUnique;
  if (ext == SQLITE_CONSTRAINT_FOREIGNKEY) return kHintForeignKey;
  if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED) return kHintUnavailable;
  return kHintOther;
}

class SqliteDb final : public Db {
 public:
  explicit SqliteDb(sqlite3* db) : db_(db) {}
  ~SqliteDb() override {
    for (auto& [sql, st] : cache_) sqlite3_finalize(st);
    sqlite3_close_v2(db_);
  }

  Dialect dialect() const override { return Dialect::kSqlite; }

  Status exec_script(std::string_view sql) override {
    std::string s(sql);
    char* err = nullptr;
    int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      std::string msg = err ? err : sqlite3_errstr(rc);
      sqlite3_free(err);
      return db_error(msg, sql, hint_for(sqlite3_extended_errcode(db_)));
    }
    return Status::Ok();
  }

  Result<Rows> query(std::string_view sql, const Params& params) override {
    Rows rows;
    auto st = run(sql, params, &rows);
    if (!st.ok()) return st;
    return rows;
  }

  Result<int64_t> execute(std::string_view sql, const Params& params) override {
    auto st = run(sql, params, nullptr);
    if (!st.ok()) return st;
    return static_cast<int64_t>(sqlite3_changes64(db_));
  }

  Status begin() override { return exec_script("BEGIN IMMEDIATE"); }
  Status commit() override { return exec_script("COMMIT"); }
  Status rollback() override { return exec_script("ROLLBACK"); }
  bool healthy() override { return true; }

 private:
  Result<sqlite3_stmt*> prepare(std::string_view sql) {
    auto it = cache_.find(std::string(sql));
    if (it != cache_.end()) return it->second;
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &st, nullptr);
    if (rc != SQLITE_OK) return db_error(sqlite3_errmsg(db_), sql, hint_for(rc));
    cache_.emplace(std::string(sql), st);
    return st;
  }

  Status run(std::string_view sql, const Params& params, Rows* out) {
    auto prepared = prepare(sql);
    if (!prepared.ok()) return prepared.status();
    sqlite3_stmt* st = prepared.value();
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    for (size_t i = 0; i < params.size(); ++i) {
      int idx = static_cast<int>(i + 1);
      const Value& v = params[i];
      if (auto p = std::get_if<int64_t>(&v)) sqlite3_bind_int64(st, idx, *p);
      else if (auto p = std::get_if<double>(&v)) sqlite3_bind_double(st, idx, *p);
      else if (auto p = std::get_if<std::string>(&v))
        sqlite3_bind_text(st, idx, p->data(), static_cast<int>(p->size()), SQLITE_TRANSIENT);
      else sqlite3_bind_null(st, idx);
    }
    int ncol = sqlite3_column_count(st);
    if (out) {
      out->columns.clear();
      for (int c = 0; c < ncol; ++c) out->columns.emplace_back(sqlite3_column_name(st, c));
    }
    for (;;) {
      int rc = sqlite3_step(st);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        int ext = sqlite3_extended_errcode(db_);
        std::string msg = sqlite3_errmsg(db_);
        sqlite3_reset(st);
        return db_error(msg, sql, hint_for(ext));
      }
      if (!out) continue;
      std::vector<Value> row;
      row.reserve(ncol);
      for (int c = 0; c < ncol; ++c) {
        switch (sqlite3_column_type(st, c)) {
          case SQLITE_INTEGER: row.emplace_back(static_cast<int64_t>(sqlite3_column_int64(st, c))); break;
          case SQLITE_FLOAT: row.emplace_back(sqlite3_column_double(st, c)); break;
          case SQLITE_NULL: row.emplace_back(std::monostate{}); break;
          default: {
            const auto* txt = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
            row.emplace_back(std::string(txt, sqlite3_column_bytes(st, c)));
          }
        }
      }
      out->data.push_back(std::move(row));
    }
    sqlite3_reset(st);
    return Status::Ok();
  }

  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace

Result<std::unique_ptr<Db>> open_sqlite(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return Unavailable("sqlite open " + path + ": " + msg);
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, 10000);
  auto conn = std::make_unique<SqliteDb>(db);
  auto st = conn->exec_script(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
      "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768;");
  if (!st.ok()) return st;
  return std::unique_ptr<Db>(std::move(conn));
}

}  // namespace atgt::store
