// The in-memory ZIP writer of zip_pack.h.
#include "render/zip_pack.h"

#include <zip.h>

#include <cstdio>

namespace atgt::render {

namespace {
Status zip_failed(const char* what, zip_error_t* e) {
  return Internal(std::string("zip ") + what + ": " + zip_error_strerror(e));
}
}  // namespace

Result<std::string> zip_pack(const ZipParts& parts) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
  if (!src) return zip_failed("buffer", &err);
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &err);
  if (!za) {
    zip_source_free(src);
    return zip_failed("open", &err);
  }
  zip_source_keep(src);  // read back after zip_close
  for (const auto& [name, bytes] : parts) {
    zip_source_t* s = zip_source_buffer(za, bytes.data(), bytes.size(), 0);
    zip_int64_t idx = s ? zip_file_add(za, name.c_str(), s, ZIP_FL_ENC_UTF_8) : -1;
    if (idx < 0) {
      if (s) zip_source_free(s);
      Status st = Internal(std::string("zip add ") + name + ": " + zip_strerror(za));
      zip_discard(za);
      zip_source_free(src);
      return st;
    }
    zip_file_set_mtime(za, static_cast<zip_uint64_t>(idx), 1704067200, 0);  // 2024-01-01
  }
  if (zip_close(za) != 0) {
    Status st = Internal(std::string("zip close: ") + zip_strerror(za));
    zip_discard(za);
    zip_source_free(src);
    return st;
  }
  std::string out;
  if (zip_source_open(src) == 0) {
    zip_source_seek(src, 0, SEEK_END);
    zip_int64_t size = zip_source_tell(src);
    zip_source_seek(src, 0, SEEK_SET);
    if (size > 0) {
      out.resize(static_cast<size_t>(size));
      zip_int64_t got = zip_source_read(src, out.data(), static_cast<zip_uint64_t>(size));
      if (got != size) out.clear();
    }
    zip_source_close(src);
  }
  zip_source_free(src);
  if (out.empty()) return Internal("zip: could not read the archive back");
  return out;
}

}  // namespace atgt::render
