// A fixed-size pool of connections to one database. acquire() blocks until a connection is
// free (or the timeout passes -> kUnavailable). A connection found unhealthy on return is
// replaced lazily. Thread-safe.
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace atgt::store {

class Pool;

// Exclusive use of one connection; returns it to the pool when destroyed.
class Lease {
 public:
  Lease(Pool* pool, std::unique_ptr<Db> db) : pool_(pool), db_(std::move(db)) {}
  Lease(Lease&&) = default;
  Lease& operator=(Lease&&) = delete;
  ~Lease();
  Db& operator*() { return *db_; }
  Db* operator->() { return db_.get(); }

 private:
  Pool* pool_;
  std::unique_ptr<Db> db_;
};

class Pool {
 public:
  // Opens one connection eagerly to fail fast; others open on demand up to `size`.
  static Result<std::unique_ptr<Pool>> create(std::string url, int size);
  Result<Lease> acquire(std::chrono::milliseconds timeout = std::chrono::seconds(10));
  // An idle open connection at once, or nullopt (never waits, never opens one).
  std::optional<Lease> try_acquire();
  Dialect dialect() const { return dialect_; }
  const std::string& url() const { return url_; }

 private:
  friend class Lease;
  Pool(std::string url, int size, Dialect d) : url_(std::move(url)), size_(size), dialect_(d) {}
  void give_back(std::unique_ptr<Db> db);

  std::string url_;
  int size_;
  Dialect dialect_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Db>> idle_;
  int open_ = 0;
};

}  // namespace atgt::store
