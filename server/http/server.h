// The HTTP/1.1 server shell: Boost.Beast + Asio C++20 coroutines. It reads requests under a
// timeout with header and body limits, answers from the fast handler on the I/O thread when it
// can, else runs the handler on a worker pool (handlers may block on the database), writes the
// response with a Server-Timing header, keeps connections alive, logs every request, and on
// SIGTERM/SIGINT stops accepting, lets in-flight requests finish, closes idle connections and
// returns from run().
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "base/status.h"
#include "http/message.h"

namespace atgt::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;  // 0 = pick a free port
  int io_threads = 2;
  int worker_threads = 4;
  size_t header_limit = 16 * 1024;
  size_t body_limit = 1024 * 1024;
  // Requests for which streams_body(method, path) is true have their body written to a file in
  // upload_dir (Request::body_file) under upload_limit instead of being held in memory.
  std::function<bool(const std::string& method, const std::string& path)> streams_body;
  std::string upload_dir;
  size_t upload_limit = 25 * 1024 * 1024;
  std::chrono::seconds read_timeout{30};
  std::chrono::seconds idle_timeout{60};
  // Decides a request from its header alone, before any byte of its body is read or stored
  // (authentication, CSRF, the route's permission): a Response refuses the request (it is sent
  // with Connection: close and the body is never read); nullopt lets it through. Runs on the
  // worker pool; called only for requests that carry a body.
  std::function<std::optional<Response>(Request& header_only)> precheck;
  // Answers a request on the I/O thread, before any hop to the worker pool, when that needs no
  // blocking call (an answer from the application's caches): a Response is sent as is; nullopt
  // sends the request to `handler` on the worker pool. Must never block. Optional.
  std::function<std::optional<Response>(Request&)> fast_handler;
  // Limits (503 with Retry-After beyond them, never a crash or a full disk): body bytes being
  // received at once, in total and per client address (a declared length counts in full, a
  // chunked body as the route's limit); connections in total; connections per client address
  // that have not yet sent a request with credentials (Authorization or Cookie).
  size_t max_body_inflight = size_t{512} << 20;
  size_t max_body_inflight_per_client = size_t{128} << 20;
  size_t max_connections = 16384;
  size_t max_anonymous_connections_per_client = 2048;
};

using Handler = std::function<Response(Request&)>;

class Server {
 public:
  Server(ServerOptions options, Handler handler);
  ~Server();
  // Binds and listens; after success port() is the bound port.
  Status listen();
  uint16_t port() const;
  // Serves until SIGTERM/SIGINT (or stop()); returns after a graceful shutdown.
  void run();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Percent-decodes a URL path; false when the encoding is malformed or decodes to invalid bytes.
bool decode_path(const std::string& raw, std::string* out);

}  // namespace atgt::http
