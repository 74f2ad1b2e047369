// Upload type sniffing and safe names (see file_type.h).
#include "files/file_type.h"

#include <magic.h>
#include <zip.h>

#include <algorithm>
#include <memory>

#include "base/log.h"
#include "base/text.h"

namespace atgt::files {
namespace {

struct MagicHandle {
  magic_t m = nullptr;
  MagicHandle() {
    m = magic_open(MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS);
    if (m && magic_load(m, nullptr) != 0) {
      log::error("magic_load_failed", {{"error", magic_error(m) ? magic_error(m) : ""}});
      magic_close(m);
      m = nullptr;
    }
  }
  ~MagicHandle() {
    if (m) magic_close(m);
  }
};

std::string lower(std::string s) {
  for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

std::string extension(const std::string& name) {
  auto dot = name.rfind('.');
  if (dot == std::string::npos || dot + 1 >= name.size()) return "";
  return lower(name.substr(dot + 1));
}

Status refused(const std::string& message) {
  return {Kind::kUnsupportedMedia, "file_type", message};
}

const char* kAllowed = "PDF, DOCX, XLSX, CSV, PNG, JPEG hoặc WEBP";

// Inflates one entry and counts the bytes actually produced: a header that declares a small size
// for a large stream (or no size at all) cannot get past the limits. `budget` is what the whole
// package may still expand to.
Status inflate_within(zip_t* z, zip_uint64_t index, uint64_t declared, uint64_t comp_size,
                      uint64_t& budget, const ZipLimits& lim) {
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> f(zip_fopen_index(z, index, 0), &zip_fclose);
  if (!f) return refused("Tệp nén bị hỏng.");
  static thread_local std::vector<char> buf(64 * 1024);
  uint64_t produced = 0;
  while (true) {
    zip_int64_t n = zip_fread(f.get(), buf.data(), buf.size());
    if (n < 0) return refused("Tệp nén bị hỏng.");
    if (n == 0) break;
    produced += static_cast<uint64_t>(n);
    if (produced > declared)
      return refused("Tệp nén khai sai kích thước bên trong (nghi ngờ tệp nén độc hại); hệ thống từ chối.");
    if (produced > budget)
      return refused("Tệp giải nén ra quá lớn (nghi ngờ tệp nén độc hại); hệ thống từ chối.");
    if (produced > 1024 * 1024 && produced / std::max<uint64_t>(comp_size, 1) > lim.max_ratio)
      return refused("Tệp có tỷ lệ nén bất thường (nghi ngờ tệp nén độc hại); hệ thống từ chối.");
  }
  budget -= produced;
  return Status::Ok();
}

// Checks an Office package: the expected part is present and nothing expands beyond the limits,
// judged on the bytes actually inflated, not on the sizes the package declares.
Result<std::string> office_kind(const std::string& path, const ZipLimits& lim) {
  int err = 0;
  std::unique_ptr<zip_t, decltype(&zip_discard)> z(zip_open(path.c_str(), ZIP_RDONLY, &err),
                                                   &zip_discard);
  if (!z) return refused("Tệp nén bị hỏng, không mở được.");
  zip_int64_t n = zip_get_num_entries(z.get(), 0);
  if (n < 0 || static_cast<uint64_t>(n) > lim.max_entries)
    return refused("Tệp có quá nhiều thành phần bên trong.");
  uint64_t total = 0;
  uint64_t budget = lim.max_total_uncompressed;
  bool word = false, sheet = false;
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z.get(), static_cast<zip_uint64_t>(i), 0, &st) != 0)
      return refused("Tệp nén bị hỏng.");
    if (!(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE))
      return refused("Tệp nén bị hỏng.");
    total += st.size;
    if (total > lim.max_total_uncompressed)
      return refused("Tệp giải nén ra quá lớn (nghi ngờ tệp nén độc hại); hệ thống từ chối.");
    if (st.size > 1024 * 1024 && st.size / std::max<uint64_t>(st.comp_size, 1) > lim.max_ratio)
      return refused("Tệp có tỷ lệ nén bất thường (nghi ngờ tệp nén độc hại); hệ thống từ chối.");
    std::string name = st.name ? st.name : "";
    ATGT_TRY(inflate_within(z.get(), static_cast<zip_uint64_t>(i), st.size, st.comp_size, budget, lim));
    if (name == "word/document.xml") word = true;
    if (name == "xl/workbook.xml") sheet = true;
  }
  if (word) return std::string("docx");
  if (sheet) return std::string("xlsx");
  return refused("Tệp nén không phải tài liệu Word (DOCX) hay bảng tính Excel (XLSX).");
}

const char* mime_of(const std::string& kind) {
  if (kind == "pdf") return "application/pdf";
  if (kind == "docx")
    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  if (kind == "xlsx") return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (kind == "csv") return "text/csv; charset=utf-8";
  if (kind == "png") return "image/png";
  if (kind == "jpeg") return "image/jpeg";
  if (kind == "webp") return "image/webp";
  return "application/octet-stream";
}

bool extension_fits(const std::string& kind, const std::string& ext) {
  if (kind == "jpeg") return ext == "jpg" || ext == "jpeg";
  return ext == kind;
}

}  // namespace

Result<FileType> identify(const std::string& path, const std::string& name,
                          const ZipLimits& limits) {
  thread_local MagicHandle magic;
  if (!magic.m) return Internal("libmagic is not available");
  const char* found = magic_file(magic.m, path.c_str());
  std::string mime = found ? found : "";
  std::string ext = extension(name);
  std::string kind;
  if (mime == "application/pdf")
    kind = "pdf";
  else if (mime == "image/png")
    kind = "png";
  else if (mime == "image/jpeg")
    kind = "jpeg";
  else if (mime == "image/webp")
    kind = "webp";
  else if (mime == "text/plain" || mime == "text/csv" || mime == "application/csv")
    kind = "csv";
  else if (mime == "application/zip" ||
           mime.rfind("application/vnd.openxmlformats-officedocument.", 0) == 0) {
    ATGT_ASSIGN_OR_RETURN(kind, office_kind(path, limits));
  } else if (mime == "application/x-empty" || mime == "inode/x-empty") {
    return refused("Tệp rỗng.");
  } else {
    log::info("upload_refused", {{"mime", mime}});
    return refused(std::string("Loại tệp không được phép (nội dung là ") +
                   (mime.empty() ? "không xác định" : mime) + "). Chỉ nhận " + kAllowed + ".");
  }
  if (!extension_fits(kind, ext)) {
    std::string shown = kind == "jpeg" ? "jpg" : kind;
    return refused("Tên tệp có đuôi \"." + ext + "\" nhưng nội dung là tệp " + shown +
                   ". Hãy kiểm tra lại tệp.");
  }
  return FileType{kind, mime_of(kind)};
}

namespace {
std::string clean_name_once(const std::string& name) {
  std::string n = name;
  auto slash = n.find_last_of("/\\");
  if (slash != std::string::npos) n = n.substr(slash + 1);
  n = valid_utf8(n) ? nfc(n) : "";
  // C1 controls (U+0080–U+009F) and bidirectional marks and overrides (U+200E, U+200F,
  // U+202A–U+202E, U+2066–U+2069) can disguise a name's real extension ("hoadon\u202Efdp.exe"
  // shows as "hoadonexe.pdf"): each becomes "_".
  {
    std::string kept;
    for (size_t i = 0; i < n.size();) {
      unsigned char a = n[i], b = i + 1 < n.size() ? n[i + 1] : 0, c = i + 2 < n.size() ? n[i + 2] : 0;
      bool c1 = a == 0xC2 && b >= 0x80 && b <= 0x9F;
      bool bidi = a == 0xE2 && ((b == 0x80 && (c == 0x8E || c == 0x8F || (c >= 0xAA && c <= 0xAE))) ||
                                (b == 0x81 && c >= 0xA6 && c <= 0xA9));
      if (c1 || bidi) {
        kept.push_back('_');
        i += c1 ? 2 : 3;
      } else {
        kept.push_back(n[i++]);
      }
    }
    n = std::move(kept);
  }
  std::string out;
  for (unsigned char ch : n) {
    if (ch < 0x20 || ch == 0x7f ||
        std::string_view("<>:\"|?*").find(static_cast<char>(ch)) != std::string_view::npos)
      out.push_back('_');
    else
      out.push_back(static_cast<char>(ch));
  }
  auto trim = [](std::string& t) {
    while (!t.empty() && (t.front() == '.' || t.front() == ' ')) t.erase(t.begin());
    while (!t.empty() && (t.back() == ' ' || t.back() == '.')) t.pop_back();
  };
  // Cuts at `max` code points, never in the middle of a UTF-8 sequence.
  auto cut = [](std::string& t, size_t max) {
    size_t count = 0, i = 0;
    for (; i < t.size(); ++i)
      if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80 && ++count > max) break;
    t.resize(i);
  };
  trim(out);
  constexpr size_t kMax = 150;
  // A long name keeps its extension (a short ASCII one): the stem is cut instead, then trimmed
  // again so that the cut never leaves a space or a dot at an end.
  size_t dot = out.rfind('.');
  std::string ext = dot != std::string::npos && dot > 0 && out.size() - dot <= 8 ? out.substr(dot) : "";
  bool ascii_ext = std::all_of(ext.begin(), ext.end(), [](unsigned char c) { return c < 0x80 && c != ' '; });
  if (!ascii_ext) ext.clear();
  std::string stem = ext.empty() ? out : out.substr(0, dot);
  cut(stem, kMax - ext.size());
  trim(stem);
  out = stem.empty() ? "" : stem + ext;
  trim(out);
  return out.empty() ? "tep" : out;
}
}  // namespace

std::string safe_file_name(const std::string& name) {
  // Cleaning is repeated until nothing changes, so that a clean name is its own clean name (a cut
  // or a trim can expose another dot or space at an end: found by fuzzing,
  // tests/fuzz/crashes/file_type/clean-name-changes-when-cleaned-again). Each pass only removes
  // characters, so this stops within a few passes.
  std::string out = clean_name_once(name);
  for (int i = 0; i < 8; ++i) {
    std::string again = clean_name_once(out);
    if (again == out) break;
    out = std::move(again);
  }
  return out;
}

std::string content_disposition(const std::string& name) {
  std::string ascii;
  for (unsigned char ch : fold(name))
    ascii.push_back((ch >= 0x20 && ch < 0x7f && ch != '"' && ch != '\\') ? static_cast<char>(ch)
                                                                         : '_');
  // fold() lowercases; keep the original case where the name is plain ASCII.
  bool plain = std::all_of(name.begin(), name.end(), [](unsigned char ch) {
    return ch >= 0x20 && ch < 0x7f && ch != '"' && ch != '\\';
  });
  if (plain) ascii = name;
  std::string enc;
  static const char* hexd = "0123456789ABCDEF";
  for (unsigned char ch : name) {
    if (std::isalnum(ch) ||
        std::string_view("-._~").find(static_cast<char>(ch)) != std::string_view::npos) {
      enc.push_back(static_cast<char>(ch));
    } else {
      enc.push_back('%');
      enc.push_back(hexd[ch >> 4]);
      enc.push_back(hexd[ch & 15]);
    }
  }
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + enc;
}

}  // namespace atgt::files
