// Driver-independent parts of the Db interface.
#include "store/db.h"

#include <charconv>
#include <cstdio>
#include <filesystem>

#include "base/log.h"
#include "store/bulk.h"

namespace atgt::store {

int64_t Row::i64(size_t i) const {
  const Value& v = (*cells_)[i];
  if (auto p = std::get_if<int64_t>(&v)) return *p;
  if (auto p = std::get_if<double>(&v)) return static_cast<int64_t>(*p);
  if (auto p = std::get_if<std::string>(&v)) {
    int64_t r = 0;
    std::from_chars(p->data(), p->data() + p->size(), r);
    return r;
  }
  return 0;
}

double Row::f64(size_t i) const {
  const Value& v = (*cells_)[i];
  if (auto p = std::get_if<double>(&v)) return *p;
  if (auto p = std::get_if<int64_t>(&v)) return static_cast<double>(*p);
  if (auto p = std::get_if<std::string>(&v)) return std::strtod(p->c_str(), nullptr);
  return 0;
}

std::string Row::str(size_t i) const {
  const Value& v = (*cells_)[i];
  if (auto p = std::get_if<std::string>(&v)) return *p;
  if (auto p = std::get_if<int64_t>(&v)) return std::to_string(*p);
  if (auto p = std::get_if<double>(&v)) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", *p);
    return buf;
  }
  return "";
}

std::optional<int64_t> Row::opt_i64(size_t i) const {
  if (is_null(i)) return std::nullopt;
  return i64(i);
}
std::optional<double> Row::opt_f64(size_t i) const {
  if (is_null(i)) return std::nullopt;
  return f64(i);
}
std::optional<std::string> Row::opt_str(size_t i) const {
  if (is_null(i)) return std::nullopt;
  return str(i);
}

Status Db::copy_rows(std::string_view table, std::string_view columns, size_t width,
                     const Params& values) {
  if (values.empty()) return Status::Ok();
  std::string row = "(?";
  for (size_t i = 1; i < width; ++i) row += ", ?";
  row += ")";
  std::string sql =
      "INSERT INTO " + std::string(table) + " (" + std::string(columns) + ") VALUES {rows}";
  auto r = bulk_execute(*this, sql, row, width, values);
  return r.ok() ? Status::Ok() : r.status();
}

Result<int64_t> Db::scalar_i64(std::string_view sql, const Params& params) {
  auto rows = query(sql, params);
  if (!rows.ok()) return rows.status();
  if (rows->empty() || rows->columns.empty()) return NotFound();
  return (*rows)[0].i64(0);
}

Result<std::unique_ptr<Db>> open_db(const std::string& url) {
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0)
    return open_postgres(url);
  std::string path = url.rfind("sqlite:", 0) == 0 ? url.substr(7) : url;
  if (path.empty()) return Invalid("Đường dẫn cơ sở dữ liệu SQLite trống.");
  std::error_code ec;
  auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  return open_sqlite(path);
}

Status db_error(std::string_view message, std::string_view sql, int hint) {
  switch (hint) {
    case kHintUnique:
      return {Kind::kConflict, "unique_violation", "Dữ liệu bị trùng với một bản ghi đã có."};
    case kHintForeignKey:
      return {Kind::kInvalid, "foreign_key", "Dữ liệu tham chiếu tới đối tượng không tồn tại."};
    case kHintUnavailable:
      return Unavailable(std::string(message));
    default:
      log::error("db_error", {{"message", std::string(message)}, {"sql", std::string(sql)}});
      return {Kind::kInternal, "internal", "Lỗi hệ thống. Vui lòng thử lại sau."};
  }
}

}  // namespace atgt::store
