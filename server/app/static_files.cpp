// In-memory static file server.
#include "app/static_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/security_headers.h"
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

// `body` cut at each nonce placeholder; empty when there is none.
std::vector<std::string> nonce_pieces(const std::string& body) {
  std::vector<std::string> pieces;
  size_t from = 0;
  for (size_t at; (at = body.find(kCspNoncePlaceholder, from)) != std::string::npos;
       from = at + kCspNoncePlaceholder.size())
    pieces.push_back(body.substr(from, at - from));
  if (pieces.empty()) return pieces;
  pieces.push_back(body.substr(from));
  return pieces;
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
    if (it->path().extension() == ".html") f.pieces = nonce_pieces(f.body);
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
  const File& f = it->second;
  r.set_header("Content-Type", f.type);
  if (!f.pieces.empty()) {
    // A page with a nonce: a new body every time, so no ETag and no caching.
    std::string nonce = new_csp_nonce();
    size_t size = f.body.size() + f.pieces.size() * nonce.size();
    r.body.reserve(size);
    for (size_t i = 0; i < f.pieces.size(); ++i) {
      if (i) r.body += nonce;
      r.body += f.pieces[i];
    }
    r.set_header("Content-Security-Policy", frontend_csp(nonce));
    r.set_header("Cache-Control", "no-store");
    return r;
  }
  r.set_header("Content-Security-Policy", frontend_csp());
  r.set_header("ETag", f.etag);
  if (is_index) {
    r.set_header("Cache-Control", "no-cache");
  } else if (path.rfind("/assets/", 0) == 0) {
    r.set_header("Cache-Control", "public, max-age=31536000, immutable");
  } else {
    r.set_header("Cache-Control", "public, max-age=3600");
  }
  r.body = f.body;
  return r;
}

}  // namespace atgt::app
