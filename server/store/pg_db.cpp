// PostgreSQL driver on libpq: '?' placeholders rewritten to $n, statements prepared once per
// connection (named s1, s2, ...), text-format results converted by column type.
#include <libpq-fe.h>

#include <string>
#include <unordered_map>

#include "store/db.h"

namespace atgt::store {
namespace {

// Rewrites '?' outside quotes and comments to $1, $2, ...
std::string to_dollar_params(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  char quote = 0;
  for (size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (quote) {
      out.push_back(c);
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      out.push_back(c);
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      while (i < sql.size() && sql[i] != '\n') out.push_back(sql[i++]);
      if (i < sql.size()) out.push_back('\n');
    } else if (c == '?') {
      out += "$" + std::to_string(++n);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// Type OIDs from pg_type.h (stable across versions).
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26, kFloat4 = 700,
              kFloat8 = 701, kNumeric = 1700;

int hint_for(PGresult* res) {
  const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  if (!state) return kHintUnavailable;
  std::string s(state);
  if (s == "23505") return kHintUnique;
  if (s == "23503") return kHintForeignKey;
  if (s.rfind("08", 0) == 0 || s == "57P01" || s == "40001" || s == "40P01")
    return kHintUnavailable;
  return kHintOther;
}

// One value in COPY's text format: \N for NULL; in text, backslash, tab, newline and carriage
// return escaped.
void append_copy_value(std::string& out, const Value& v) {
  if (auto p = std::get_if<int64_t>(&v)) {
    out += std::to_string(*p);
  } else if (auto p = std::get_if<double>(&v)) {
    char b[64];
    std::snprintf(b, sizeof b, "%.17g", *p);
    out += b;
  } else if (auto p = std::get_if<std::string>(&v)) {
    for (char c : *p) {
      switch (c) {
        case '\\':
          out += "\\\\";
          break;
        case '\t':
          out += "\\t";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        default:
          out.push_back(c);
      }
    }
  } else {
    out += "\\N";
  }
}

class PgDb final : public Db {
 public:
  explicit PgDb(PGconn* c) : conn_(c) {}
  ~PgDb() override { PQfinish(conn_); }
  Dialect dialect() const override { return Dialect::kPostgres; }

  Status exec_script(std::string_view sql) override {
    std::string s(sql);
    PGresult* r = PQexec(conn_, s.c_str());
    Status st = check(r, sql);
    PQclear(r);
    return st;
  }

  Result<Rows> query(std::string_view sql, const Params& params) override {
    Rows rows;
    auto st = run(sql, params, &rows, nullptr);
    if (!st.ok()) return st;
    return rows;
  }

  Result<int64_t> execute(std::string_view sql, const Params& params) override {
    int64_t changed = 0;
    auto st = run(sql, params, nullptr, &changed);
    if (!st.ok()) return st;
    return changed;
  }

  Status copy_rows(std::string_view table, std::string_view columns, size_t width,
                   const Params& values) override {
    if (values.empty()) return Status::Ok();
    if (width == 0 || values.size() % width != 0) return Internal("copy_rows: bad rows");
    std::string sql = "COPY " + std::string(table) + " (" + std::string(columns) + ") FROM STDIN";
    PGresult* r = PQexec(conn_, sql.c_str());
    if (PQresultStatus(r) != PGRES_COPY_IN) {
      Status st = check(r, sql);
      PQclear(r);
      return st.ok() ? Internal("copy_rows: no COPY IN state") : st;
    }
    PQclear(r);
    std::string buf;
    buf.reserve(1 << 20);
    bool sent = true;
    for (size_t i = 0; i < values.size() && sent; ++i) {
      append_copy_value(buf, values[i]);
      buf.push_back((i + 1) % width == 0 ? '\n' : '\t');
      if (buf.size() >= (1 << 20) || i + 1 == values.size()) {
        sent = PQputCopyData(conn_, buf.data(), static_cast<int>(buf.size())) == 1;
        buf.clear();
      }
    }
    PQputCopyEnd(conn_, sent ? nullptr : "copy_rows: sending failed");
    Status st = Status::Ok();
    while (PGresult* res = PQgetResult(conn_)) {
      if (st.ok()) st = check(res, sql);
      PQclear(res);
    }
    if (st.ok() && !sent) st = db_error(PQerrorMessage(conn_), sql, kHintUnavailable);
    return st;
  }

  Status begin() override { return exec_script("BEGIN"); }
  Status commit() override { return exec_script("COMMIT"); }
  Status rollback() override { return exec_script("ROLLBACK"); }
  bool healthy() override { return PQstatus(conn_) == CONNECTION_OK; }

 private:
  Status check(PGresult* r, std::string_view sql) {
    auto s = PQresultStatus(r);
    if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK) return Status::Ok();
    std::string msg = r ? PQresultErrorMessage(r) : PQerrorMessage(conn_);
    if (msg.empty()) msg = PQerrorMessage(conn_);
    return db_error(msg, sql, hint_for(r));
  }

  Result<std::string> prepare(std::string_view sql) {
    auto it = cache_.find(std::string(sql));
    if (it != cache_.end()) return it->second;
    std::string name = "s" + std::to_string(cache_.size() + 1);
    std::string text = to_dollar_params(sql);
    PGresult* r = PQprepare(conn_, name.c_str(), text.c_str(), 0, nullptr);
    Status st = check(r, sql);
    PQclear(r);
    if (!st.ok()) return st;
    cache_.emplace(std::string(sql), name);
    return name;
  }

  Status run(std::string_view sql, const Params& params, Rows* out, int64_t* changed) {
    auto name = prepare(sql);
    if (!name.ok()) return name.status();
    std::vector<std::string> text(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      const Value& v = params[i];
      if (auto p = std::get_if<int64_t>(&v)) text[i] = std::to_string(*p);
      else if (auto p = std::get_if<double>(&v)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.17g", *p);
        text[i] = buf;
      } else if (auto p = std::get_if<std::string>(&v)) text[i] = *p;
      else continue;
      values[i] = text[i].c_str();
    }
    PGresult* r = PQexecPrepared(conn_, name->c_str(), static_cast<int>(params.size()),
                                 values.data(), nullptr, nullptr, 0);
    Status st = check(r, sql);
    if (!st.ok()) {
      PQclear(r);
      return st;
    }
    if (changed) {
      const char* n = PQcmdTuples(r);
      *changed = (n && *n) ? std::stoll(n) : 0;
    }
    if (out) {
      int nf = PQnfields(r), nt = PQntuples(r);
      std::vector<Oid> types(nf);
      for (int c = 0; c < nf; ++c) {
        out->columns.emplace_back(PQfname(r, c));
        types[c] = PQftype(r, c);
      }
      out->data.reserve(nt);
      for (int t = 0; t < nt; ++t) {
        std::vector<Value> row;
        row.reserve(nf);
        for (int c = 0; c < nf; ++c) {
          if (PQgetisnull(r, t, c)) {
            row.emplace_back(std::monostate{});
            continue;
          }
          const char* v = PQgetvalue(r, t, c);
          switch (types[c]) {
            case kInt2: case kInt4: case kInt8: case kOid:
              row.emplace_back(static_cast<int64_t>(std::stoll(v)));
              break;
            case kBool: row.emplace_back(static_cast<int64_t>(v[0] == 't')); break;
            case kFloat4: case kFloat8: case kNumeric: row.emplace_back(std::stod(v)); break;
            default: row.emplace_back(std::string(v, PQgetlength(r, t, c)));
          }
        }
        out->data.push_back(std::move(row));
      }
    }
    PQclear(r);
    return Status::Ok();
  }

  PGconn* conn_;
  std::unordered_map<std::string, std::string> cache_;
};

}  // namespace

Result<std::unique_ptr<Db>> open_postgres(const std::string& conninfo) {
  PGconn* c = PQconnectdb(conninfo.c_str());
  if (PQstatus(c) != CONNECTION_OK) {
    std::string msg = PQerrorMessage(c);
    PQfinish(c);
    return Unavailable("postgres connect: " + msg);
  }
  auto db = std::make_unique<PgDb>(c);
  auto st = db->exec_script("SET client_encoding = 'UTF8'; SET client_min_messages = warning;");
  if (!st.ok()) return st;
  return std::unique_ptr<Db>(std::move(db));
}

}  // namespace atgt::store
