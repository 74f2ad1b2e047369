// SHA-256 of files, and copying a file while hashing it (backups: every copied byte is
// checked). Thread-safe.
#pragma once

#include <cstdint>
#include <string>

#include "base/status.h"

namespace atgt {

struct FileDigest {
  std::string sha256;  // lower-case hex
  int64_t size = 0;
};

// kNotFound when the file does not exist; kInternal on a read error.
Result<FileDigest> sha256_file(const std::string& path);
// Copies `from` to a new file `to` (refused when `to` exists), flushes it to disk, and returns
// the digest of the bytes written.
Result<FileDigest> copy_file_hashed(const std::string& from, const std::string& to);

}  // namespace atgt
