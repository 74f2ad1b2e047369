// Fuzz harness for files/file_type.h: the upload's display name and the sniffing of its bytes.
// Input: the user's file name up to the first '\n' (at most 1000 bytes), then the file content.
// The content is written to a temporary file (under $TMPDIR, else /tmp) for identify().
//
// Invariants: safe_file_name gives a non-empty NFC UTF-8 name of at most 150 characters without
// '/', '\', control characters, <>:"|?* or leading/trailing dots and spaces, and is a fixed
// point (cleaning a clean name changes nothing); content_disposition is printable ASCII whose
// filename*= part decodes back to the name; identify accepts only allow-listed kinds whose
// extension matches the name, with the kind's Content-Type, and refuses with kUnsupportedMedia.
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

#include "base/text.h"
#include "files/file_type.h"
#include "fuzz_check.h"

namespace {
using atgt::fuzz::show;

void check_safe_name(const std::string& raw) {
  std::string s = atgt::files::safe_file_name(raw);
  std::string note = show(raw) + " -> " + show(s);
  FUZZ_CHECK(!s.empty(), note);
  FUZZ_CHECK(atgt::valid_utf8(s), note);
  FUZZ_CHECK(atgt::nfc(s) == s, note);
  size_t chars = 0;
  for (unsigned char c : s) {
    chars += (c & 0xC0) != 0x80;
    FUZZ_CHECK(c >= 0x20 && c != 0x7f, note);
    FUZZ_CHECK(std::string_view("/\\<>:\"|?*").find(static_cast<char>(c)) == std::string_view::npos, note);
  }
  FUZZ_CHECK(chars <= 150, note);
  FUZZ_CHECK(s.front() != '.' && s.front() != ' ' && s.back() != '.' && s.back() != ' ', note);
  FUZZ_CHECK(atgt::files::safe_file_name(s) == s, note + " -> " + show(atgt::files::safe_file_name(s)));
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void check_disposition(const std::string& name) {
  std::string h = atgt::files::content_disposition(name);
  std::string note = show(name) + " -> " + show(h);
  for (unsigned char c : h) FUZZ_CHECK(c >= 0x20 && c < 0x7f, note);
  const std::string head = "attachment; filename=\"";
  const std::string mid = "\"; filename*=UTF-8''";
  FUZZ_CHECK(h.rfind(head, 0) == 0, note);
  size_t m = h.find(mid, head.size());
  FUZZ_CHECK(m != std::string::npos, note);
  std::string fallback = h.substr(head.size(), m - head.size());
  FUZZ_CHECK(fallback.find_first_of("\"\\") == std::string::npos, note);
  std::string enc = h.substr(m + mid.size()), decoded;
  for (size_t i = 0; i < enc.size(); ++i) {
    if (enc[i] == '%') {
      FUZZ_CHECK(i + 2 < enc.size() && hex(enc[i + 1]) >= 0 && hex(enc[i + 2]) >= 0, note);
      decoded.push_back(static_cast<char>(hex(enc[i + 1]) * 16 + hex(enc[i + 2])));
      i += 2;
    } else {
      // RFC 5987 attr-char subset the product uses: ALPHA / DIGIT / "-._~"
      FUZZ_CHECK(std::isalnum(static_cast<unsigned char>(enc[i])) ||
                     std::string_view("-._~").find(enc[i]) != std::string_view::npos,
                 note);
      decoded.push_back(enc[i]);
    }
  }
  FUZZ_CHECK(decoded == name, note);
}

std::string extension(const std::string& name) {
  auto dot = name.rfind('.');
  if (dot == std::string::npos || dot + 1 >= name.size()) return "";
  std::string e = name.substr(dot + 1);
  for (auto& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e;
}

const std::string& temp_path() {
  static const std::string path = [] {
    const char* dir = std::getenv("TMPDIR");
    return std::string(dir && *dir ? dir : "/tmp") + "/atgt-fuzz-upload-" + std::to_string(getpid());
  }();
  return path;
}

void check_identify(const std::string& name, std::string_view content) {
  const std::string& path = temp_path();
  FILE* f = std::fopen(path.c_str(), "wb");
  FUZZ_CHECK(f != nullptr, "cannot write " + path);
  if (!content.empty()) std::fwrite(content.data(), 1, content.size(), f);
  std::fclose(f);
  auto type = atgt::files::identify(path, name);
  std::remove(path.c_str());
  std::string note = "name " + show(name) + ", content " + show(content);
  if (!type.ok()) {
    FUZZ_CHECK(type.status().kind() == atgt::Kind::kUnsupportedMedia, note + ": " + type.status().message());
    FUZZ_CHECK(!type.status().message().empty(), note);
    return;
  }
  static const std::map<std::string, std::string> kMime = {
      {"pdf", "application/pdf"},
      {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {"csv", "text/csv; charset=utf-8"},
      {"png", "image/png"},
      {"jpeg", "image/jpeg"},
      {"webp", "image/webp"}};
  auto it = kMime.find(type->kind);
  FUZZ_CHECK(it != kMime.end(), note + ": kind " + type->kind);
  FUZZ_CHECK(type->mime == it->second, note + ": mime " + type->mime);
  std::string ext = extension(name);
  FUZZ_CHECK(type->kind == "jpeg" ? (ext == "jpg" || ext == "jpeg") : ext == type->kind, note + ": kind " + type->kind);
  FUZZ_CHECK(!content.empty(), note);
}

}  // namespace

static int fuzz_one(const uint8_t* data, size_t size) {
  std::string_view in = atgt::fuzz::as_text(data, size);
  size_t nl = in.find('\n');
  if (nl == std::string_view::npos || nl > 1000) nl = std::min<size_t>(in.size(), 1000);
  std::string raw_name(in.substr(0, nl));
  std::string_view content = in.substr(std::min(in.size(), nl + 1));

  check_safe_name(raw_name);
  check_safe_name(std::string(in.substr(0, 2000)));  // names with new lines and anything else
  std::string name = atgt::files::safe_file_name(raw_name);
  check_disposition(name);
  check_identify(name, content);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return atgt::fuzz::run_one(fuzz_one, data, size);
}
