// Structured JSON-lines logger. Lines are formatted by hand (no allocation beyond the line) and
// appended to a buffer; a background thread writes the buffer every 200 ms, a full buffer (64 KiB)
// is written at once, and warn/error lines are written immediately together with everything
// before them, so an error is never stuck behind buffered lines. flush() writes what is left.
#include "base/log.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

#include "base/time.h"

namespace atgt::log {
namespace {

std::atomic<int> g_level{static_cast<int>(Level::kInfo)};

const char* name(Level l) {
  switch (l) {
    case Level::kDebug: return "debug";
    case Level::kInfo: return "info";
    case Level::kWarn: return "warn";
    case Level::kError: return "error";
  }
  return "info";
}

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  out.push_back('"');
}

class Sink {
 public:
  Sink() : thread_([this] { loop(); }) {}
  ~Sink() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    cv_.notify_one();
    thread_.join();
    write_out();
  }
  void add(std::string&& line, bool urgent) {
    std::lock_guard lock(mu_);
    buf_ += line;
    if (urgent || buf_.size() >= 64 * 1024) write_locked();
  }
  void flush() {
    std::lock_guard lock(mu_);
    write_locked();
  }

 private:
  void write_locked() {
    size_t off = 0;
    while (off < buf_.size()) {
      ssize_t n = ::write(STDERR_FILENO, buf_.data() + off, buf_.size() - off);
      if (n <= 0) break;
      off += static_cast<size_t>(n);
    }
    buf_.clear();
  }
  void write_out() {
    std::lock_guard lock(mu_);
    write_locked();
  }
  void loop() {
    std::unique_lock lock(mu_);
    while (!stop_) {
      cv_.wait_for(lock, std::chrono::milliseconds(200));
      if (!buf_.empty()) write_locked();
    }
  }
  std::mutex mu_;
  std::condition_variable cv_;
  std::string buf_;
  bool stop_ = false;
  std::thread thread_;
};

Sink& sink() {
  static Sink s;
  return s;
}

}  // namespace

void set_level(Level level) { g_level = static_cast<int>(level); }

bool parse_level(std::string_view t, Level* out) {
  if (t == "debug") *out = Level::kDebug;
  else if (t == "info") *out = Level::kInfo;
  else if (t == "warn") *out = Level::kWarn;
  else if (t == "error") *out = Level::kError;
  else return false;
  return true;
}

bool enabled(Level level) { return static_cast<int>(level) >= g_level.load(std::memory_order_relaxed); }

void write(Level level, std::string_view event, std::initializer_list<Field> fields) {
  if (!enabled(level)) return;
  std::string line;
  line.reserve(160);
  line += "{\"ts\":\"";
  line += iso_utc(now_micros());
  line += "\",\"level\":\"";
  line += name(level);
  line += "\",\"event\":";
  append_json_string(line, event);
  for (const auto& [k, v] : fields) {
    line.push_back(',');
    append_json_string(line, k);
    line.push_back(':');
    append_json_string(line, v);
  }
  line += "}\n";
  sink().add(std::move(line), level >= Level::kWarn);
}

void flush() { sink().flush(); }

}  // namespace atgt::log
