// The built front end (web/dist), loaded into memory at start. Requests are answered only from
// that in-memory map, so no request path ever touches the file system. Hashed assets under
// /assets/ are cached for a year; index.html is never cached; any path without an extension
// that is not a file is a front-end route and gets index.html.
#pragma once

#include <map>
#include <string>

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
  };
  std::map<std::string, File> files_;  // key: "/assets/x.js"
};

}  // namespace atgt::app
