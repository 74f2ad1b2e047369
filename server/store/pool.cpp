// Connection pool.
#include "store/pool.h"

namespace atgt::store {

Lease::~Lease() {
  if (db_ && pool_) pool_->give_back(std::move(db_));
}

Result<std::unique_ptr<Pool>> Pool::create(std::string url, int size) {
  auto first = open_db(url);
  if (!first.ok()) return first.status();
  Dialect d = first.value()->dialect();
  std::unique_ptr<Pool> p(new Pool(std::move(url), size < 1 ? 1 : size, d));
  p->idle_.push_back(std::move(first).value());
  p->open_ = 1;
  return p;
}

Result<Lease> Pool::acquire(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mu_);
  auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    if (!idle_.empty()) {
      auto db = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(db));
    }
    if (open_ < size_) {
      ++open_;
      lock.unlock();
      auto db = open_db(url_);
      if (!db.ok()) {
        std::lock_guard relock(mu_);
        --open_;
        cv_.notify_one();
        return db.status();
      }
      return Lease(this, std::move(db).value());
    }
    if (cv_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() &&
        open_ >= size_)
      return Unavailable("connection pool exhausted");
  }
}

std::optional<Lease> Pool::try_acquire() {
  std::lock_guard lock(mu_);
  if (idle_.empty()) return std::nullopt;
  auto db = std::move(idle_.back());
  idle_.pop_back();
  return Lease(this, std::move(db));
}

void Pool::give_back(std::unique_ptr<Db> db) {
  std::lock_guard lock(mu_);
  if (db->healthy()) {
    idle_.push_back(std::move(db));
  } else {
    --open_;
  }
  cv_.notify_one();
}

}  // namespace atgt::store
