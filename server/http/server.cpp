// Boost.Beast/Asio implementation of the HTTP server shell. The only file that includes Beast.
#include "http/server.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>
#include <cstdio>
#include <list>
#include <unordered_map>
#include <mutex>
#include <thread>

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
  asio::io_context ioc;
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
    if (it != anonymous_by_ip.end() && it->second > 0 && --it->second == 0) anonymous_by_ip.erase(it);
  }
  void close_connection() {
    std::lock_guard lock(limits_mu);
    --open_connections;
  }
  bool reserve_body(const std::string& ip, size_t bytes) {
    std::lock_guard lock(limits_mu);
    size_t& mine = body_inflight_by_ip[ip];
    if (body_inflight + bytes > opt.max_body_inflight || mine + bytes > opt.max_body_inflight_per_client) {
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
    if (it != body_inflight_by_ip.end() && (it->second -= bytes) == 0) body_inflight_by_ip.erase(it);
  }

  Impl(ServerOptions o, Handler h)
      : opt(std::move(o)),
        handler(std::move(h)),
        ioc(opt.io_threads),
        workers(opt.worker_threads) {}

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

  awaitable<void> session(tcp::socket socket) {
    auto conn = std::make_shared<Conn>();
    beast::tcp_stream stream(std::move(socket));
    conn->stream = &stream;
    std::list<std::shared_ptr<Conn>>::iterator self;
    {
      std::lock_guard lock(conns_mu);
      self = conns.insert(conns.end(), conn);
    }
    std::string ip;
    {
      beast::error_code ec;
      auto ep = stream.socket().remote_endpoint(ec);
      if (!ec) ip = ep.address().to_string();
    }
    bool admitted = admit_connection(ip);
    bool anonymous = admitted;
    if (!admitted) {
      log::warn("connection_refused", {{"reason", "connection_limit"}, {"ip", ip}});
      co_await send_raw(stream, 503, json_error("busy", "Máy chủ đang quá tải. Vui lòng thử lại sau ít giây."), 5);
    }
    beast::flat_buffer buffer;
    bool first = true;
    while (!stopping && admitted) {
      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(opt.header_limit));
      // The header is read under the larger limit; the body limit of the route's kind is set
      // once the header shows whether the body is streamed to disk.
      parser.body_limit(opt.streams_body ? std::max(opt.body_limit, opt.upload_limit)
                                         : opt.body_limit);
      stream.expires_after(first ? opt.read_timeout : opt.idle_timeout);
      first = false;
      auto [ec, n] = co_await bhttp::async_read_header(stream, buffer, parser, use_tuple);
      if (ec) {
        if (ec == bhttp::error::header_limit) {
          co_await send_raw(stream, 431,
                            json_error("header_too_large", "Tiêu đề yêu cầu quá lớn."));
        } else if (ec == bhttp::error::body_limit) {
          log::warn("request_rejected", {{"reason", "body_limit"}, {"ip", ip}});
          co_await send_raw(
              stream, 413,
              json_error("payload_too_large", "Nội dung yêu cầu vượt quá giới hạn cho phép."));
        } else if (ec.category() == bhttp::make_error_code(bhttp::error::bad_method).category() &&
                   ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message) {
          log::warn("request_rejected", {{"reason", ec.message()}, {"ip", ip}});
          co_await send_raw(stream, 400, json_error("bad_request", "Yêu cầu HTTP không hợp lệ."));
        }
        break;
      }
      conn->busy = true;
      auto start = std::chrono::steady_clock::now();
      if (anonymous && (parser.get().count(bhttp::field::authorization) || parser.get().count(bhttp::field::cookie))) {
        leave_anonymous(ip);
        anonymous = false;
      }
      const bool streams = streamed(parser.get());
      const bool has_body = parser.chunked() || (parser.content_length() && *parser.content_length() > 0);
      // Decide the request from its header before reading any byte of its body.
      if (has_body && opt.precheck) {
        Request head;
        bool bad = false;
        fill_header(parser.get(), ip, head, bad);
        if (!bad) {
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
          if (refused) {
            bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(refused->status), parser.get().version()};
            out.body() = std::move(refused->body);
            finish_response(out, *refused, 0.0, false);
            stream.expires_after(std::chrono::seconds(5));
            co_await bhttp::async_write(stream, out, use_tuple);
            log::info("access", {{"method", head.method}, {"path", head.path}, {"status", std::to_string(refused->status)},
                                 {"ip", ip}, {"error", refused->log_error}, {"stage", "header"}});
            break;
          }
        }
      }
      // Body bytes in flight: a declared length in full, a chunked body as the route's limit.
      size_t reserved = 0;
      if (has_body) {
        size_t limit = streams ? opt.upload_limit : opt.body_limit;
        reserved = parser.content_length() ? std::min<size_t>(*parser.content_length(), limit) : limit;
        if (!reserve_body(ip, reserved)) {
          log::warn("request_rejected", {{"reason", "body_inflight_limit"}, {"ip", ip}});
          co_await send_raw(stream, 503, json_error("busy", "Máy chủ đang nhận quá nhiều dữ liệu. Vui lòng thử lại sau ít giây."), 5);
          break;
        }
      }
      struct Release {
        Impl* impl;
        std::string ip;
        size_t bytes;
        ~Release() {
          if (bytes) impl->release_body(ip, bytes);
        }
      } release{this, ip, reserved};
      if (beast::iequals(parser.get()[bhttp::field::expect], "100-continue")) {
        bhttp::response<bhttp::empty_body> cont{bhttp::status::continue_, parser.get().version()};
        co_await bhttp::async_write(stream, cont, use_tuple);
      }
      stream.expires_after(opt.read_timeout);
      Request req;
      bool bad_target = false;
      bool keep_alive = false;
      unsigned version = 11;
      if (streams) {
        // The body goes to a temporary file under the upload limit.
        bhttp::request_parser<bhttp::file_body> fparser{std::move(parser)};
        fparser.body_limit(opt.upload_limit);
        std::string tmp = temp_upload_path();
        beast::error_code fec;
        fparser.get().body().open(tmp.c_str(), beast::file_mode::write, fec);
        if (fec) {
          log::error("upload_temp_failed", {{"error", fec.message()}, {"dir", opt.upload_dir}});
          co_await send_raw(
              stream, 503,
              json_error("unavailable",
                         "Máy chủ tạm thời không nhận được tệp. Vui lòng thử lại sau."));
          break;
        }
        auto [ec2, n2] = co_await bhttp::async_read(stream, buffer, fparser, use_tuple);
        fparser.get().body().close();
        if (ec2) {
          std::remove(tmp.c_str());
          if (ec2 == bhttp::error::body_limit) {
            log::warn("request_rejected", {{"reason", "upload_limit"}, {"ip", ip}});
            co_await send_raw(stream, 413,
                              json_error("payload_too_large", "Tệp vượt quá dung lượng cho phép."));
          } else if (ec2 != beast::error::timeout && ec2 != asio::error::eof &&
                     ec2 != bhttp::error::end_of_stream) {
            co_await send_raw(stream, 400, json_error("bad_request", "Yêu cầu HTTP không hợp lệ."));
          }
          break;
        }
        auto in = fparser.release();
        keep_alive = in.keep_alive();
        version = in.version();
        fill_header(in.base(), ip, req, bad_target);
        req.body_file = tmp;
        req.body_file_size = n2;
      } else {
        auto length = parser.content_length();
        if (length && *length > opt.body_limit) {
          log::warn("request_rejected", {{"reason", "body_limit"}, {"ip", ip}});
          co_await send_raw(
              stream, 413,
              json_error("payload_too_large", "Nội dung yêu cầu vượt quá giới hạn cho phép."));
          break;
        }
        parser.body_limit(opt.body_limit);
        auto [ec2, n2] = co_await bhttp::async_read(stream, buffer, parser, use_tuple);
        if (ec2) {
          if (ec2 == bhttp::error::body_limit) {
            log::warn("request_rejected", {{"reason", "body_limit"}, {"ip", ip}});
            co_await send_raw(
                stream, 413,
                json_error("payload_too_large", "Nội dung yêu cầu vượt quá giới hạn cho phép."));
          } else if (ec2 != beast::error::timeout && ec2 != asio::error::eof &&
                     ec2 != bhttp::error::end_of_stream) {
            co_await send_raw(stream, 400, json_error("bad_request", "Yêu cầu HTTP không hợp lệ."));
          }
          break;
        }
        auto in = parser.release();
        keep_alive = in.keep_alive();
        version = in.version();
        fill_header(in.base(), ip, req, bad_target);
        req.body = std::move(in.body());
      }
      Response res;
      if (bad_target) {
        res.status = 400;
        res.set_header("Content-Type", "application/json; charset=utf-8");
        res.body = json_error("bad_request", "Đường dẫn yêu cầu không hợp lệ.");
        res.log_error = "bad_target";
      } else {
        // Run the handler on the worker pool: it may block on the database.
        res = co_await asio::co_spawn(
            workers,
            [this, &req]() -> awaitable<Response> {
              try {
                co_return handler(req);
              } catch (const std::exception& e) {
                log::error("handler_exception", {{"what", e.what()}});
              }
              Response r;
              r.status = 500;
              r.set_header("Content-Type", "application/json; charset=utf-8");
              r.set_header("X-Content-Type-Options", "nosniff");
              r.set_header("Content-Security-Policy", "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
              r.set_header("X-Frame-Options", "DENY");
              r.set_header("Referrer-Policy", "no-referrer");
              r.body = json_error("internal", "Lỗi hệ thống. Vui lòng thử lại sau.");
              co_return r;
            },
            asio::use_awaitable);
      }
      if (!req.body_file.empty()) std::remove(req.body_file.c_str());
      auto dur = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                     .count();
      stream.expires_after(opt.read_timeout);
      beast::error_code wec;
      bool kept = false;
      if (!res.body_file.empty()) {
        bhttp::response<bhttp::file_body> out{static_cast<bhttp::status>(res.status), version};
        beast::error_code oec;
        out.body().open(res.body_file.c_str(), beast::file_mode::scan, oec);
        if (oec) {
          log::error("download_open_failed", {{"error", oec.message()}});
          co_await send_raw(stream, 500,
                            json_error("internal", "Không đọc được tệp. Vui lòng thử lại sau."));
          break;
        }
        finish_response(out, res, dur, keep_alive);
        kept = out.keep_alive();
        auto [e, wn] = co_await bhttp::async_write(stream, out, use_tuple);
        wec = e;
      } else {
        bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(res.status), version};
        out.body() = std::move(res.body);
        finish_response(out, res, dur, keep_alive);
        kept = out.keep_alive();
        auto [e, wn] = co_await bhttp::async_write(stream, out, use_tuple);
        wec = e;
      }
      conn->busy = false;
      if (log::enabled(log::Level::kInfo)) {
        char d[32];
        std::snprintf(d, sizeof d, "%.3f", dur);
        log::info("access", {{"method", req.method},
                             {"path", req.path},
                             {"status", std::to_string(res.status)},
                             {"ms", d},
                             {"user", res.log_user},
                             {"ip", ip},
                             {"error", res.log_error}});
      }
      if (wec || !kept) break;
    }
    if (anonymous) leave_anonymous(ip);
    if (admitted) close_connection();
    beast::error_code ignore;
    stream.socket().shutdown(tcp::socket::shutdown_both, ignore);
    {
      std::lock_guard lock(conns_mu);
      conns.erase(self);
    }
  }

  awaitable<void> send_raw(beast::tcp_stream& stream, int status, std::string body, int retry_after = 0) {
    bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(status), 11};
    out.set(bhttp::field::content_type, "application/json; charset=utf-8");
    out.set(bhttp::field::connection, "close");
    // The shell's own answers (malformed request, limits) carry the same baseline headers as the
    // application's (app/security_headers.cpp), HSTS aside, which needs the configuration.
    out.set("X-Content-Type-Options", "nosniff");
    out.set("Content-Security-Policy", "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
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
      auto [ec, socket] = co_await acceptor.async_accept(asio::make_strand(ioc), use_tuple);
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
  std::vector<std::thread> threads;
  for (int i = 1; i < im.opt.io_threads; ++i) threads.emplace_back([&im] { im.ioc.run(); });
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
