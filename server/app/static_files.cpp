// In-memory static file server.
#include "app/static_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/crypto.h"

namespace atgt::app {
namespace fs = std::filesystem;
namespace {

std::string type_for(const std::string& ext) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"},
      {".webmanifest", "application/manifest+json"},
      {".geojson", "application/geo+json"}};
  auto it = types.find(ext);
  return it == types.end() ? "application/octet-stream" : it->second;
}

}  // namespace

StaticFiles::StaticFiles(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    File f;
    f.body = ss.str();
    f.type = type_for(it->path().extension().string());
    f.etag = "\"" + sha256_hex(f.body).substr(0, 32) + "\"";
    std::string key = "/" + fs::relative(it->path(), dir).generic_string();
    files_.emplace(key, std::move(f));
  }
}

http::Response StaticFiles::serve(const std::string& path) const {
  http::Response r;
  auto it = files_.find(path);
  bool is_index = false;
  if (it == files_.end()) {
    std::string last = path.substr(path.rfind('/') + 1);
    if (last.find('.') != std::string::npos) {
      r.status = 404;
      r.set_header("Content-Type", "text/plain; charset=utf-8");
      r.body = "Không tìm thấy tệp.";
      return r;
    }
    it = files_.find("/index.html");
    is_index = true;
    if (it == files_.end()) {
      r.status = 503;
      r.set_header("Content-Type", "text/plain; charset=utf-8");
      r.body = "Giao diện web chưa được xây dựng (chạy ./x build).";
      return r;
    }
  }
  is_index = is_index || path == "/index.html";
  r.set_header("Content-Type", it->second.type);
  r.set_header("ETag", it->second.etag);
  r.set_header("X-Content-Type-Options", "nosniff");
  if (is_index) {
    r.set_header("Cache-Control", "no-cache");
    r.set_header("X-Frame-Options", "DENY");
  } else if (path.rfind("/assets/", 0) == 0) {
    r.set_header("Cache-Control", "public, max-age=31536000, immutable");
  } else {
    r.set_header("Cache-Control", "public, max-age=3600");
  }
  r.body = it->second.body;
  return r;
}

}  // namespace atgt::app
