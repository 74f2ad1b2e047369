// Cache revision counters.
#include "store/revisions_store.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>

namespace atgt::store {

Result<Revisions> read_revisions(Db& db) {
  auto r = db.query(
      "SELECT (SELECT value FROM settings WHERE key = 'registry_revision'), "
      "(SELECT value FROM settings WHERE key = 'auth_revision')");
  if (!r.ok()) return r.status();
  Revisions out;
  if (!r->empty()) {
    out.registry = (*r)[0].i64(0);
    out.auth = (*r)[0].i64(1);
  }
  return out;
}

}  // namespace atgt::store

namespace atgt::store {

std::unique_ptr<CommitWatch> CommitWatch::open(const std::string& url) {
  if (url.rfind("postgres", 0) == 0) return nullptr;
  std::string path = url.rfind("sqlite:", 0) == 0 ? url.substr(7) : url;
  auto keeper = open_db(url);
  if (!keeper.ok()) return nullptr;
  // A read maps the wal-index and holds it for as long as the connection is open.
  auto mode = (*keeper)->query("PRAGMA journal_mode");
  if (!mode.ok() || mode->empty() || (*mode)[0].str(0) != "wal") return nullptr;
  if (!(*keeper)->query("SELECT count(*) FROM sqlite_master").ok()) return nullptr;
  int fd = ::open((path + "-shm").c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st {};
  const size_t size = 4096;
  void* map = nullptr;
  if (::fstat(fd, &st) == 0 && static_cast<size_t>(st.st_size) >= size)
    map = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
  ::close(fd);
  if (!map || map == MAP_FAILED) return nullptr;
  std::unique_ptr<CommitWatch> w(new CommitWatch());
  w->keeper_ = std::move(keeper).value();
  w->map_ = map;
  w->map_size_ = size;
  w->header_ = static_cast<const volatile uint32_t*>(map);
  // iVersion 3007000 and isInit set: the layout this reads.
  auto s = w->stamp();
  if (!s || (*s)[0] != 3007000 || ((*s)[3] & 0xff) != 1) return nullptr;
  return w;
}

CommitWatch::~CommitWatch() {
  if (map_) ::munmap(map_, map_size_);
}

std::optional<CommitWatch::Stamp> CommitWatch::stamp() const {
  // A writer stores the second copy, then the first; read the first, then the second, and trust
  // them only when equal (as SQLite's own readers do).
  Stamp a, b;
  for (size_t i = 0; i < a.size(); ++i) a[i] = header_[i];
  std::atomic_thread_fence(std::memory_order_acquire);
  for (size_t i = 0; i < b.size(); ++i) b[i] = header_[12 + i];
  if (a != b) return std::nullopt;
  return a;
}

}  // namespace atgt::store
