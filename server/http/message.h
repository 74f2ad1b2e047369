// The project's own HTTP request/response types. Only http/server.cpp knows Beast; handlers
// see these plain structs.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace atgt::http {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string target;  // raw request target, e.g. "/api/v1/units?date=2024-12-31"
  std::string path;    // percent-decoded path without query ("" when the target is malformed)
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
  std::map<std::string, std::string> headers;              // names in lower case
  std::string body;
  // For routes that stream their body to disk (ServerOptions::streams_body): the temporary file
  // holding the body, and its size. The server removes the file after the handler returns, so a
  // handler that keeps the bytes renames the file away first.
  std::string body_file;
  uint64_t body_file_size = 0;
  std::string remote_ip;

  const std::string* header(const std::string& lower_name) const {
    auto it = headers.find(lower_name);
    return it == headers.end() ? nullptr : &it->second;
  }
  const std::string* query_param(const std::string& name) const {
    for (const auto& [k, v] : query)
      if (k == name) return &v;
    return nullptr;
  }
};

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // When set, the response body is this file's content (streamed from disk) and `body` is
  // ignored. The file must stay in place until the response is written.
  std::string body_file;
  // For the access log only: the authenticated user's id (never a name), or empty.
  std::string log_user;
  // For the access log: a machine error code, when the response is an error.
  std::string log_error;

  void set_header(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
  }
};

}  // namespace atgt::http
