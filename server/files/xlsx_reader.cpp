// XLSX first-sheet reader (see xlsx_reader.h): libzip from memory, expat streaming.
#include "files/xlsx_reader.h"

#include <expat.h>
#include <zip.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/text.h"

namespace atgt::files {
namespace {

Status invalid(std::string message) {
  return {Kind::kInvalid, "xlsx", std::move(message)};
}
Status corrupt(const std::string& detail = "") {
  return invalid("Tệp XLSX bị hỏng" + (detail.empty() ? std::string(".") : " (" + detail + ")."));
}
Status too_big(const std::string& detail) {
  return invalid("Tệp XLSX giải nén vượt quá giới hạn (" + detail +
                 "; nghi ngờ tệp nén độc hại); hệ thống từ chối.");
}

std::string_view local_name(const XML_Char* name) {
  std::string_view n(name);
  auto colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

const XML_Char* attr(const XML_Char** atts, std::string_view name) {
  for (size_t i = 0; atts[i]; i += 2)
    if (local_name(atts[i]) == name) return atts[i + 1];
  return nullptr;
}

// ---- The package -----------------------------------------------------------------------------

// An opened ZIP with a budget of bytes it may still inflate. Parts are streamed in chunks; the
// counts are of the bytes zip_fread actually produced.
class Package {
 public:
  Package(zip_t* z, const XlsxLimits& lim)
      : z_(z, &zip_discard), lim_(lim), budget_(lim.zip.max_total_uncompressed) {}

  bool has(const std::string& name) const { return index(name) >= 0; }

  Status read(const std::string& name, const std::function<Status(const char*, size_t)>& sink) {
    zip_int64_t i = index(name);
    if (i < 0) return invalid("Tệp XLSX thiếu phần " + name + ".");
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z_.get(), static_cast<zip_uint64_t>(i), 0, &st) != 0) return corrupt(name);
    uint64_t comp = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> f(
        zip_fopen_index(z_.get(), static_cast<zip_uint64_t>(i), 0), &zip_fclose);
    if (!f) return corrupt("không mở được phần " + name);
    std::vector<char> buf(64 * 1024);
    uint64_t produced = 0;
    while (true) {
      zip_int64_t n = zip_fread(f.get(), buf.data(), buf.size());
      if (n < 0) return corrupt("không giải nén được phần " + name);
      if (n == 0) break;
      produced += static_cast<uint64_t>(n);
      if (produced > lim_.max_part_inflated) return too_big("phần " + name);
      if (produced > budget_) return too_big("tổng dung lượng");
      if (produced > (1u << 20) && produced / std::max<uint64_t>(comp, 1) > lim_.zip.max_ratio)
        return too_big("tỷ lệ nén bất thường ở phần " + name);
      ATGT_TRY(sink(buf.data(), static_cast<size_t>(n)));
    }
    budget_ -= produced;
    return Status::Ok();
  }

 private:
  zip_int64_t index(const std::string& name) const {
    zip_int64_t i = zip_name_locate(z_.get(), name.c_str(), 0);
    return i >= 0 ? i : zip_name_locate(z_.get(), name.c_str(), ZIP_FL_NOCASE);
  }

  std::unique_ptr<zip_t, decltype(&zip_discard)> z_;
  const XlsxLimits& lim_;
  uint64_t budget_;
};

bool unsafe_entry_name(std::string_view n) {
  if (n.empty() || n[0] == '/' || n[0] == '\\' || (n.size() > 1 && n[1] == ':')) return true;
  size_t start = 0;
  while (start <= n.size()) {
    size_t end = n.find_first_of("/\\", start);
    if (end == std::string_view::npos) end = n.size();
    if (n.substr(start, end - start) == "..") return true;
    start = end + 1;
  }
  return n.find('\0') != std::string_view::npos;
}

Result<std::unique_ptr<Package>> open_package(std::string_view bytes, const XlsxLimits& lim) {
  if (bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4))
    return invalid("Tệp không phải bảng tính XLSX (không phải tệp nén ZIP).");
  zip_error_t ze;
  zip_error_init(&ze);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &ze);
  if (!src) return Internal("zip_source_buffer_create failed");
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
  zip_error_fini(&ze);
  if (!z) {
    zip_source_free(src);
    return corrupt("không đọc được cấu trúc tệp nén; tệp có thể bị cắt cụt");
  }
  auto pkg = std::make_unique<Package>(z, lim);
  zip_int64_t n = zip_get_num_entries(z, 0);
  if (n < 0 || static_cast<uint64_t>(n) > lim.zip.max_entries)
    return invalid("Tệp XLSX có quá nhiều thành phần bên trong.");
  uint64_t declared = 0;
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st) != 0 || !st.name) return corrupt();
    if (unsafe_entry_name(st.name))
      return invalid("Tệp XLSX chứa phần có tên không an toàn (\"" + safe_file_name(st.name) +
                     "\": đường dẫn tuyệt đối hoặc \"../\"); hệ thống từ chối.");
    if (st.valid & ZIP_STAT_SIZE) declared += st.size;
  }
  if (declared > lim.zip.max_total_uncompressed) return too_big("dung lượng khai báo");
  return pkg;
}

// ---- Streaming XML ---------------------------------------------------------------------------

// One part read by expat. Subclasses see element starts/ends (local names) and text; `fail`
// stops the parser with a Status. A DOCTYPE, an entity declaration or any external reference
// stops it too: nothing is ever expanded beyond the five predefined entities.
class XmlReader {
 public:
  virtual ~XmlReader() = default;

  Status parse(Package& pkg, const std::string& part) {
    part_ = &part;
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> p(
        XML_ParserCreate(nullptr), &XML_ParserFree);
    if (!p) return Internal("XML_ParserCreate failed");
    parser_ = p.get();
    XML_SetUserData(parser_, this);
    XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_NEVER);
    XML_SetStartDoctypeDeclHandler(
        parser_, [](void* self, const XML_Char*, const XML_Char*, const XML_Char*, int) {
          static_cast<XmlReader*>(self)->fail(
              invalid("Tệp XLSX chứa khai báo DOCTYPE (không được phép)."));
        });
    XML_SetEntityDeclHandler(
        parser_, [](void* self, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                    const XML_Char*, const XML_Char*, const XML_Char*) {
          static_cast<XmlReader*>(self)->fail(
              invalid("Tệp XLSX chứa khai báo thực thể XML (không được phép)."));
        });
    XML_SetElementHandler(
        parser_,
        [](void* self, const XML_Char* name, const XML_Char** atts) {
          auto* r = static_cast<XmlReader*>(self);
          if (r->status_.ok()) r->start(local_name(name), atts);
        },
        [](void* self, const XML_Char* name) {
          auto* r = static_cast<XmlReader*>(self);
          if (r->status_.ok()) r->end(local_name(name));
        });
    XML_SetCharacterDataHandler(parser_, [](void* self, const XML_Char* s, int len) {
      auto* r = static_cast<XmlReader*>(self);
      if (r->status_.ok()) r->text(std::string_view(s, static_cast<size_t>(len)));
    });
    Status read = pkg.read(part, [&](const char* data, size_t n) { return feed(data, n, false); });
    if (!read.ok()) return read;
    ATGT_TRY(feed("", 0, true));
    return finish();
  }

 protected:
  virtual void start(std::string_view name, const XML_Char** atts) = 0;
  virtual void end(std::string_view name) {}
  virtual void text(std::string_view s) {}
  virtual Status finish() { return Status::Ok(); }

  void fail(Status s) {
    if (status_.ok()) status_ = std::move(s);
    XML_StopParser(parser_, XML_FALSE);
  }
  const std::string& part() const { return *part_; }

 private:
  Status feed(const char* data, size_t n, bool last) {
    if (XML_Parse(parser_, data, static_cast<int>(n), last) == XML_STATUS_OK) return Status::Ok();
    if (!status_.ok()) return status_;
    return corrupt("phần " + part() + ", dòng " +
                   std::to_string(XML_GetCurrentLineNumber(parser_)) + ": " +
                   XML_ErrorString(XML_GetErrorCode(parser_)));
  }

  XML_Parser parser_ = nullptr;
  const std::string* part_ = nullptr;
  Status status_;
};

// Decodes the OOXML escape _xHHHH_ (ST_Xstring) and normalises to NFC.
std::string clean_text(std::string s) {
  if (s.find("_x") != std::string::npos) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_' &&
          std::all_of(s.begin() + static_cast<long>(i) + 2, s.begin() + static_cast<long>(i) + 6,
                      [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); })) {
        unsigned cp = std::stoul(s.substr(i + 2, 4), nullptr, 16);
        if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
        if (cp < 0x80) {
          out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
          out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
          out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
          out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
          out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
          out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
        i += 6;
      } else {
        out.push_back(s[i]);
      }
    }
    s = std::move(out);
  }
  return nfc(s);
}

// xl/workbook.xml: the first sheet's relationship id and the date system.
struct WorkbookReader : XmlReader {
  std::string first_sheet_rid, first_sheet_name;
  bool date1904 = false;
  void start(std::string_view name, const XML_Char** atts) override {
    if (name == "workbookPr") {
      const char* d = attr(atts, "date1904");
      date1904 = d && (std::string_view(d) == "1" || std::string_view(d) == "true");
    } else if (name == "sheet" && first_sheet_rid.empty()) {
      const char* id = attr(atts, "id");
      const char* n = attr(atts, "name");
      first_sheet_rid = id ? id : "";
      first_sheet_name = n ? n : "";
      if (first_sheet_rid.empty()) fail(corrupt("trang tính đầu tiên không có mã liên kết"));
    }
  }
};

// xl/_rels/workbook.xml.rels: relationship id -> target.
struct RelsReader : XmlReader {
  std::map<std::string, std::string> targets;
  void start(std::string_view name, const XML_Char** atts) override {
    if (name != "Relationship") return;
    const char* id = attr(atts, "Id");
    const char* target = attr(atts, "Target");
    const char* mode = attr(atts, "TargetMode");
    if (id && target && !(mode && std::string_view(mode) == "External") && targets.size() < 100000)
      targets.emplace(id, target);
  }
};

// xl/styles.xml: for each cell format (the cell's s index), whether it shows a date.
struct StylesReader : XmlReader {
  std::map<int, std::string> custom;  // numFmtId -> formatCode
  std::vector<int> xf_numfmt;
  int depth_in_cellxfs = 0;
  void start(std::string_view name, const XML_Char** atts) override {
    if (name == "numFmt") {
      const char* id = attr(atts, "numFmtId");
      const char* code = attr(atts, "formatCode");
      if (id && code && custom.size() < 100000) custom[std::atoi(id)] = code;
    } else if (name == "cellXfs") {
      depth_in_cellxfs = 1;
    } else if (depth_in_cellxfs) {
      if (name == "xf" && depth_in_cellxfs == 1 && xf_numfmt.size() < 1000000) {
        const char* id = attr(atts, "numFmtId");
        xf_numfmt.push_back(id ? std::atoi(id) : 0);
      }
      ++depth_in_cellxfs;
    }
  }
  void end(std::string_view name) override {
    if (depth_in_cellxfs) --depth_in_cellxfs;
  }
  static bool date_code(const std::string& code) {
    bool quoted = false, bracket = false;
    for (size_t i = 0; i < code.size(); ++i) {
      char c = code[i];
      if (quoted) {
        quoted = c != '"';
      } else if (bracket) {
        bracket = c != ']';
      } else if (c == '"') {
        quoted = true;
      } else if (c == '[') {
        bracket = true;
      } else if (c == '\\' || c == '_' || c == '*') {
        ++i;  // the next character is literal (or a fill / spacing character)
      } else if (c == 'd' || c == 'D' || c == 'y' || c == 'Y') {
        return true;
      }
    }
    return false;
  }
  std::vector<bool> date_styles() const {
    std::vector<bool> out;
    for (int id : xf_numfmt) {
      auto c = custom.find(id);
      out.push_back(c != custom.end() ? date_code(c->second)
                                      : (id >= 14 && id <= 22) || (id >= 27 && id <= 36) ||
                                            (id >= 50 && id <= 58));
    }
    return out;
  }
};

// xl/sharedStrings.xml: every <si>, its <t> texts concatenated, phonetic runs (<rPh>) skipped.
struct SharedStringsReader : XmlReader {
  explicit SharedStringsReader(const XlsxLimits& lim) : lim(lim) {}
  const XlsxLimits& lim;
  std::vector<std::string> strings;
  std::string cur;
  bool in_si = false, in_t = false;
  int rph = 0;
  void start(std::string_view name, const XML_Char**) override {
    if (name == "si") {
      if (strings.size() >= lim.max_shared_strings)
        return fail(invalid("Tệp XLSX có quá nhiều chuỗi dùng chung (giới hạn " +
                            std::to_string(lim.max_shared_strings) + ")."));
      in_si = true;
      cur.clear();
    } else if (name == "rPh") {
      ++rph;
    } else if (name == "t" && in_si && !rph) {
      in_t = true;
    }
  }
  void end(std::string_view name) override {
    if (name == "si" && in_si) {
      strings.push_back(clean_text(std::move(cur)));
      cur.clear();
      in_si = false;
    } else if (name == "rPh" && rph) {
      --rph;
    } else if (name == "t") {
      in_t = false;
    }
  }
  void text(std::string_view s) override {
    if (!in_t) return;
    if (cur.size() + s.size() > lim.max_cell_bytes)
      return fail(invalid("Tệp XLSX có một chuỗi dài quá " + std::to_string(lim.max_cell_bytes) +
                          " byte."));
    cur.append(s);
  }
};

// ---- Dates and numbers -----------------------------------------------------------------------

// Days since 1970-01-01 -> y, m, d (H. Hinnant's civil_from_days).
void civil_from_days(int64_t z, int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}

std::string format_number(double v) {
  if (std::floor(v) == v && std::fabs(v) < 1e15) return std::to_string(static_cast<int64_t>(v));
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

// A serial date in the workbook's date system as YYYY-MM-DD; nullopt outside 1900..9999.
std::optional<std::string> serial_date(double v, bool date1904) {
  if (!std::isfinite(v) || v < (date1904 ? 0 : 1) || v >= 2958466) return std::nullopt;
  int64_t serial = static_cast<int64_t>(std::floor(v));
  if (!date1904 && serial == 60) return std::string("1900-02-29");  // Excel's phantom day
  // Days from 1970-01-01: 1899-12-30 is -25569; before 1900-03-01 Excel counts from 1899-12-31.
  int64_t days = date1904 ? serial - 24107 : serial - 25569 + (serial < 60 ? 1 : 0);
  int64_t y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(y), m, d);
  return std::string(buf);
}

// ---- The sheet -------------------------------------------------------------------------------

struct SheetRow {
  uint64_t r = 0;
  std::vector<std::pair<uint32_t, std::string>> cells;  // column (0-based), non-empty value
};

struct SheetReader : XmlReader {
  SheetReader(const XlsxLimits& lim, const std::vector<std::string>& shared,
              const std::vector<bool>& dates, bool date1904)
      : lim(lim), shared(shared), dates(dates), date1904(date1904) {}
  const XlsxLimits& lim;
  const std::vector<std::string>& shared;
  const std::vector<bool>& dates;
  bool date1904;

  std::vector<SheetRow> rows;
  uint64_t cells = 0;
  bool in_data = false, in_row = false, in_cell = false, in_v = false, in_is = false, in_t = false;
  int rph = 0;
  SheetRow row;
  uint64_t last_row = 0;
  int64_t last_col = -1;
  uint32_t col = 0;
  std::string type, value, inline_text;
  int style = 0;

  static bool parse_ref(std::string_view ref, uint64_t& col, uint64_t& row) {
    size_t i = 0;
    col = 0;
    while (i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])) && i < 4)
      col = col * 26 +
            static_cast<uint64_t>(std::toupper(static_cast<unsigned char>(ref[i++])) - 'A' + 1);
    if (i == 0 || i == ref.size()) return false;
    auto [p, ec] = std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
    return ec == std::errc() && p == ref.data() + ref.size() && row > 0;
  }

  void start(std::string_view name, const XML_Char** atts) override {
    if (name == "sheetData") {
      in_data = true;
    } else if (!in_data) {
      return;
    } else if (name == "row") {
      const char* r = attr(atts, "r");
      uint64_t n = last_row + 1;
      if (r) {
        auto [p, ec] = std::from_chars(r, r + std::strlen(r), n);
        if (ec != std::errc() || *p)
          return fail(corrupt("số dòng \"" + std::string(r) + "\" không hợp lệ"));
      }
      if (n <= last_row)
        return fail(corrupt("dòng " + std::to_string(n) + " lặp lại hoặc sai thứ tự"));
      if (n > lim.max_rows)
        return fail(
            invalid("Tệp XLSX có quá nhiều dòng (giới hạn " + std::to_string(lim.max_rows) + ")."));
      in_row = true;
      row = SheetRow{n, {}};
      last_row = n;
      last_col = -1;
    } else if (name == "c" && in_row) {
      const char* r = attr(atts, "r");
      uint64_t c = static_cast<uint64_t>(last_col + 1) + 1, rr = 0;
      if (r && !parse_ref(r, c, rr))
        return fail(corrupt("địa chỉ ô \"" + std::string(r) + "\" không hợp lệ"));
      if (c > lim.max_columns)
        return fail(invalid("Tệp XLSX có quá nhiều cột (ô " + std::string(r ? r : "") + ")."));
      if (static_cast<int64_t>(c - 1) <= last_col)
        return fail(corrupt("ô " + std::string(r ? r : "") + " lặp lại hoặc sai thứ tự"));
      col = static_cast<uint32_t>(c - 1);
      last_col = col;
      const char* t = attr(atts, "t");
      const char* s = attr(atts, "s");
      type = t ? t : "n";
      style = s ? std::atoi(s) : 0;
      value.clear();
      inline_text.clear();
      in_cell = true;
    } else if (in_cell && name == "v") {
      in_v = true;
    } else if (in_cell && name == "is") {
      in_is = true;
    } else if (in_is && name == "rPh") {
      ++rph;
    } else if (in_is && name == "t" && !rph) {
      in_t = true;
    }
  }

  void end(std::string_view name) override {
    if (!in_data) return;
    if (name == "sheetData") {
      in_data = false;
    } else if (name == "v") {
      in_v = false;
    } else if (name == "t") {
      in_t = false;
    } else if (name == "rPh" && rph) {
      --rph;
    } else if (name == "is") {
      in_is = false;
    } else if (name == "c" && in_cell) {
      in_cell = false;
      std::string out = cell_value();
      if (!status_ok) return;
      if (out.empty()) return;
      if (++cells > lim.max_cells)
        return fail(
            invalid("Tệp XLSX có quá nhiều ô (giới hạn " + std::to_string(lim.max_cells) + ")."));
      row.cells.emplace_back(col, std::move(out));
    } else if (name == "row" && in_row) {
      in_row = false;
      if (!row.cells.empty()) rows.push_back(std::move(row));
    }
  }

  void text(std::string_view s) override {
    std::string* into = in_v ? &value : in_t ? &inline_text : nullptr;
    if (!into) return;
    if (into->size() + s.size() > lim.max_cell_bytes)
      return fail(invalid("Tệp XLSX có ô dài quá " + std::to_string(lim.max_cell_bytes) +
                          " byte (dòng " + std::to_string(row.r) + ")."));
    into->append(s);
  }

  bool status_ok = true;
  std::string cell_value() {
    if (type == "inlineStr") return clean_text(std::move(inline_text));
    if (value.empty()) return "";  // no <v>: an empty (perhaps formatted) cell
    if (type == "s") {
      uint64_t i = 0;
      auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), i);
      if (ec != std::errc() || p != value.data() + value.size() || i >= shared.size()) {
        status_ok = false;
        fail(corrupt("ô ở dòng " + std::to_string(row.r) + " trỏ tới chuỗi dùng chung không có"));
        return "";
      }
      return shared[i];
    }
    if (type == "str" || type == "e") return clean_text(std::move(value));
    if (type == "b")
      return value == "1" ? "TRUE" : value == "0" ? "FALSE" : clean_text(std::move(value));
    if (type == "d") return clean_text(value.substr(0, 10));  // ISO 8601 date cell
    // A number (t="n" or none).
    std::string_view v = value;
    while (!v.empty() &&
           (v.front() == ' ' || v.front() == '\t' || v.front() == '\n' || v.front() == '\r'))
      v.remove_prefix(1);
    while (!v.empty() &&
           (v.back() == ' ' || v.back() == '\t' || v.back() == '\n' || v.back() == '\r'))
      v.remove_suffix(1);
    if (v.empty()) return "";
    double d = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
    if (ec != std::errc() || p != v.data() + v.size()) return clean_text(std::string(v));
    if (style >= 0 && static_cast<size_t>(style) < dates.size() &&
        dates[static_cast<size_t>(style)])
      if (auto date = serial_date(d, date1904)) return *date;
    return format_number(d);
  }
};

// Resolves a relationship target against the workbook's folder "xl/"; "" when it leaves the
// package.
std::string resolve_target(const std::string& target) {
  std::string path = target[0] == '/' ? target.substr(1) : "xl/" + target;
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string seg = path.substr(start, end - start);
    if (seg == "..") {
      if (parts.empty()) return "";
      parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(seg);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

}  // namespace

Result<CsvTable> read_xlsx_first_sheet(std::string_view bytes, const XlsxLimits& limits) {
  ATGT_ASSIGN_OR_RETURN(auto pkg, open_package(bytes, limits));

  WorkbookReader wb;
  ATGT_TRY(wb.parse(*pkg, "xl/workbook.xml"));
  std::string sheet = "xl/worksheets/sheet1.xml";
  if (pkg->has("xl/_rels/workbook.xml.rels")) {
    RelsReader rels;
    ATGT_TRY(rels.parse(*pkg, "xl/_rels/workbook.xml.rels"));
    if (wb.first_sheet_rid.empty()) return invalid("Tệp XLSX không có trang tính nào.");
    auto it = rels.targets.find(wb.first_sheet_rid);
    if (it == rels.targets.end() || it->second.empty())
      return corrupt("không tìm thấy liên kết tới trang tính \"" + wb.first_sheet_name + "\"");
    sheet = resolve_target(it->second);
    if (sheet.empty()) return corrupt("liên kết tới trang tính ra ngoài tệp");
  }
  if (!pkg->has(sheet)) return invalid("Tệp XLSX thiếu phần " + sheet + " (trang tính đầu tiên).");

  std::vector<bool> dates;
  if (pkg->has("xl/styles.xml")) {
    StylesReader styles;
    ATGT_TRY(styles.parse(*pkg, "xl/styles.xml"));
    dates = styles.date_styles();
  }
  std::vector<std::string> shared;
  if (pkg->has("xl/sharedStrings.xml")) {
    SharedStringsReader sst(limits);
    ATGT_TRY(sst.parse(*pkg, "xl/sharedStrings.xml"));
    shared = std::move(sst.strings);
  }
  SheetReader sr(limits, shared, dates, wb.date1904);
  ATGT_TRY(sr.parse(*pkg, sheet));
  if (sr.rows.empty()) return invalid("Tệp XLSX không có dữ liệu (trang tính đầu tiên trống).");

  uint32_t width = 0;
  for (const auto& r : sr.rows) width = std::max(width, r.cells.back().first + 1);
  uint64_t first = sr.rows.front().r, last = sr.rows.back().r;
  if ((last - first + 1) * width > limits.max_cells)
    return invalid("Tệp XLSX có quá nhiều ô (giới hạn " + std::to_string(limits.max_cells) + ").");
  CsvTable t;
  t.header_row = static_cast<int>(first);
  t.header.assign(width, "");
  t.rows.assign(last - first, std::vector<std::string>(width));
  for (auto& r : sr.rows) {
    auto& out = r.r == first ? t.header : t.rows[r.r - first - 1];
    for (auto& [c, v] : r.cells) out[c] = std::move(v);
  }
  return t;
}

}  // namespace atgt::files
