// The one database interface every store file uses, with two drivers: SQLite (embedded default)
// and PostgreSQL (libpq). SQL is written once with '?' placeholders; the PostgreSQL driver
// rewrites them to $1..$n. Statements are prepared once per connection and cached.
//
// Threading: a Db is one connection and is used by one thread at a time (the Pool hands it out).
// Values: NULL, 64-bit integer, double or UTF-8 text. Times are stored as integer microseconds
// since the epoch (UTC) and plain dates as 'YYYY-MM-DD' text, identically on both databases.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/status.h"

namespace atgt::store {

enum class Dialect { kSqlite, kPostgres };

using Value = std::variant<std::monostate, int64_t, double, std::string>;
using Params = std::vector<Value>;

inline Value null_value() {
  return std::monostate{};
}
template <typename T>
Value opt(const std::optional<T>& v) {
  if (!v) return std::monostate{};
  return Value(*v);
}

class Row {
 public:
  explicit Row(const std::vector<Value>* cells) : cells_(cells) {}
  bool is_null(size_t i) const { return std::holds_alternative<std::monostate>((*cells_)[i]); }
  int64_t i64(size_t i) const;  // NULL -> 0; text is parsed
  double f64(size_t i) const;
  std::string str(size_t i) const;  // NULL -> ""; numbers are formatted
  std::optional<int64_t> opt_i64(size_t i) const;
  std::optional<double> opt_f64(size_t i) const;
  std::optional<std::string> opt_str(size_t i) const;
  const Value& at(size_t i) const { return (*cells_)[i]; }

 private:
  const std::vector<Value>* cells_;
};

struct Rows {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> data;
  size_t size() const { return data.size(); }
  bool empty() const { return data.empty(); }
  Row operator[](size_t i) const { return Row(&data[i]); }
};

// Reads a row's cells left to right, so that a reader follows its SELECT list without numbering
// the columns: `Cursor c(row); f.id = c.i64(); f.name = c.str(); f.deleted_at = c.opt_i64();`.
class Cursor {
 public:
  explicit Cursor(Row row) : row_(row) {}
  bool is_null() const { return row_.is_null(next_); }  // the next cell, without moving
  int64_t i64() { return row_.i64(next_++); }
  double f64() { return row_.f64(next_++); }
  std::string str() { return row_.str(next_++); }
  bool flag() { return row_.i64(next_++) != 0; }
  std::optional<int64_t> opt_i64() { return row_.opt_i64(next_++); }
  std::optional<double> opt_f64() { return row_.opt_f64(next_++); }
  std::optional<std::string> opt_str() { return row_.opt_str(next_++); }
  void skip(size_t n = 1) { next_ += n; }
  size_t position() const { return next_; }

 private:
  Row row_;
  size_t next_ = 0;
};

// "?,?,?" for an IN (...) list of `values`, which are appended to `params`; "NULL" (matching
// nothing) for an empty list.
template <typename T>
std::string in_list(const std::vector<T>& values, std::vector<Value>& params) {
  if (values.empty()) return "NULL";
  std::string out;
  out.reserve(values.size() * 2);
  for (const auto& v : values) {
    out += out.empty() ? "?" : ",?";
    params.push_back(Value(v));
  }
  return out;
}

// Every row converted by `read` (a function of Row), in order.
template <typename F>
auto map_rows(const Rows& rows, F read) -> std::vector<decltype(read(rows[0]))> {
  std::vector<decltype(read(rows[0]))> out;
  out.reserve(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) out.push_back(read(rows[i]));
  return out;
}

class Db {
 public:
  virtual ~Db() = default;
  virtual Dialect dialect() const = 0;
  // Runs SQL text without parameters; may hold several statements (migrations, pragmas).
  virtual Status exec_script(std::string_view sql) = 0;
  // Runs one statement; returns its rows (SELECT or ... RETURNING).
  virtual Result<Rows> query(std::string_view sql, const Params& params = {}) = 0;
  // Runs one statement; returns the number of rows changed.
  virtual Result<int64_t> execute(std::string_view sql, const Params& params = {}) = 0;
  // Runs one statement whose count does not matter.
  Status run(std::string_view sql, const Params& params = {}) {
    auto r = execute(sql, params);
    return r.ok() ? Status::Ok() : r.status();
  }
  // Inserts `values` (rows of `width` values, row-major, in the order of `columns`, a
  // comma-separated list of column names written by the caller, never from input) into `table`,
  // in the caller's transaction, without conflict handling: a duplicate key fails the call, and
  // the caller's transaction decides what becomes of the rows already sent. PostgreSQL: one COPY
  // FROM STDIN (text format); SQLite (the default): multi-row INSERT statements (store/bulk.h).
  virtual Status copy_rows(std::string_view table, std::string_view columns, size_t width,
                           const Params& values);
  // Transactions. begin() takes the write lock at once on SQLite (BEGIN IMMEDIATE) so that a
  // read-then-write transaction never fails half-way on lock upgrade.
  virtual Status begin() = 0;
  virtual Status commit() = 0;
  virtual Status rollback() = 0;
  // True when the connection is usable (used by the pool to drop broken connections).
  virtual bool healthy() = 0;

  // Convenience: the first column of the first row, or NotFound.
  Result<int64_t> scalar_i64(std::string_view sql, const Params& params = {});
};

// Commits on commit(); rolls back on destruction otherwise.
class Tx {
 public:
  explicit Tx(Db& db) : db_(db) { status_ = db_.begin(); }
  ~Tx() {
    if (status_.ok() && !done_) (void)db_.rollback();
  }
  Tx(const Tx&) = delete;
  Tx& operator=(const Tx&) = delete;
  const Status& status() const { return status_; }
  Status commit() {
    done_ = true;
    return db_.commit();
  }

 private:
  Db& db_;
  Status status_;
  bool done_ = false;
};

// Opens one connection for a URL: "sqlite:PATH", a bare path, or "postgresql://..." /
// "postgres://...". For SQLite the parent directory is created.
Result<std::unique_ptr<Db>> open_db(const std::string& url);

// Driver constructors (used by open_db).
Result<std::unique_ptr<Db>> open_sqlite(const std::string& path);
Result<std::unique_ptr<Db>> open_postgres(const std::string& conninfo);

// Maps driver errors to Status: unique violations -> kConflict "unique_violation", foreign key
// violations -> kInvalid "foreign_key", busy/connection problems -> kUnavailable, others ->
// kInternal (logged with the SQL).
Status db_error(std::string_view driver_message, std::string_view sql, int kind_hint);
enum DbErrorHint { kHintOther = 0, kHintUnique = 1, kHintForeignKey = 2, kHintUnavailable = 3 };

}  // namespace atgt::store
