// What an uploaded file really is. The type is sniffed from the content (libmagic; for ZIP-based
// Office files the package's parts are checked with libzip) and must be on the allow-list and
// agree with the file name's extension: a program named ".pdf" or a PDF named ".xlsx" is refused.
// Office packages are also checked against ZIP bombs (total and per-entry expansion limits).
// Thread-safe (one libmagic handle per thread).
#pragma once

#include <cstdint>
#include <string>

#include "base/status.h"

namespace atgt::files {

struct FileType {
  std::string kind;  // pdf, docx, xlsx, csv, png, jpeg, webp
  std::string mime;  // the Content-Type to serve it with
};

struct ZipLimits {
  uint64_t max_total_uncompressed = 200ull * 1024 * 1024;
  uint64_t max_entries = 20000;
  uint64_t max_ratio = 200;  // uncompressed / compressed, per entry larger than 1 MB
};

// Sniffs `path` (the stored upload) named `name` by the user. kUnsupportedMedia with a
// Vietnamese message naming what was found when refused.
Result<FileType> identify(const std::string& path, const std::string& name,
                          const ZipLimits& limits = {});

// A display name safe to store and to send back: the last path component, NFC, without control
// characters or characters Windows refuses, at most 150 characters, never empty.
std::string safe_file_name(const std::string& name);

// The Content-Disposition header value for downloading `name` (RFC 6266: an ASCII fallback and
// filename*=UTF-8''...).
std::string content_disposition(const std::string& name);

}  // namespace atgt::files
