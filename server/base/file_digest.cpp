// Streaming SHA-256 (libsodium) over files.
#include "base/file_digest.h"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace atgt {
namespace {

std::string hex(const unsigned char* h, size_t n) {
  static const char* d = "0123456789abcdef";
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    s.push_back(d[h[i] >> 4]);
    s.push_back(d[h[i] & 15]);
  }
  return s;
}

struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) close(fd);
  }
};

Result<FileDigest> digest(const std::string& from, int out_fd, const std::string& to) {
  if (sodium_init() < 0) return Internal("sodium_init failed");
  Fd in{open(from.c_str(), O_RDONLY | O_CLOEXEC)};
  if (in.fd < 0) {
    if (errno == ENOENT) return NotFound("Không tìm thấy tệp " + from + ".");
    return Internal("open " + from + ": " + std::strerror(errno));
  }
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  std::vector<unsigned char> buf(1 << 16);
  FileDigest d;
  for (;;) {
    ssize_t n = read(in.fd, buf.data(), buf.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Internal("read " + from + ": " + std::strerror(errno));
    if (n == 0) break;
    crypto_hash_sha256_update(&st, buf.data(), static_cast<unsigned long long>(n));
    d.size += n;
    for (ssize_t off = 0; out_fd >= 0 && off < n;) {
      ssize_t w = write(out_fd, buf.data() + off, static_cast<size_t>(n - off));
      if (w < 0 && errno == EINTR) continue;
      if (w < 0) return Internal("write " + to + ": " + std::strerror(errno));
      off += w;
    }
  }
  unsigned char h[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&st, h);
  d.sha256 = hex(h, sizeof h);
  return d;
}

}  // namespace

Result<FileDigest> sha256_file(const std::string& path) {
  return digest(path, -1, "");
}

Result<FileDigest> copy_file_hashed(const std::string& from, const std::string& to) {
  Fd out{open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640)};
  if (out.fd < 0) return Internal("create " + to + ": " + std::strerror(errno));
  auto d = digest(from, out.fd, to);
  if (!d.ok()) return d;
  if (fsync(out.fd) != 0) return Internal("fsync " + to + ": " + std::strerror(errno));
  return d;
}

}  // namespace atgt
