// Backup and restore of the database and the files directory (see backup.h for the contract).
#include "app/backup.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/backup_manifest.h"
#include "base/file_digest.h"
#include "base/log.h"
#include "base/time.h"
#include "store/backup_store.h"
#include "store/migrate.h"
#include "store/retention_store.h"
#include "store/search_store.h"

namespace atgt::app {
namespace fs = std::filesystem;
namespace {


Status failed(const std::string& message) {
  return Status(Kind::kInternal, "backup_failed", message);
}

// Removes the listed paths on scope exit unless keep() was called.
class Cleanup {
 public:
  void add(fs::path p) { paths_.push_back(std::move(p)); }
  void keep() { paths_.clear(); }
  ~Cleanup() {
    std::error_code ec;
    for (const auto& p : paths_) fs::remove_all(p, ec);
  }

 private:
  std::vector<fs::path> paths_;
};

fs::path normal(const std::string& dir) {
  fs::path p = fs::absolute(dir).lexically_normal();
  if (p.filename().empty()) p = p.parent_path();
  return p;
}

bool has_entries(const fs::path& p) {
  std::error_code ec;
  return fs::exists(p, ec) && (!fs::is_directory(p, ec) || !fs::is_empty(p, ec));
}

Result<std::string> read_small_file(const fs::path& p) {
  std::error_code ec;
  if (!fs::is_regular_file(p, ec) || fs::file_size(p, ec) > (64 << 20)) return NotFound();
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Status write_file_atomically(const fs::path& p, const std::string& text) {
  fs::path tmp = p;
  tmp += ".tmp";
  {
    std::ofstream o(tmp, std::ios::binary | std::ios::trunc);
    o << text;
    o.flush();
    if (!o) return failed("Không ghi được " + tmp.string() + ".");
  }
  std::error_code ec;
  fs::rename(tmp, p, ec);
  if (ec) return failed("Không ghi được " + p.string() + ": " + ec.message());
  return Status::Ok();
}

int64_t total_rows(const store::TableCounts& t) {
  int64_t n = 0;
  for (const auto& [name, rows] : t) n += rows;
  return n;
}

bool has_table(const store::TableCounts& t, const std::string& name) {
  for (const auto& [n, rows] : t)
    if (n == name) return true;
  return false;
}

// Rows in any table other than the migration bookkeeping and the default settings.
std::string first_table_with_data(const store::TableCounts& t) {
  for (const auto& [name, rows] : t)
    if (rows > 0 && name != "schema_migrations" && name != "settings") return name;
  return "";
}

// Deletes directories next to `self` that hold a manifest of this product older than `days`.
void delete_old_backups(const fs::path& self, int days, int64_t now, std::FILE* out) {
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(self.parent_path(), ec)) {
    if (!e.is_directory(ec) || e.path() == self) continue;
    auto text = read_small_file(e.path() / "manifest.json");
    if (!text.ok()) continue;
    auto at = product_manifest_time(*text);
    if (!at || *at >= micros_days_before(now, days)) continue;
    std::error_code rm;
    fs::remove_all(e.path(), rm);
    if (rm) {
      std::fprintf(out, "không xóa được bản sao lưu cũ %s: %s\n", e.path().c_str(),
                   rm.message().c_str());
      log::warn("backup_delete_failed", {{"dir", e.path().string()}, {"error", rm.message()}});
      continue;
    }
    std::fprintf(out,
                 "đã xóa bản sao lưu cũ %s (tạo lúc %s, quá %d ngày lưu giữ dữ liệu cá nhân)\n",
                 e.path().c_str(), iso_utc(*at).c_str(), days);
    log::info("backup_deleted", {{"dir", e.path().string()}, {"created_at", iso_utc(*at)}});
  }
}

fs::path blob_path(const fs::path& root, const std::string& sha) {
  return root / sha.substr(0, 2) / sha;
}

// Copies one blob, checking that the bytes have the expected digest.
Status copy_blob(const fs::path& from, const fs::path& to, const std::string& sha,
                 std::optional<int64_t> size) {
  std::error_code ec;
  fs::create_directories(to.parent_path(), ec);
  auto d = copy_file_hashed(from.string(), to.string());
  if (!d.ok()) {
    if (d.status().kind() == Kind::kNotFound) return failed("Thiếu tệp " + from.string() + ".");
    return failed("Không sao chép được " + from.string() + ".");
  }
  if (d->sha256 != sha || (size && *size != d->size))
    return failed("Tệp " + from.string() +
                  " không khớp mã kiểm tra SHA-256 (đã bị thay đổi hoặc hỏng).");
  return Status::Ok();
}

struct Snapshot {
  store::MigrationState state;
  store::TableCounts tables;
  std::vector<std::pair<std::string, int64_t>> blobs;
  int days = store::kDefaultRetentionDays;
};

Result<Snapshot> read_snapshot(store::Db& db) {
  Snapshot s;
  ATGT_ASSIGN_OR_RETURN(s.state, store::migration_state(db));
  if (s.state.current == 0)
    return Invalid("Cơ sở dữ liệu chưa có lược đồ (chạy atgt migrate trước).");
  if (s.state.current > s.state.latest)
    return Conflict("Cơ sở dữ liệu có lược đồ phiên bản " + std::to_string(s.state.current) +
                    ", mới hơn chương trình (" + std::to_string(s.state.latest) + ").");
  ATGT_ASSIGN_OR_RETURN(s.tables, store::table_row_counts(db));
  if (has_table(s.tables, "files")) {
    ATGT_ASSIGN_OR_RETURN(s.blobs, store::referenced_blobs(db));
  }
  ATGT_ASSIGN_OR_RETURN(s.days, store::personal_data_days(db));
  return s;
}

}  // namespace

Status run_backup(const Config& cfg, const std::string& dir_arg, std::FILE* out) {
  if (dir_arg.empty()) return Invalid("Cách dùng: atgt backup THƯ_MỤC");
  fs::path dir = normal(dir_arg);
  if (has_entries(dir))
    return Conflict("Thư mục " + dir.string() +
                    " đã tồn tại và không trống: hãy chọn một thư mục mới.");
  std::error_code ec;
  bool existed = fs::exists(dir, ec);
  fs::create_directories(dir / "files", ec);
  if (ec) return failed("Không tạo được thư mục " + dir.string() + ": " + ec.message());
  Cleanup cleanup;
  if (existed) {
    cleanup.add(dir / "files");
    cleanup.add(dir / "database.sqlite");
    cleanup.add(dir / "database.dump");
  } else {
    cleanup.add(dir);
  }

  Manifest m;
  m.created_at_us = now_micros();
  bool pg = store::is_postgres_url(cfg.database_url);
  m.database = pg ? "postgresql" : "sqlite";
  m.database_file = database_file_for(m.database);
  fs::path db_file = dir / m.database_file;
  Snapshot snap;
  if (!pg) {
    std::string src = store::sqlite_path(cfg.database_url);
    if (!fs::is_regular_file(src, ec)) return NotFound("Không tìm thấy cơ sở dữ liệu " + src + ".");
    ATGT_TRY(store::sqlite_snapshot(src, db_file.string()));
    auto copy = store::open_db("sqlite:" + db_file.string());
    if (!copy.ok()) return copy.status();
    ATGT_ASSIGN_OR_RETURN(snap, read_snapshot(**copy));
  } else {
    ATGT_ASSIGN_OR_RETURN(auto db, store::open_db(cfg.database_url));
    ATGT_ASSIGN_OR_RETURN(std::string id, store::begin_exported_snapshot(*db));
    ATGT_ASSIGN_OR_RETURN(snap, read_snapshot(*db));
    ATGT_ASSIGN_OR_RETURN(m.pg_locale, store::pg_locale(*db));
    ATGT_TRY(store::pg_dump_to(cfg.database_url, id, db_file.string()));
    ATGT_TRY(store::end_snapshot(*db));
  }
  if (fs::exists(db_file.string() + "-wal", ec))
    return failed("Bản sao cơ sở dữ liệu chưa được đóng hết.");
  m.schema_version = snap.state.current;
  m.tables = snap.tables;

  int64_t bytes = 0;
  for (const auto& [sha, size] : snap.blobs) {
    ATGT_TRY(copy_blob(blob_path(cfg.files_dir, sha), blob_path(dir / "files", sha), sha, size));
    m.files.push_back({sha.substr(0, 2) + "/" + sha, sha, size});
    bytes += size;
  }
  ATGT_ASSIGN_OR_RETURN(auto digest, sha256_file(db_file.string()));
  m.database_sha256 = digest.sha256;
  m.database_size = digest.size;
  ATGT_TRY(write_file_atomically(dir / "manifest.json", manifest_json(m)));
  cleanup.keep();

  std::fprintf(out,
               "đã sao lưu vào %s: cơ sở dữ liệu %s (lược đồ %d, %zu bảng, %lld dòng, %lld byte), "
               "%zu tệp (%lld byte)\n",
               dir.c_str(), m.database.c_str(), m.schema_version, m.tables.size(),
               static_cast<long long>(total_rows(m.tables)),
               static_cast<long long>(m.database_size), m.files.size(),
               static_cast<long long>(bytes));
  log::info("backup_done", {{"dir", dir.string()},
                            {"database", m.database},
                            {"schema_version", std::to_string(m.schema_version)},
                            {"rows", std::to_string(total_rows(m.tables))},
                            {"files", std::to_string(m.files.size())}});
  delete_old_backups(dir, snap.days, m.created_at_us, out);
  return Status::Ok();
}

Status run_restore(const Config& cfg, const std::string& dir_arg, std::FILE* out) {
  if (dir_arg.empty()) return Invalid("Cách dùng: atgt restore THƯ_MỤC");
  fs::path dir = normal(dir_arg);
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return NotFound("Không tìm thấy thư mục sao lưu " + dir.string() + ".");
  auto text = read_small_file(dir / "manifest.json");
  if (!text.ok())
    return Status(
        Kind::kInvalid, "backup_damaged",
        "Thư mục " + dir.string() +
            " không có manifest.json: không phải bản sao lưu hoặc sao lưu chưa hoàn tất.");
  ATGT_ASSIGN_OR_RETURN(Manifest m, parse_manifest(*text));

  // 1. Everything about the backup, before touching anything.
  int latest = store::embedded_schema_version();
  if (m.schema_version > latest)
    return Status(Kind::kConflict, "backup_schema_newer",
                  "Bản sao lưu có lược đồ phiên bản " + std::to_string(m.schema_version) +
                      ", mới hơn chương trình này (" + std::to_string(latest) +
                      "): hãy khôi phục bằng bản atgt mới hơn.");
  bool pg = store::is_postgres_url(cfg.database_url);
  std::string kind = pg ? "postgresql" : "sqlite";
  if (m.database != kind)
    return Status(Kind::kInvalid, "backup_kind_mismatch",
                  "Bản sao lưu là của " + m.database + ", còn ATGT_DATABASE_URL là " + kind + ".");
  fs::path db_file = dir / m.database_file;
  auto digest = sha256_file(db_file.string());
  if (!digest.ok() || digest->sha256 != m.database_sha256 || digest->size != m.database_size)
    return Status(
        Kind::kInvalid, "backup_damaged",
        "Bản sao lưu bị hỏng: " + m.database_file + " thiếu hoặc không khớp mã kiểm tra SHA-256.");
  for (const auto& f : m.files) {
    auto d = sha256_file((dir / "files" / f.path).string());
    if (!d.ok() || d->sha256 != f.sha256 || d->size != f.size)
      return Status(Kind::kInvalid, "backup_damaged",
                    "Bản sao lưu bị hỏng: tệp files/" + f.path +
                        " thiếu hoặc không khớp mã kiểm tra SHA-256.");
  }

  // 2. The targets: an empty files directory and a database without data.
  fs::path files_dir = normal(cfg.files_dir);
  if (has_entries(files_dir))
    return Status(
        Kind::kConflict, "restore_target_not_empty",
        "Thư mục tệp " + files_dir.string() + " không trống: chỉ khôi phục vào một cài đặt trống.");
  std::string sqlite_target = store::sqlite_path(cfg.database_url);
  bool target_exists = fs::exists(sqlite_target, ec);
  if (pg) {
    ATGT_ASSIGN_OR_RETURN(target_exists, store::pg_database_exists(cfg.database_url));
  }
  if (target_exists) {
    ATGT_ASSIGN_OR_RETURN(auto db, store::open_db(cfg.database_url));
    ATGT_ASSIGN_OR_RETURN(auto counts, store::table_row_counts(*db));
    std::string t = first_table_with_data(counts);
    if (!t.empty())
      return Status(Kind::kConflict, "restore_target_not_empty",
                    "Cơ sở dữ liệu đích đã có dữ liệu (bảng " + t +
                        "): chỉ khôi phục vào một cài đặt trống.");
  }

  // 3. Stage the files under a temporary name.
  Cleanup cleanup;
  fs::path files_tmp = files_dir;
  files_tmp += ".restore-" + std::to_string(getpid());
  fs::remove_all(files_tmp, ec);
  fs::create_directories(files_tmp, ec);
  if (ec) return failed("Không tạo được thư mục " + files_tmp.string() + ": " + ec.message());
  cleanup.add(files_tmp);
  for (const auto& f : m.files)
    ATGT_TRY(copy_blob(dir / "files" / f.path, files_tmp / f.path, f.sha256, f.size));

  // 4. The database: a verified temporary SQLite file, or pg_restore in one transaction.
  std::unique_ptr<store::Db> db;
  fs::path sqlite_tmp;
  if (!pg) {
    fs::path target = fs::absolute(sqlite_target);
    fs::create_directories(target.parent_path(), ec);
    sqlite_tmp = target;
    sqlite_tmp += ".restore-" + std::to_string(getpid());
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
      fs::remove(sqlite_tmp.string() + suffix, ec);
    cleanup.add(sqlite_tmp);
    auto copied = copy_file_hashed(db_file.string(), sqlite_tmp.string());
    if (!copied.ok() || copied->sha256 != m.database_sha256)
      return failed("Không sao chép được cơ sở dữ liệu vào " + sqlite_tmp.string() + ".");
    ATGT_ASSIGN_OR_RETURN(db, store::open_db("sqlite:" + sqlite_tmp.string()));
  } else {
    ATGT_ASSIGN_OR_RETURN(bool created,
                          store::pg_create_database_if_missing(cfg.database_url, m.pg_locale));
    if (created) std::fprintf(out, "đã tạo cơ sở dữ liệu PostgreSQL đích\n");
    ATGT_TRY(store::pg_restore_from(cfg.database_url, db_file.string()));
    ATGT_ASSIGN_OR_RETURN(db, store::open_db(cfg.database_url));
  }
  ATGT_ASSIGN_OR_RETURN(auto counts, store::table_row_counts(*db));
  if (counts != m.tables)
    return failed("Số dòng sau khi khôi phục không khớp manifest.json: khôi phục bị hủy.");
  if (m.schema_version < latest) {
    ATGT_ASSIGN_OR_RETURN(int applied, store::migrate(*db));
    std::fprintf(out, "đã nâng lược đồ từ phiên bản %d lên %d (%d migration)\n", m.schema_version,
                 latest, applied);
  }
  ATGT_TRY(store::backfill_search_terms(*db));
  ATGT_ASSIGN_OR_RETURN(int days, store::personal_data_days(*db));
  ATGT_ASSIGN_OR_RETURN(auto purged, store::purge_personal_data(*db, now_micros(), days));
  db.reset();

  // 5. Put everything in place.
  if (fs::exists(files_dir, ec)) fs::remove(files_dir, ec);  // empty (checked above)
  fs::create_directories(files_dir.parent_path(), ec);
  fs::rename(files_tmp, files_dir, ec);
  if (ec)
    return failed("Không đổi tên được " + files_tmp.string() + " thành " + files_dir.string() +
                  ": " + ec.message());
  if (!pg) {
    if (fs::exists(sqlite_tmp.string() + "-wal", ec))
      return failed("Bản khôi phục chưa được đóng hết.");
    for (const char* suffix : {"-wal", "-shm", "-journal"}) fs::remove(sqlite_target + suffix, ec);
    fs::rename(sqlite_tmp, sqlite_target, ec);
    if (ec) {
      std::error_code back;
      fs::rename(files_dir, files_tmp, back);
      return failed("Không đổi tên được " + sqlite_tmp.string() + " thành " + sqlite_target + ": " +
                    ec.message());
    }
  }
  cleanup.keep();

  std::fprintf(out,
               "đã khôi phục từ %s (tạo lúc %s): cơ sở dữ liệu %s (lược đồ %d, %zu bảng, %lld "
               "dòng), %zu tệp\n",
               dir.c_str(), iso_utc(m.created_at_us).c_str(), m.database.c_str(), m.schema_version,
               m.tables.size(), static_cast<long long>(total_rows(m.tables)), m.files.size());
  std::string report;
  for (const auto& [table, n] : purged) {
    std::fprintf(out, "xóa dữ liệu cá nhân quá %d ngày: %s %lld dòng\n", days, table.c_str(),
                 static_cast<long long>(n));
    report += (report.empty() ? "" : ",") + table + "=" + std::to_string(n);
  }
  log::info("restore_done", {{"dir", dir.string()}, {"database", m.database}, {"purged", report}});
  return Status::Ok();
}

}  // namespace atgt::app
