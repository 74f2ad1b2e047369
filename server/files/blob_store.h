// Content-addressed storage of file bytes on disk: a blob is kept once per SHA-256 under
// ROOT/<first two hex digits>/<sha256>. Blobs are immutable; no user-supplied name or path ever
// reaches the file system (paths are built from the hash only). Thread-safe: operations are
// single file-system calls (rename, unlink) that are atomic on one file system.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"

namespace atgt::files {

struct BlobInfo {
  std::string sha256;  // lower-case hex
  uint64_t size = 0;
};

struct BlobOnDisk {
  std::string sha256;
  int64_t modified_micros = 0;
};

class BlobStore {
 public:
  // `root` is created when missing (with a tmp/ directory for uploads in progress).
  explicit BlobStore(std::string root) : root_(std::move(root)) {}
  Status init() const;

  // Hashes the file at `path` and moves it into the store (or drops it when that content is
  // already stored). `path` must be on the same file system (use tmp_dir()).
  Result<BlobInfo> adopt(const std::string& path) const;
  // Stores bytes held in memory (results of exports and jobs).
  Result<BlobInfo> put(std::string_view bytes) const;
  // The absolute path of a blob; NotFound when it is not stored. `sha256` must be 64 hex digits.
  Result<std::string> path_of(const std::string& sha256) const;
  // Every stored blob with its modification time (for garbage collection).
  Result<std::vector<BlobOnDisk>> list() const;
  // Removes a blob; removing a missing blob is not an error.
  Status remove(const std::string& sha256) const;

  // Garbage collection in two steps, so that an upload of the same content racing the collector
  // never loses its bytes: an unreferenced blob is first moved to ROOT/trash (a rename; the
  // collection time is its modification time); an upload of that content meanwhile stores it
  // again, and path_of() brings a trashed blob back when a row still needs it. Only a blob that
  // stayed in the trash for a whole grace period and is still unreferenced is deleted.
  Status trash(const std::string& sha256) const;
  Result<std::vector<BlobOnDisk>> list_trash() const;
  Status restore(const std::string& sha256) const;
  Status remove_trashed(const std::string& sha256) const;

  const std::string& root() const { return root_; }
  std::string tmp_dir() const { return root_ + "/tmp"; }

 private:
  std::string root_;
};

bool is_sha256_hex(const std::string& s);
// A file-system failure: logged with `detail`, shown as a generic Vietnamese message (503).
Status storage_error(const std::string& detail);

}  // namespace atgt::files
