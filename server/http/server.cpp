// Boost.Beast/Asio implementation of the HTTP server shell. The only file that includes Beast.
#include "http/server.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>
#include <charconv>
#include <cstdio>
#include <list>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "base/log.h"

namespace atgt::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using asio::awaitable;
using asio::ip::tcp;
constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);

bool decode_path(const std::string& raw, std::string* out) {
  auto r = boost::urls::parse_origin_form(raw);
  if (!r) return false;
  *out = std::string(r->path());
  return true;
}

namespace {

// Milliseconds with three decimals ("12.345") into `out` (at least 32 bytes); the length.
size_t format_ms(double ms, char* out) {
  auto us = static_cast<unsigned long long>(ms < 0 ? 0 : ms * 1000.0 + 0.5);
  char* end = std::to_chars(out, out + 24, us / 1000).ptr;
  unsigned frac = static_cast<unsigned>(us % 1000);
  *end++ = '.';
  *end++ = static_cast<char>('0' + frac / 100);
  *end++ = static_cast<char>('0' + frac / 10 % 10);
  *end++ = static_cast<char>('0' + frac % 10);
  return static_cast<size_t>(end - out);
}

std::string json_error(const char* code, const char* message) {
  return std::string("{\"error\":{\"code\":\"") + code + "\",\"message\":\"" + message + "\"}}";
}

// A live connection, so that shutdown can close the idle ones.
struct Conn {
  beast::tcp_stream* stream = nullptr;
  std::atomic<bool> busy{false};
};

}  // namespace

struct Server::Impl {
  ServerOptions opt;
  Handler handler;
  // One io_context per I/O thread: a connection stays on the thread that accepted it for its
  // whole life, so its handlers need no strand and never wait on another thread's queue. The first
  // one also runs the acceptor and the signals.
  std::vector<std::unique_ptr<asio::io_context>> iocs;
  asio::io_context& ioc;
  // Keeps the I/O threads running while they have no connection; released at shutdown.
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> keep_running;
  size_t next_ioc = 0;
  asio::thread_pool workers;
  tcp::acceptor acceptor{ioc};
  asio::signal_set signals{ioc, SIGINT, SIGTERM};
  std::atomic<bool> stopping{false};
  std::mutex conns_mu;
  std::list<std::shared_ptr<Conn>> conns;
  uint16_t bound_port = 0;
  // Admission limits (ServerOptions::max_*), under limits_mu.
  std::mutex limits_mu;
  size_t open_connections = 0;
  std::unordered_map<std::string, size_t> anonymous_by_ip;
  size_t body_inflight = 0;
  std::unordered_map<std::string, size_t> body_inflight_by_ip;

  // Admits a new connection from `ip` as anonymous; false when a limit is reached.
  bool admit_connection(const std::string& ip) {
    std::lock_guard lock(limits_mu);
    if (open_connections >= opt.max_connections) return false;
    size_t& anon = anonymous_by_ip[ip];
    if (anon >= opt.max_anonymous_connections_per_client) {
      if (anon == 0) anonymous_by_ip.erase(ip);
      return false;
    }
    ++anon;
    ++open_connections;
    return true;
  }
  // The connection sent credentials (or closed): it no longer counts as anonymous.
  void leave_anonymous(const std::string& ip) {
    std::lock_guard lock(limits_mu);
    auto it = anonymous_by_ip.find(ip);
    if (it != anonymous_by_ip.end() && it->second > 0 && --it->second == 0)
      anonymous_by_ip.erase(it);
  }
  void close_connection() {
    std::lock_guard lock(limits_mu);
    --open_connections;
  }
  bool reserve_body(const std::string& ip, size_t bytes) {
    std::lock_guard lock(limits_mu);
    size_t& mine = body_inflight_by_ip[ip];
    if (body_inflight + bytes > opt.max_body_inflight ||
        mine + bytes > opt.max_body_inflight_per_client) {
      if (mine == 0) body_inflight_by_ip.erase(ip);
      return false;
    }
    mine += bytes;
    body_inflight += bytes;
    return true;
  }
  void release_body(const std::string& ip, size_t bytes) {
    std::lock_guard lock(limits_mu);
    body_inflight -= bytes;
    auto it = body_inflight_by_ip.find(ip);
    if (it != body_inflight_by_ip.end() && (it->second -= bytes) == 0)
      body_inflight_by_ip.erase(it);
  }

  Impl(ServerOptions o, Handler h)
      : opt(std::move(o)),
        handler(std::move(h)),
        iocs(make_iocs(opt.io_threads)),
        ioc(*iocs.front()),
        workers(opt.worker_threads) {}

  static std::vector<std::unique_ptr<asio::io_context>> make_iocs(int n) {
    std::vector<std::unique_ptr<asio::io_context>> v;
    for (int i = 0; i < std::max(1, n); ++i) v.push_back(std::make_unique<asio::io_context>(1));
    return v;
  }

  // Copies method, target, headers and the parsed target (path, query) of a request.
  void fill_header(const bhttp::request_header<>& in, const std::string& ip, Request& out,
                   bool& bad_target) {
    out.method = std::string(in.method_string());
    out.target = std::string(in.target());
    out.remote_ip = ip;
    for (const auto& f : in) {
      std::string name(f.name_string());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      out.headers[name] = std::string(f.value());
    }
    auto parsed = boost::urls::parse_origin_form(out.target);
    bad_target = !parsed;
    if (parsed) {
      out.path = std::string(parsed->path());
      for (auto p : parsed->params()) out.query.emplace_back(p.key, p.has_value ? p.value : "");
    }
  }

  // True when the body of this request goes to a file (see ServerOptions::streams_body).
  bool streamed(const bhttp::request_header<>& h) const {
    if (!opt.streams_body) return false;
    auto parsed = boost::urls::parse_origin_form(h.target());
    return parsed && opt.streams_body(std::string(h.method_string()), std::string(parsed->path()));
  }

  std::string temp_upload_path() {
    static std::atomic<uint64_t> counter{0};
    char name[96];
    std::snprintf(name, sizeof name, "/upload-%d-%llu-%llu.part", static_cast<int>(::getpid()),
                  static_cast<unsigned long long>(
                      std::chrono::steady_clock::now().time_since_epoch().count()),
                  static_cast<unsigned long long>(++counter));
    return opt.upload_dir + name;
  }

  // Headers common to every response: the handler's, Server-Timing, keep-alive.
  template <class Body>
  void finish_response(bhttp::response<Body>& out, Response& res, double dur, bool keep_alive) {
    out.set(bhttp::field::server, "atgt");
    for (auto& [k, v] : res.headers) out.set(k, v);
    char timing[64];
    std::snprintf(timing, sizeof timing, "app;dur=%.3f", dur);
    out.set("Server-Timing", timing);
    out.keep_alive(keep_alive && !stopping);
    out.prepare_payload();
  }

  // One connection's state across its requests.
  struct Connection {
    beast::tcp_stream stream;
    beast::flat_buffer buffer;
    std::shared_ptr<Conn> live = std::make_shared<Conn>();
    std::string ip;
    bool anonymous = false;
    bool first = true;
    std::string head;  // the serialised response header, reused across requests
    explicit Connection(tcp::socket s) : stream(std::move(s)) {}
  };

  // A request read in full, with what its answer needs.
  struct Incoming {
    Request req;
    bool bad_target = false;
    bool keep_alive = false;
    unsigned version = 11;
    std::chrono::steady_clock::time_point start;
  };

  // The shell's own answer to a request it cannot read: one table for every stage.
  enum class Stage { kHeader, kBody, kUpload };
  struct Refusal {
    int status;
    const char* code;
    const char* message;
    const char* reason;  // for the log; nullptr: not logged
  };
  static std::optional<Refusal> read_refusal(const beast::error_code& ec, Stage stage) {
    if (ec == bhttp::error::header_limit)
      return Refusal{431, "header_too_large", "Tiêu đề yêu cầu quá lớn.", nullptr};
    if (ec == bhttp::error::body_limit) return too_large(stage);
    const bool http_error =
        ec.category() == bhttp::make_error_code(bhttp::error::bad_method).category();
    if (stage == Stage::kHeader) {
      if (!http_error || ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message)
        return std::nullopt;
    } else if (ec == beast::error::timeout || ec == asio::error::eof ||
               ec == bhttp::error::end_of_stream) {
      return std::nullopt;
    }
    return Refusal{400, "bad_request", "Yêu cầu HTTP không hợp lệ.", "bad_request"};
  }
  static Refusal too_large(Stage stage) {
    if (stage == Stage::kUpload)
      return Refusal{413, "payload_too_large", "Tệp vượt quá dung lượng cho phép.", "upload_limit"};
    return Refusal{413, "payload_too_large", "Nội dung yêu cầu vượt quá giới hạn cho phép.",
                   "body_limit"};
  }

  awaitable<void> refuse(Connection& c, const Refusal& r, int retry_after = 0) {
    if (r.reason) log::warn("request_rejected", {{"reason", r.reason}, {"ip", c.ip}});
    co_await send_raw(c.stream, r.status, json_error(r.code, r.message), retry_after);
  }

  // Reads a request header; false when the connection ends (any answer already sent).
  awaitable<bool> read_header(Connection& c, bhttp::request_parser<bhttp::string_body>& parser) {
    parser.header_limit(static_cast<std::uint32_t>(opt.header_limit));
    // The header is read under the larger limit; the body limit of the route's kind is set
    // once the header shows whether the body is streamed to disk.
    parser.body_limit(opt.streams_body ? std::max(opt.body_limit, opt.upload_limit)
                                       : opt.body_limit);
    c.stream.expires_after(c.first ? opt.read_timeout : opt.idle_timeout);
    c.first = false;
    auto [ec, n] = co_await bhttp::async_read_header(c.stream, c.buffer, parser, use_tuple);
    if (ec) {
      if (auto r = read_refusal(ec, Stage::kHeader)) co_await refuse(c, *r);
      co_return false;
    }
    if (c.anonymous && (parser.get().count(bhttp::field::authorization) ||
                        parser.get().count(bhttp::field::cookie))) {
      leave_anonymous(c.ip);
      c.anonymous = false;
    }
    co_return true;
  }

  // Decides a request with a body from its header (ServerOptions::precheck); true when it was
  // refused (and answered).
  awaitable<bool> refused_by_precheck(Connection& c, const bhttp::request_header<>& header) {
    Request head;
    bool bad = false;
    fill_header(header, c.ip, head, bad);
    if (bad) co_return false;
    auto refused = co_await asio::co_spawn(
        workers,
        [this, &head]() -> awaitable<std::optional<Response>> {
          try {
            co_return opt.precheck(head);
          } catch (const std::exception& e) {
            log::error("precheck_exception", {{"what", e.what()}});
          }
          co_return std::nullopt;
        },
        asio::use_awaitable);
    if (!refused) co_return false;
    co_await write_response(c, *refused, header.version(), false, 0.0, std::chrono::seconds(5));
    log::info("access", {{"method", head.method},
                         {"path", head.path},
                         {"status", std::to_string(refused->status)},
                         {"ip", c.ip},
                         {"error", refused->log_error},
                         {"stage", "header"}});
    co_return true;
  }

  // Reads a body streamed to a temporary file; false when the connection ends.
  awaitable<bool> read_upload(Connection& c, bhttp::request_parser<bhttp::string_body>& parser,
                              Incoming& in) {
    bhttp::request_parser<bhttp::file_body> fparser{std::move(parser)};
    fparser.body_limit(opt.upload_limit);
    std::string tmp = temp_upload_path();
    beast::error_code fec;
    fparser.get().body().open(tmp.c_str(), beast::file_mode::write, fec);
    if (fec) {
      log::error("upload_temp_failed", {{"error", fec.message()}, {"dir", opt.upload_dir}});
      co_await refuse(c, {503, "unavailable",
                          "Máy chủ tạm thời không nhận được tệp. Vui lòng thử lại sau.", nullptr});
      co_return false;
    }
    auto [ec, n] = co_await bhttp::async_read(c.stream, c.buffer, fparser, use_tuple);
    fparser.get().body().close();
    if (ec) {
      std::remove(tmp.c_str());
      if (auto r = read_refusal(ec, Stage::kUpload)) co_await refuse(c, *r);
      co_return false;
    }
    auto msg = fparser.release();
    in.keep_alive = msg.keep_alive();
    in.version = msg.version();
    fill_header(msg.base(), c.ip, in.req, in.bad_target);
    in.req.body_file = tmp;
    in.req.body_file_size = n;
    co_return true;
  }

  // Reads a body into memory; false when the connection ends.
  awaitable<bool> read_body(Connection& c, bhttp::request_parser<bhttp::string_body>& parser,
                            Incoming& in) {
    auto length = parser.content_length();
    if (length && *length > opt.body_limit) {
      co_await refuse(c, too_large(Stage::kBody));
      co_return false;
    }
    parser.body_limit(opt.body_limit);
    if (!parser.is_done()) {
      auto [ec, n] = co_await bhttp::async_read(c.stream, c.buffer, parser, use_tuple);
      if (ec) {
        if (auto r = read_refusal(ec, Stage::kBody)) co_await refuse(c, *r);
        co_return false;
      }
    }
    auto msg = parser.release();
    in.keep_alive = msg.keep_alive();
    in.version = msg.version();
    fill_header(msg.base(), c.ip, in.req, in.bad_target);
    in.req.body = std::move(msg.body());
    co_return true;
  }

  // Reads the next request in full: header, precheck, admission of the body, body. False when
  // the connection ends (any answer already sent); `reserved` is the body bytes admitted.
  awaitable<bool> read_request(Connection& c, Incoming& in, size_t& reserved) {
    bhttp::request_parser<bhttp::string_body> parser;
    if (!co_await read_header(c, parser)) co_return false;
    c.live->busy = true;
    in.start = std::chrono::steady_clock::now();
    const bool has_body =
        parser.chunked() || (parser.content_length() && *parser.content_length() > 0);
    const bool streams = has_body && streamed(parser.get());
    if (has_body) {
      // Decide the request from its header before reading any byte of its body.
      if (opt.precheck && co_await refused_by_precheck(c, parser.get())) co_return false;
      // Body bytes in flight: a declared length in full, a chunked body as the route's limit.
      size_t limit = streams ? opt.upload_limit : opt.body_limit;
      size_t bytes =
          parser.content_length() ? std::min<size_t>(*parser.content_length(), limit) : limit;
      if (!reserve_body(c.ip, bytes)) {
        co_await refuse(
            c,
            {503, "busy", "Máy chủ đang nhận quá nhiều dữ liệu. Vui lòng thử lại sau ít giây.",
             "body_inflight_limit"},
            5);
        co_return false;
      }
      reserved = bytes;
      if (beast::iequals(parser.get()[bhttp::field::expect], "100-continue")) {
        bhttp::response<bhttp::empty_body> cont{bhttp::status::continue_, parser.get().version()};
        co_await bhttp::async_write(c.stream, cont, use_tuple);
      }
    }
    c.stream.expires_after(opt.read_timeout);
    if (streams) co_return co_await read_upload(c, parser, in);
    co_return co_await read_body(c, parser, in);
  }

  // The handler's answer: from the fast handler on this I/O thread when it has one, else from the
  // handler on the worker pool (it may block on the database).
  awaitable<Response> handle(Incoming& in) {
    if (in.bad_target) {
      Response res;
      res.status = 400;
      res.set_header("Content-Type", "application/json; charset=utf-8");
      res.body = json_error("bad_request", "Đường dẫn yêu cầu không hợp lệ.");
      res.log_error = "bad_target";
      co_return res;
    }
    if (opt.fast_handler) {
      try {
        if (auto res = opt.fast_handler(in.req)) co_return std::move(*res);
      } catch (const std::exception& e) {
        log::error("fast_handler_exception", {{"what", e.what()}});
      }
    }
    co_return co_await asio::co_spawn(
        workers,
        [this, &in]() -> awaitable<Response> {
          try {
            co_return handler(in.req);
          } catch (const std::exception& e) {
            log::error("handler_exception", {{"what", e.what()}});
          }
          Response r;
          r.status = 500;
          r.set_header("Content-Type", "application/json; charset=utf-8");
          r.set_header("X-Content-Type-Options", "nosniff");
          r.set_header(
              "Content-Security-Policy",
              "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
          r.set_header("X-Frame-Options", "DENY");
          r.set_header("Referrer-Policy", "no-referrer");
          r.body = json_error("internal", "Lỗi hệ thống. Vui lòng thử lại sau.");
          co_return r;
        },
        asio::use_awaitable);
  }

  // Writes a response (a file body or a string body); true when the connection stays open.
  awaitable<bool> write_response(Connection& c, Response& res, unsigned version, bool keep_alive,
                                 double dur, std::chrono::seconds timeout) {
    c.stream.expires_after(timeout);
    if (!res.body_file.empty()) {
      bhttp::response<bhttp::file_body> out{static_cast<bhttp::status>(res.status), version};
      beast::error_code oec;
      out.body().open(res.body_file.c_str(), beast::file_mode::scan, oec);
      if (oec) {
        log::error("download_open_failed", {{"error", oec.message()}});
        co_await send_raw(c.stream, 500,
                          json_error("internal", "Không đọc được tệp. Vui lòng thử lại sau."));
        co_return false;
      }
      finish_response(out, res, dur, keep_alive);
      auto [ec, n] = co_await bhttp::async_write(c.stream, out, use_tuple);
      co_return !ec && out.keep_alive();
    }
    // A string body: the header is serialised by hand into the connection's buffer (the same
    // bytes as Beast's serializer, without a heap node per field).
    keep_alive = keep_alive && !stopping;
    serialize_head(c.head, res, version, keep_alive, dur);
    std::array<asio::const_buffer, 2> bufs{asio::buffer(c.head), asio::buffer(res.body)};
    auto [ec, n] = co_await asio::async_write(c.stream, bufs, use_tuple);
    co_return !ec && keep_alive;
  }

  // The status line and header of a response with a string body into `out`: Server, the
  // handler's headers, Server-Timing, Connection when it differs from the version's default,
  // Content-Length (none for 1xx, 204 and 304, as Beast's prepare_payload).
  static void serialize_head(std::string& out, const Response& res, unsigned version,
                             bool keep_alive, double dur) {
    out.clear();
    out += version == 10 ? "HTTP/1.0 " : "HTTP/1.1 ";
    char num[32];
    auto [end, ec] = std::to_chars(num, num + sizeof num, res.status);
    out.append(num, end);
    out += ' ';
    auto reason = bhttp::obsolete_reason(static_cast<bhttp::status>(res.status));
    out.append(reason.data(), reason.size());
    out += "\r\nServer: atgt\r\n";
    for (const auto& [k, v] : res.headers) {
      out += k;
      out += ": ";
      out += v;
      out += "\r\n";
    }
    out += "Server-Timing: app;dur=";
    out.append(num, format_ms(dur, num));
    out += "\r\n";
    if (version == 10 && keep_alive) out += "Connection: keep-alive\r\n";
    if (version != 10 && !keep_alive) out += "Connection: close\r\n";
    const bool no_body =
        (res.status >= 100 && res.status < 200) || res.status == 204 || res.status == 304;
    if (!no_body) {
      auto [e2, ec2] = std::to_chars(num, num + sizeof num, res.body.size());
      out += "Content-Length: ";
      out.append(num, e2);
      out += "\r\n";
    }
    out += "\r\n";
  }

  void log_access(const Connection& c, const Request& req, const Response& res, double dur) {
    if (!log::enabled(log::Level::kInfo)) return;
    char d[32];
    d[format_ms(dur, d)] = '\0';
    log::info("access", {{"method", req.method},
                         {"path", req.path},
                         {"status", std::to_string(res.status)},
                         {"ms", d},
                         {"user", res.log_user},
                         {"ip", c.ip},
                         {"error", res.log_error}});
  }

  // One connection: admission, then read, handle and write each request until the connection
  // ends or the server stops.
  awaitable<void> session(tcp::socket socket) {
    Connection c(std::move(socket));
    std::list<std::shared_ptr<Conn>>::iterator self;
    c.live->stream = &c.stream;
    {
      std::lock_guard lock(conns_mu);
      self = conns.insert(conns.end(), c.live);
    }
    {
      beast::error_code ec;
      auto ep = c.stream.socket().remote_endpoint(ec);
      if (!ec) c.ip = ep.address().to_string();
    }
    const bool admitted = admit_connection(c.ip);
    c.anonymous = admitted;
    if (!admitted) {
      log::warn("connection_refused", {{"reason", "connection_limit"}, {"ip", c.ip}});
      co_await send_raw(c.stream, 503,
                        json_error("busy", "Máy chủ đang quá tải. Vui lòng thử lại sau ít giây."),
                        5);
    }
    while (!stopping && admitted) {
      Incoming in;
      size_t reserved = 0;
      bool ok = co_await read_request(c, in, reserved);
      struct Release {
        Impl* impl;
        const std::string& ip;
        size_t& bytes;
        ~Release() {
          if (bytes) impl->release_body(ip, bytes);
        }
      } release{this, c.ip, reserved};
      if (!ok) break;
      Response res = co_await handle(in);
      if (!in.req.body_file.empty()) std::remove(in.req.body_file.c_str());
      auto dur =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - in.start)
              .count();
      bool kept = co_await write_response(c, res, in.version, in.keep_alive && !stopping, dur,
                                          opt.read_timeout);
      c.live->busy = false;
      log_access(c, in.req, res, dur);
      if (!kept) break;
    }
    if (c.anonymous) leave_anonymous(c.ip);
    if (admitted) close_connection();
    beast::error_code ignore;
    c.stream.socket().shutdown(tcp::socket::shutdown_both, ignore);
    std::lock_guard lock(conns_mu);
    conns.erase(self);
  }

  awaitable<void> send_raw(beast::tcp_stream& stream, int status, std::string body,
                           int retry_after = 0) {
    bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(status), 11};
    out.set(bhttp::field::content_type, "application/json; charset=utf-8");
    out.set(bhttp::field::connection, "close");
    // The shell's own answers (malformed request, limits) carry the same baseline headers as the
    // application's (app/security_headers.cpp), HSTS aside, which needs the configuration.
    out.set("X-Content-Type-Options", "nosniff");
    out.set("Content-Security-Policy",
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    out.set("X-Frame-Options", "DENY");
    out.set("Referrer-Policy", "no-referrer");
    if (retry_after > 0) out.set(bhttp::field::retry_after, std::to_string(retry_after));
    out.body() = std::move(body);
    out.prepare_payload();
    stream.expires_after(std::chrono::seconds(5));
    co_await bhttp::async_write(stream, out, use_tuple);
  }

  awaitable<void> accept_loop() {
    while (!stopping) {
      auto& target = *iocs[next_ioc++ % iocs.size()];
      auto [ec, socket] = co_await acceptor.async_accept(target, use_tuple);
      if (ec) {
        if (stopping || ec == asio::error::operation_aborted) break;
        log::warn("accept_failed", {{"error", ec.message()}});
        continue;
      }
      auto ex = socket.get_executor();
      asio::co_spawn(ex, session(std::move(socket)), asio::detached);
    }
  }

  void begin_shutdown() {
    if (stopping.exchange(true)) return;
    log::info("shutdown_started");
    asio::post(ioc, [this] {
      beast::error_code ec;
      acceptor.close(ec);
      signals.cancel(ec);
      for (auto& g : keep_running) g.reset();
      std::lock_guard lock(conns_mu);
      for (auto& c : conns) {
        if (!c->busy) {
          auto* s = c->stream;
          asio::post(s->get_executor(), [s] { s->cancel(); });
        }
      }
    });
  }
};

Server::Server(ServerOptions options, Handler handler)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler))) {}

Server::~Server() {
  impl_->workers.join();
}

Status Server::listen() {
  beast::error_code ec;
  auto addr = asio::ip::make_address(impl_->opt.host, ec);
  if (ec) return Invalid("Địa chỉ lắng nghe không hợp lệ: " + impl_->opt.host);
  tcp::endpoint ep{addr, impl_->opt.port};
  auto& a = impl_->acceptor;
  a.open(ep.protocol(), ec);
  if (!ec) a.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) a.bind(ep, ec);
  if (!ec) a.listen(asio::socket_base::max_listen_connections, ec);
  if (ec)
    return Unavailable("listen " + impl_->opt.host + ":" + std::to_string(impl_->opt.port) + ": " +
                       ec.message());
  impl_->bound_port = a.local_endpoint().port();
  return Status::Ok();
}

uint16_t Server::port() const {
  return impl_->bound_port;
}

void Server::run() {
  auto& im = *impl_;
  im.signals.async_wait([&im](const beast::error_code& ec, int) {
    if (!ec) im.begin_shutdown();
  });
  asio::co_spawn(im.ioc, im.accept_loop(), asio::detached);
  for (size_t i = 1; i < im.iocs.size(); ++i)
    im.keep_running.push_back(asio::make_work_guard(*im.iocs[i]));
  std::vector<std::thread> threads;
  for (size_t i = 1; i < im.iocs.size(); ++i) threads.emplace_back([&im, i] { im.iocs[i]->run(); });
  im.ioc.run();
  for (auto& t : threads) t.join();
  im.workers.join();
  log::info("shutdown_complete");
  log::flush();
}

void Server::stop() {
  impl_->begin_shutdown();
}

}  // namespace atgt::http
