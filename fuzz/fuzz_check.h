// Shared by the fuzz harnesses (fuzz/*_fuzz.cpp): FUZZ_CHECK aborts with the failed condition and
// a note when an invariant breaks. Under libFuzzer the abort saves the input as a crash; under
// atgt_fuzz_replay the input counts as failed. Active in every build type (never compiled out).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>

namespace atgt::fuzz {

// Thrown instead of aborting for a check named in ATGT_FUZZ_KNOWN (see known()).
struct KnownFailure {};

// ATGT_FUZZ_KNOWN="date_fuzz.cpp:80 csv_fuzz.cpp:12": checks that fail for an input already in
// tests/fuzz/crashes/ (an open bug). `./x fuzz` sets it so that a long run goes on past a known
// failure instead of finding it again and again; the replay never does. Counts are printed at
// exit.
inline std::map<std::string, size_t>& known_hits() {
  static auto* hits = new std::map<std::string, size_t>;  // never destroyed: read at exit
  return *hits;
}

inline bool known(const char* file, int line) {
  static const std::string list = [] {
    const char* v = std::getenv("ATGT_FUZZ_KNOWN");
    if (v && *v) std::atexit([] {
      for (const auto& [key, n] : known_hits())
        std::fprintf(stderr, "known failure %s: %zu inputs\n", key.c_str(), n);
    });
    return " " + std::string(v ? v : "") + " ";
  }();
  std::string base = file;
  base = base.substr(base.find_last_of('/') + 1);
  std::string key = base + ":" + std::to_string(line);
  if (list.find(" " + key + " ") == std::string::npos) return false;
  ++known_hits()[key];
  return true;
}

[[noreturn]] inline void check_failed(const char* file, int line, const char* cond,
                                      const std::string& note) {
  if (known(file, line)) throw KnownFailure{};
  std::fprintf(stderr, "invariant failed at %s:%d: %s\n", file, line, cond);
  if (!note.empty()) std::fprintf(stderr, "  %s\n", note.c_str());
  std::fflush(stderr);
  std::abort();
}

// The body of LLVMFuzzerTestOneInput: runs one harness input, a known failure ends it quietly.
inline int run_one(int (*fn)(const uint8_t*, size_t), const uint8_t* data, size_t size) {
  try {
    return fn(data, size);
  } catch (const KnownFailure&) {
    return 0;
  }
}

inline std::string_view as_text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// A printable excerpt of bytes for failure notes: non-printable bytes as \xNN, at most 200 bytes.
inline std::string show(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size() && i < 200; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7f && c != '\\') {
      out.push_back(static_cast<char>(c));
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    }
  }
  if (s.size() > 200) out += "...";
  return "\"" + out + "\"";
}

}  // namespace atgt::fuzz

#define FUZZ_CHECK(cond, note)                                                           \
  do {                                                                                   \
    if (!(cond)) ::atgt::fuzz::check_failed(__FILE__, __LINE__, #cond, std::string(note)); \
  } while (0)
