// The built front end (web/dist), loaded into memory at start. Requests are answered only from
// that in-memory map, so no request path ever touches the file system. Hashed assets under
// /assets/ are cached for a year; index.html is never cached; any path without an extension
// that is not a file is a front-end route and gets index.html. Every file gets the front end's
// Content-Security-Policy; index.html gets a fresh style nonce in it and in the page, in place of
// kCspNoncePlaceholder (app/security_headers.h).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "http/message.h"

namespace atgt::app {

class StaticFiles {
 public:
  // Loads every regular file under `dir` (missing dir: serves a 503 page explaining the build).
  explicit StaticFiles(const std::string& dir);
  http::Response serve(const std::string& path) const;
  size_t size() const { return files_.size(); }

 private:
  struct File {
    std::string body, type, etag;
    // An HTML file cut at each nonce placeholder (empty when it has none): the response is the
    // pieces joined with a fresh nonce.
    std::vector<std::string> pieces;
  };
  std::map<std::string, File> files_;  // key: "/assets/x.js"
};

}  // namespace atgt::app
