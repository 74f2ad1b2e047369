// `atgt match --roster ROSTER.csv --records RECORDS.csv --out OUT.csv`: the matching engine
// (domain/match_engine.h) over two CSV files, for batch use and benchmarks. Opens no database
// and reads no configuration. Contract: docs/operations.md "atgt match".
#include "app/match_command.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
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

// Reads and parses a CSV file; on failure prints the error line and returns nullopt.
std::optional<CsvTable> read_table(const std::string& path, const char* what, int* rc) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *rc = unusable(0, "", std::string(what) + ": không mở được tệp " + path);
    return std::nullopt;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  std::string_view body = text;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  if (!valid_utf8(body)) {
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
    return std::nullopt;
  }
  auto t = parse_csv(body, /*normalize=*/false);
  if (!t.ok()) {
    int row = t.status().rows().empty() ? 1 : t.status().rows()[0].row;
    std::string msg =
        t.status().rows().empty() ? t.status().message() : t.status().rows()[0].message;
    *rc = unusable(row, "", std::string(what) + ": " + msg);
    return std::nullopt;
  }
  return std::move(t).value();
}

struct Columns {
  std::vector<int> idx;
  int missing = -1;  // index into names of the first missing column
};

Columns columns(const CsvTable& t, const std::vector<const char*>& names) {
  Columns c;
  for (size_t i = 0; i < names.size(); ++i) {
    int k = t.find({names[i]});
    if (k < 0 && c.missing < 0) c.missing = static_cast<int>(i);
    c.idx.push_back(k);
  }
  return c;
}

const std::string& cell(const std::vector<std::string>& row, int k) {
  static const std::string empty;
  return k < 0 ? empty : row[static_cast<size_t>(k)];
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
    students.reserve(t->rows.size());
    for (auto& row : t->rows) {
      match::Student s;
      s.id = cell(row, c.idx[0]);
      s.full_name = nfc(cell(row, c.idx[1]));
      s.birth = Date::parse(cell(row, c.idx[2]));
      std::string g = fold(cell(row, c.idx[3]));
      s.gender = (g == "nam" || g == "male" || g == "m")    ? 'M'
                 : (g == "nu" || g == "female" || g == "f") ? 'F'
                                                            : 0;
      s.school_code = cell(row, c.idx[4]);
      s.school_name = nfc(cell(row, c.idx[5]));
      s.class_name = cell(row, c.idx[6]);
      s.personal_id = cell(row, c.idx[7]);
      s.plate = cell(row, c.idx[8]);
      if (auto y = calendar::parse_school_year_code(cell(row, c.idx[9]))) s.school_year = *y;
      students.push_back(std::move(s));
      std::vector<std::string>().swap(row);
    }
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

  size_t n = rt->rows.size();
  std::vector<match::Decision> out(n);
  unsigned threads = std::max(1u, std::min(std::thread::hardware_concurrency(), 8u));
  auto work = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      const auto& row = rt->rows[i];
      match::Record r;
      r.id = cell(row, rcols.idx[0]);
      r.full_name = nfc(cell(row, rcols.idx[1]));
      r.birth_date = cell(row, rcols.idx[2]);
      r.school_name = nfc(cell(row, rcols.idx[3]));
      r.personal_id = cell(row, rcols.idx[4]);
      r.violation_date = cell(row, rcols.idx[5]);
      r.plate = cell(row, rcols.idx[7]);
      out[i] = engine.match(r);
      if (explain_path.empty()) {
        out[i].candidates.clear();
        out[i].candidates.shrink_to_fit();
      }
    }
  };
  // Interleaved chunks so that both threads see the same mix of easy and hard records.
  std::vector<std::thread> pool;
  size_t chunk = 256;
  std::atomic<size_t> next{0};
  for (unsigned t = 0; t < threads; ++t)
    pool.emplace_back([&] {
      for (;;) {
        size_t from = next.fetch_add(chunk);
        if (from >= n) return;
        work(from, std::min(n, from + chunk));
      }
    });
  for (auto& t : pool) t.join();
  phase("match");

  std::string buf = "record_id,student_id,status,score\n";
  buf.reserve(n * 40);
  char score[32];
  for (size_t i = 0; i < n; ++i) {
    const auto& d = out[i];
    buf += csv_field(cell(rt->rows[i], rcols.idx[0]));
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
        ex += csv_field(cell(rt->rows[i], rcols.idx[0])) + "," + std::to_string(++rank) + "," +
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
