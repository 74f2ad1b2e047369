// manifest.json reading and writing (Boost.JSON).
#include "app/backup_manifest.h"

#include <boost/json.hpp>

#include "base/time.h"

namespace atgt::app {
namespace json = boost::json;
namespace {

Status damaged(const std::string& why) {
  return Status(Kind::kInvalid, "backup_damaged", "Bản sao lưu bị hỏng hoặc không hợp lệ: " + why);
}

bool is_hex64(const std::string& s) {
  if (s.size() != 64) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

// Typed field readers; set `bad` to the first missing or mistyped field.
struct Reader {
  const json::object& o;
  std::string bad;
  const json::value* get(const char* k) {
    auto* v = o.if_contains(k);
    if (!v && bad.empty()) bad = k;
    return v;
  }
  int64_t i64(const char* k) {
    auto* v = get(k);
    if (v && v->is_int64()) return v->as_int64();
    if (v && v->is_uint64() && v->as_uint64() <= INT64_MAX)
      return static_cast<int64_t>(v->as_uint64());
    if (bad.empty()) bad = k;
    return 0;
  }
  std::string str(const char* k) {
    auto* v = get(k);
    if (v && v->is_string()) return std::string(v->as_string());
    if (bad.empty()) bad = k;
    return "";
  }
};

}  // namespace

std::string database_file_for(const std::string& kind) {
  return kind == "sqlite" ? "database.sqlite" : "database.dump";
}

std::string manifest_json(const Manifest& m) {
  json::object tables;
  for (const auto& [t, n] : m.tables) tables[t] = n;
  json::array files;
  for (const auto& f : m.files)
    files.push_back(json::object{{"path", f.path}, {"sha256", f.sha256}, {"size", f.size}});
  json::object o{{"product", kBackupProduct},
                 {"format", m.format},
                 {"created_at", iso_utc(m.created_at_us)},
                 {"created_at_us", m.created_at_us},
                 {"schema_version", m.schema_version},
                 {"database", m.database},
                 {"database_file", m.database_file},
                 {"database_sha256", m.database_sha256},
                 {"database_size", m.database_size},
                 {"tables", std::move(tables)},
                 {"files", std::move(files)}};
  if (m.database == "postgresql")
    o["pg_locale"] = json::object{{"provider", m.pg_locale.provider},
                                  {"collate", m.pg_locale.collate},
                                  {"ctype", m.pg_locale.ctype},
                                  {"icu_locale", m.pg_locale.icu_locale}};
  return json::serialize(o) + "\n";
}

Result<Manifest> parse_manifest(std::string_view text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_object()) return damaged("manifest.json không phải JSON hợp lệ.");
  const auto& o = v.as_object();
  auto* product = o.if_contains("product");
  if (!product || !product->is_string() || product->as_string() != kBackupProduct)
    return damaged("manifest.json không phải của ATGT Học đường.");
  Reader r{o, ""};
  Manifest m;
  m.format = static_cast<int>(r.i64("format"));
  m.created_at_us = r.i64("created_at_us");
  m.schema_version = static_cast<int>(r.i64("schema_version"));
  m.database = r.str("database");
  m.database_file = r.str("database_file");
  m.database_sha256 = r.str("database_sha256");
  m.database_size = r.i64("database_size");
  const json::value* tables = r.get("tables");
  const json::value* files = r.get("files");
  if (!r.bad.empty())
    return damaged("thiếu hoặc sai trường \"" + r.bad + "\" trong manifest.json.");
  if (m.format != kBackupFormat)
    return damaged("định dạng " + std::to_string(m.format) + " không được hỗ trợ (chỉ " +
                   std::to_string(kBackupFormat) + ").");
  if (m.database != "sqlite" && m.database != "postgresql")
    return damaged("loại cơ sở dữ liệu không rõ.");
  if (m.database_file != database_file_for(m.database))
    return damaged("tên tệp cơ sở dữ liệu không đúng.");
  if (!is_hex64(m.database_sha256) || m.database_size < 0)
    return damaged("mã kiểm tra cơ sở dữ liệu không hợp lệ.");
  if (m.schema_version < 1) return damaged("phiên bản lược đồ không hợp lệ.");
  if (!tables->is_object() || !files->is_array())
    return damaged("danh sách bảng hoặc tệp không hợp lệ.");
  for (const auto& [k, n] : tables->as_object()) {
    if (!n.is_int64() || n.as_int64() < 0)
      return damaged("số dòng của bảng " + std::string(k) + " không hợp lệ.");
    m.tables.emplace_back(std::string(k), n.as_int64());
  }
  for (const auto& f : files->as_array()) {
    if (!f.is_object()) return damaged("mục tệp không hợp lệ.");
    Reader fr{f.as_object(), ""};
    BackupFile bf{fr.str("path"), fr.str("sha256"), fr.i64("size")};
    if (!fr.bad.empty() || !is_hex64(bf.sha256) || bf.size < 0 ||
        bf.path != bf.sha256.substr(0, 2) + "/" + bf.sha256)
      return damaged("mục tệp không hợp lệ: " + bf.path);
    m.files.push_back(std::move(bf));
  }
  if (auto* loc = o.if_contains("pg_locale"); loc && loc->is_object()) {
    Reader lr{loc->as_object(), ""};
    m.pg_locale = {lr.str("provider"), lr.str("collate"), lr.str("ctype"), lr.str("icu_locale")};
  }
  return m;
}

std::optional<int64_t> product_manifest_time(std::string_view text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_object()) return std::nullopt;
  const auto& o = v.as_object();
  auto* product = o.if_contains("product");
  auto* at = o.if_contains("created_at_us");
  if (!product || !product->is_string() || product->as_string() != kBackupProduct || !at ||
      !at->is_int64())
    return std::nullopt;
  return at->as_int64();
}

}  // namespace atgt::app
