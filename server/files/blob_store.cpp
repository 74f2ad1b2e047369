// Content-addressed blob storage (see blob_store.h).
#include "files/blob_store.h"

#include <sodium.h>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "base/crypto.h"
#include "base/log.h"

namespace atgt::files {
namespace fs = std::filesystem;
namespace {

std::string hex(const unsigned char* d, size_t n) {
  static const char* digits = "0123456789abcdef";
  std::string out(n * 2, '0');
  for (size_t i = 0; i < n; ++i) {
    out[2 * i] = digits[d[i] >> 4];
    out[2 * i + 1] = digits[d[i] & 15];
  }
  return out;
}

Result<BlobInfo> hash_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return storage_error("Không đọc được tệp tạm.");
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  std::vector<char> buf(1 << 16);
  uint64_t size = 0;
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    auto n = in.gcount();
    if (n <= 0) break;
    size += static_cast<uint64_t>(n);
    crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(buf.data()),
                              static_cast<unsigned long long>(n));
  }
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&st, digest);
  return BlobInfo{hex(digest, sizeof digest), size};
}

}  // namespace

Status storage_error(const std::string& detail) {
  log::error("file_storage", {{"detail", detail}});
  return {Kind::kUnavailable, "storage_unavailable",
          "Không lưu hoặc đọc được tệp trên máy chủ. Vui lòng thử lại sau."};
}

bool is_sha256_hex(const std::string& s) {
  if (s.size() != 64) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

Status BlobStore::init() const {
  std::error_code ec;
  fs::create_directories(tmp_dir(), ec);
  if (ec) return storage_error("Không tạo được thư mục tệp " + root_ + ": " + ec.message());
  return Status::Ok();
}

Result<BlobInfo> BlobStore::adopt(const std::string& path) const {
  ATGT_ASSIGN_OR_RETURN(BlobInfo info, hash_file(path));
  std::error_code ec;
  std::string dir = root_ + "/" + info.sha256.substr(0, 2);
  fs::create_directories(dir, ec);
  if (ec) return storage_error("Không ghi được tệp: " + ec.message());
  std::string dest = dir + "/" + info.sha256;
  if (fs::exists(dest, ec)) {
    fs::remove(path, ec);
    // Touch so that a collector does not take a blob that is being attached again right now.
    fs::last_write_time(dest, fs::file_time_type::clock::now(), ec);
    return info;
  }
  fs::rename(path, dest, ec);
  if (ec) return storage_error("Không ghi được tệp: " + ec.message());
  return info;
}

Result<BlobInfo> BlobStore::put(std::string_view bytes) const {
  ATGT_TRY(init());
  std::string tmp = tmp_dir() + "/put-" + random_token(12) + ".part";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      std::remove(tmp.c_str());
      return storage_error("Không ghi được tệp kết quả.");
    }
  }
  auto r = adopt(tmp);
  if (!r.ok()) std::remove(tmp.c_str());
  return r;
}

Result<std::string> BlobStore::path_of(const std::string& sha256) const {
  if (!is_sha256_hex(sha256)) return NotFound();
  std::string p = root_ + "/" + sha256.substr(0, 2) + "/" + sha256;
  std::error_code ec;
  if (!fs::is_regular_file(p, ec)) {
    // Collected while a row was being attached to it: bring it back.
    if (!restore(sha256).ok() || !fs::is_regular_file(p, ec)) return NotFound();
  }
  return p;
}

Status BlobStore::trash(const std::string& sha256) const {
  if (!is_sha256_hex(sha256)) return Invalid("Mã băm không hợp lệ.");
  std::error_code ec;
  fs::create_directories(root_ + "/trash", ec);
  std::string to = root_ + "/trash/" + sha256;
  fs::rename(root_ + "/" + sha256.substr(0, 2) + "/" + sha256, to, ec);
  if (ec) return ec == std::errc::no_such_file_or_directory ? Status::Ok() : storage_error("Không dọn được tệp: " + ec.message());
  fs::last_write_time(to, fs::file_time_type::clock::now(), ec);
  return Status::Ok();
}

Result<std::vector<BlobOnDisk>> BlobStore::list_trash() const {
  std::vector<BlobOnDisk> out;
  std::error_code ec;
  if (!fs::exists(root_ + "/trash", ec)) return out;
  for (auto it = fs::directory_iterator(root_ + "/trash", ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    std::string name = it->path().filename().string();
    struct stat st {};
    if (!is_sha256_hex(name) || ::stat(it->path().c_str(), &st) != 0) continue;
    out.push_back({name, static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000 + st.st_mtim.tv_nsec / 1000});
  }
  if (ec) return storage_error("Không đọc được thư mục tệp: " + ec.message());
  return out;
}

Status BlobStore::restore(const std::string& sha256) const {
  if (!is_sha256_hex(sha256)) return Invalid("Mã băm không hợp lệ.");
  std::error_code ec;
  std::string from = root_ + "/trash/" + sha256;
  if (!fs::exists(from, ec)) return NotFound();
  std::string dir = root_ + "/" + sha256.substr(0, 2);
  fs::create_directories(dir, ec);
  fs::rename(from, dir + "/" + sha256, ec);  // same content: replacing a newer copy is harmless
  if (ec) return storage_error("Không khôi phục được tệp: " + ec.message());
  return Status::Ok();
}

Status BlobStore::remove_trashed(const std::string& sha256) const {
  if (!is_sha256_hex(sha256)) return Invalid("Mã băm không hợp lệ.");
  std::error_code ec;
  fs::remove(root_ + "/trash/" + sha256, ec);
  if (ec) return storage_error("Không xóa được tệp: " + ec.message());
  return Status::Ok();
}

Result<std::vector<BlobOnDisk>> BlobStore::list() const {
  std::vector<BlobOnDisk> out;
  std::error_code ec;
  if (!fs::exists(root_, ec)) return out;
  for (auto it = fs::recursive_directory_iterator(root_, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::string name = it->path().filename().string();
    if (!is_sha256_hex(name) || it->path().parent_path().filename().string() != name.substr(0, 2))
      continue;
    struct stat st {};
    if (::stat(it->path().c_str(), &st) != 0) continue;
    out.push_back(
        {name, static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000 + st.st_mtim.tv_nsec / 1000});
  }
  if (ec) return storage_error("Không đọc được thư mục tệp: " + ec.message());
  return out;
}

Status BlobStore::remove(const std::string& sha256) const {
  if (!is_sha256_hex(sha256)) return Invalid("Mã băm không hợp lệ.");
  std::error_code ec;
  fs::remove(root_ + "/" + sha256.substr(0, 2) + "/" + sha256, ec);
  if (ec) return storage_error("Không xóa được tệp: " + ec.message());
  return Status::Ok();
}

}  // namespace atgt::files
