// `atgt match --roster ROSTER.csv --records RECORDS.csv --out OUT.csv`: the matching engine
// (domain/match_engine.h) over two CSV files, for batch use and benchmarks. Opens no database
// and reads no configuration. Contract: docs/operations.md "atgt match".
#include "app/match_command.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "base/csv.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/calendar.h"
#include "domain/match_engine.h"

namespace atgt::app {
namespace {

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

// One `row,column,message` line on stderr, then exit code 2.
int unusable(int row, std::string_view column, const std::string& message) {
  std::string line =
      std::to_string(row) + "," + csv_field(column) + "," + csv_field(message) + "\n";
  std::fputs(line.c_str(), stderr);
  return 2;
}

// A CSV file held in one buffer, its cells string_views into it (quoted cells are unescaped in
// place: unescaped text is never longer than the raw). The same RFC 4180 reading as parse_csv
// (base/csv.h) with normalize=false; on any error the file is parsed again by parse_csv for its
// message and row, so errors are exactly parse_csv's.
struct Table {
  std::string text;
  std::deque<std::string> owned;  // cells parsed by parse_csv (the fallback), else empty
  std::vector<std::string> header;
  std::vector<std::string_view> cells;  // row-major, header.size() per row, header excluded
  size_t width = 0;
  size_t rows() const { return width ? cells.size() / width : 0; }
  std::string_view at(size_t row, int k) const {
    return k < 0 ? std::string_view() : cells[row * width + static_cast<size_t>(k)];
  }
  int find(const char* folded_name) const {
    for (size_t i = 0; i < header.size(); ++i)
      if (fold(header[i]) == folded_name) return static_cast<int>(i);
    return -1;
  }
};

// valid_utf8 (base/text.h: well-formed UTF-8 and no NUL) with a fast path over ASCII.
bool utf8_ok(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size(), i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      // No byte >= 0x80 and no zero byte.
      if ((w & 0x8080808080808080ull) == 0 &&
          ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    auto c = static_cast<unsigned char>(p[i]);
    if (c == 0) return false;
    if (c < 0x80) {
      ++i;
      continue;
    }
    // One multi-byte sequence, checked by the library (the file's first bad byte is found by
    // the slow path in read_table).
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (!valid_utf8(s.substr(i, std::min(len, n - i)))) return false;
    i += std::min(len, n - i);
  }
  return true;
}

// Splits `t.text` (after `from`) into cells as parse_csv would; false on anything it would
// refuse (an unterminated quote, a row of another width, no header).
bool split(Table& t, size_t from) {
  char* buf = t.text.data();
  const size_t n = t.text.size();
  std::vector<std::string_view> head;
  size_t width = 0;
  bool have_header = false;
  size_t i = from;
  while (i < n) {
    std::vector<std::string_view>& cells = have_header ? t.cells : head;
    const size_t first = cells.size();
    for (;;) {  // the fields of one row
      size_t start = i, w = i;
      if (buf[i] == '"') {  // quoted: "" is one quote; CR and LF are text
        ++i;
        for (;;) {
          if (i >= n) return false;  // unterminated
          char c = buf[i];
          if (c == '"') {
            if (i + 1 < n && buf[i + 1] == '"') {
              buf[w++] = '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          buf[w++] = c;
          ++i;
        }
      }
      // Unquoted text (or text after a closing quote, which parse_csv keeps) up to a comma,
      // LF or CR LF; a lone CR is text.
      while (i < n) {
        char c = buf[i];
        if (c == ',' || c == '\n' || (c == '\r' && i + 1 < n && buf[i + 1] == '\n')) break;
        buf[w++] = c;
        ++i;
      }
      cells.emplace_back(buf + start, w - start);
      if (i >= n) break;
      if (buf[i] == ',') {
        ++i;
        if (i >= n) {  // "a," at the end of the file: a last, empty field
          cells.emplace_back();
          break;
        }
        continue;
      }
      i += buf[i] == '\r' ? 2 : 1;  // end of the row
      break;
    }
    size_t count = cells.size() - first;
    if (count == 1 && cells[first].empty()) {  // a blank line: no row
      cells.pop_back();
      continue;
    }
    if (!have_header) {
      for (auto c : head) t.header.emplace_back(c);
      width = count;
      have_header = true;
      continue;
    }
    if (count != width) return false;
  }
  t.width = width;
  return have_header;
}

// Reads and parses a CSV file; on failure prints the error line and returns null.
std::unique_ptr<Table> read_table(const std::string& path, const char* what, int* rc) {
  auto t = std::make_unique<Table>();
  {
    FILE* f = std::fopen(path.c_str(), "rb");
    bool ok = f != nullptr;
    if (ok) {
      if (std::fseek(f, 0, SEEK_END) == 0) {
        long size = std::ftell(f);
        if (size > 0) t->text.reserve(static_cast<size_t>(size));
        std::rewind(f);
      }
      char chunk[1 << 16];
      size_t got;
      while ((got = std::fread(chunk, 1, sizeof chunk, f)) > 0) t->text.append(chunk, got);
      ok = !std::ferror(f);
      std::fclose(f);
    }
    if (!ok) {
      *rc = unusable(0, "", std::string(what) + ": không mở được tệp " + path);
      return nullptr;
    }
  }
  size_t from = t->text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  std::string_view body = std::string_view(t->text).substr(from);
  if (!utf8_ok(body)) {
    // The physical line of the first byte that is not UTF-8 (or a NUL).
    int line = 1;
    size_t start = 0;
    for (size_t i = 0; i <= body.size(); ++i) {
      if (i == body.size() || body[i] == '\n') {
        if (!valid_utf8(body.substr(start, i - start))) break;
        ++line;
        start = i + 1;
      }
    }
    *rc = unusable(line, "", std::string(what) + ": tệp không phải văn bản UTF-8 hợp lệ");
    return nullptr;
  }
  if (split(*t, from)) return t;
  // split unescaped quoted cells in place: the file is read again.
  std::string raw;
  {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    raw = ss.str();
  }
  if (raw.compare(0, 3, "\xEF\xBB\xBF") == 0) raw.erase(0, 3);
  // Refused: parse_csv gives the error and its row (or, should it accept what split refused,
  // the table).
  auto p = parse_csv(raw, /*normalize=*/false);
  if (!p.ok()) {
    int row = p.status().rows().empty() ? 1 : p.status().rows()[0].row;
    std::string msg =
        p.status().rows().empty() ? p.status().message() : p.status().rows()[0].message;
    *rc = unusable(row, "", std::string(what) + ": " + msg);
    return nullptr;
  }
  auto u = std::make_unique<Table>();
  u->header = p->header;
  u->width = u->header.size();
  for (auto& row : p->rows)
    for (auto& c : row) u->owned.push_back(std::move(c));
  for (const auto& c : u->owned) u->cells.emplace_back(c);
  return u;
}

struct Columns {
  std::vector<int> idx;
  int missing = -1;  // index into names of the first missing column
};

Columns columns(const Table& t, const std::vector<const char*>& names) {
  Columns c;
  for (size_t i = 0; i < names.size(); ++i) {
    int k = t.find(names[i]);
    if (k < 0 && c.missing < 0) c.missing = static_cast<int>(i);
    c.idx.push_back(k);
  }
  return c;
}

constexpr const char* kUsage =
    "usage: atgt match --roster ROSTER.csv --records RECORDS.csv --out OUT.csv [--explain "
    "CANDIDATES.csv]\n";

}  // namespace

int match_command(int argc, char** argv) {
  std::string roster_path, records_path, out_path, explain_path;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](std::string* dst) {
      if (i + 1 >= argc) return false;
      *dst = argv[++i];
      return true;
    };
    bool ok = (a == "--roster" && value(&roster_path)) ||
              (a == "--records" && value(&records_path)) || (a == "--out" && value(&out_path)) ||
              (a == "--explain" && value(&explain_path));
    if (!ok) {
      std::fprintf(stderr, "atgt match: tham số không hợp lệ '%s'\n%s", a.c_str(), kUsage);
      return 2;
    }
  }
  if (roster_path.empty() || records_path.empty() || out_path.empty()) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  int rc = 0;
  // ATGT_MATCH_TIMING=1: the time of each phase on stderr (for bench/run.sh).
  bool timing = std::getenv("ATGT_MATCH_TIMING") != nullptr;
  auto t0 = std::chrono::steady_clock::now();
  auto phase = [&](const char* name) {
    if (!timing) return;
    auto t = std::chrono::steady_clock::now();
    std::fprintf(stderr, "phase %s %.3f s\n", name, std::chrono::duration<double>(t - t0).count());
    t0 = t;
  };
  const unsigned threads = std::max(1u, std::min(std::thread::hardware_concurrency(), 8u));
  // Runs body(from, to) over [0, n) on every core, in interleaved chunks.
  auto parallel = [&](size_t n, size_t chunk, auto&& body) {
    std::vector<std::thread> pool;
    std::atomic<size_t> next{0};
    auto run = [&] {
      for (;;) {
        size_t from = next.fetch_add(chunk);
        if (from >= n) return;
        body(from, std::min(n, from + chunk));
      }
    };
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(run);
    run();
    for (auto& t : pool) t.join();
  };
  // ---- roster
  std::vector<match::Student> students;
  {
    auto t = read_table(roster_path, "roster", &rc);
    if (!t) return rc;
    static const std::vector<const char*> kNames = {
        "student_id",  "full_name", "birth_date",  "gender", "school_code",
        "school_name", "class",     "personal_id", "plate",  "school_year"};
    Columns c = columns(*t, kNames);
    if (c.missing >= 0 && c.missing < 8)
      return unusable(1, kNames[c.missing], std::string("roster: thiếu cột ") + kNames[c.missing]);
    phase("read_roster_csv");
    students.resize(t->rows());
    parallel(students.size(), 4096, [&](size_t from, size_t to) {
      for (size_t i = from; i < to; ++i) {
        match::Student& s = students[i];
        s.id = t->at(i, c.idx[0]);
        s.full_name = nfc(t->at(i, c.idx[1]));
        s.birth = Date::parse(t->at(i, c.idx[2]));
        std::string g = fold(t->at(i, c.idx[3]));
        s.gender = (g == "nam" || g == "male" || g == "m")    ? 'M'
                   : (g == "nu" || g == "female" || g == "f") ? 'F'
                                                              : 0;
        s.school_code = t->at(i, c.idx[4]);
        s.school_name = nfc(t->at(i, c.idx[5]));
        s.class_name = t->at(i, c.idx[6]);
        s.personal_id = t->at(i, c.idx[7]);
        s.plate = t->at(i, c.idx[8]);
        if (auto y = calendar::parse_school_year_code(t->at(i, c.idx[9]))) s.school_year = *y;
      }
    });
  }
  phase("read_roster");
  // ---- records
  auto rt = read_table(records_path, "records", &rc);
  if (!rt) return rc;
  static const std::vector<const char*> kRec = {"record_id",   "full_name",   "birth_date",
                                                "school_name", "personal_id", "violation_date",
                                                "place",       "plate"};
  Columns rcols = columns(*rt, kRec);
  if (rcols.missing >= 0 && rcols.missing < 7)
    return unusable(1, kRec[rcols.missing],
                    std::string("records: thiếu cột ") + kRec[rcols.missing]);

  phase("read_records");
  match::Engine engine(students);
  phase("index");
  std::vector<std::string> ids;
  ids.reserve(students.size());
  for (auto& s : students) ids.push_back(std::move(s.id));
  std::vector<match::Student>().swap(students);

  size_t n = rt->rows();
  std::vector<match::Decision> out(n);
  // Interleaved chunks so that every thread sees the same mix of easy and hard records.
  parallel(n, 256, [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      match::Record r;
      r.id = rt->at(i, rcols.idx[0]);
      r.full_name = nfc(rt->at(i, rcols.idx[1]));
      r.birth_date = rt->at(i, rcols.idx[2]);
      r.school_name = nfc(rt->at(i, rcols.idx[3]));
      r.personal_id = rt->at(i, rcols.idx[4]);
      r.violation_date = rt->at(i, rcols.idx[5]);
      r.plate = rt->at(i, rcols.idx[7]);
      out[i] = engine.match(r);
      if (explain_path.empty()) {
        out[i].candidates.clear();
        out[i].candidates.shrink_to_fit();
      }
    }
  });
  phase("match");

  std::string buf = "record_id,student_id,status,score\n";
  buf.reserve(n * 40);
  char score[32];
  for (size_t i = 0; i < n; ++i) {
    const auto& d = out[i];
    buf += csv_field(rt->at(i, rcols.idx[0]));
    buf += ',';
    if (d.best >= 0 && d.status != match::Status::kUnmatched)
      buf += csv_field(ids[static_cast<size_t>(d.best)]);
    buf += ',';
    buf += match::status_name(d.status);
    std::snprintf(score, sizeof score, ",%.4f\n", std::clamp(d.score, 0.0, 1.0));
    buf += score;
  }
  if (!explain_path.empty()) {
    // record_id,rank,student_id,probability,reasons: every candidate with its evidence.
    std::string ex = "record_id,rank,student_id,probability,reasons\n";
    for (size_t i = 0; i < n; ++i) {
      int rank = 0;
      for (const auto& c : out[i].candidates) {
        std::string reasons;
        for (const auto& r : match::reasons_vi(c.evidence))
          reasons += (reasons.empty() ? "" : "; ") + r;
        std::snprintf(score, sizeof score, ",%.6f,", c.probability);
        ex += csv_field(rt->at(i, rcols.idx[0])) + "," + std::to_string(++rank) + "," +
              csv_field(ids[static_cast<size_t>(c.student)]) + score + csv_field(reasons) + "\n";
      }
    }
    FILE* e = std::fopen(explain_path.c_str(), "wb");
    if (!e || std::fwrite(ex.data(), 1, ex.size(), e) != ex.size() || std::fclose(e) != 0) {
      std::fprintf(stderr, "atgt match: không ghi được %s\n", explain_path.c_str());
      return 1;
    }
  }
  FILE* f = std::fopen(out_path.c_str(), "wb");
  if (!f || std::fwrite(buf.data(), 1, buf.size(), f) != buf.size() || std::fclose(f) != 0) {
    std::fprintf(stderr, "atgt match: không ghi được %s\n", out_path.c_str());
    return 1;
  }
  return 0;
}

}  // namespace atgt::app
