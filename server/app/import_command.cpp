// `atgt import students` (see import_command.h).
#include "app/import_command.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "base/time.h"
#include "base/vn_encoding.h"
#include "domain/enrolment.h"
#include "jobs/job_support.h"
#include "jobs/roster_import.h"

namespace atgt::app {
namespace {

constexpr const char* kUsage =
    "Cách dùng: atgt import students --school MÃ_TRƯỜNG --year 2025-2026 "
    "[--encoding auto|utf-8|cp1258|tcvn3|vni] [--dry-run] TỆP\n";

int usage_error(const std::string& message) {
  std::fprintf(stderr, "atgt: %s\n%s", message.c_str(), kUsage);
  return 2;
}

std::string csv_cell(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char ch : s) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

void print_rows(const Status& st) {
  for (const auto& r : st.rows())
    std::fprintf(stderr, "%d,%s,%s\n", r.row, csv_cell(r.column).c_str(),
                 csv_cell(r.message).c_str());
}

// Option and file-level errors: the message (with its fields), then any rows.
int file_error(const Status& st) {
  std::string msg = st.message();
  for (const auto& [f, m] : st.fields()) msg += " " + m;
  std::fprintf(stderr, "atgt: %s\n", msg.c_str());
  print_rows(st);
  return 2;
}

}  // namespace

int import_command(int argc, char** argv, const Config& cfg,
                   Status (*prepare)(store::Db&, const Config&)) {
  if (argc < 3 || std::string(argv[2]) != "students")
    return usage_error("chỉ hỗ trợ `atgt import students`.");
  std::string school, year, encoding_text = "auto", path;
  bool dry_run = false;
  for (int i = 3; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](std::string& dst) {
      if (i + 1 >= argc) return false;
      dst = argv[++i];
      return true;
    };
    if (a == "--school") {
      if (!value(school)) return usage_error("thiếu giá trị của --school.");
    } else if (a == "--year") {
      if (!value(year)) return usage_error("thiếu giá trị của --year.");
    } else if (a == "--encoding") {
      if (!value(encoding_text)) return usage_error("thiếu giá trị của --encoding.");
    } else if (a == "--dry-run") {
      dry_run = true;
    } else if (a.rfind("--", 0) == 0) {
      return usage_error("tùy chọn không hợp lệ: " + a + ".");
    } else if (path.empty()) {
      path = a;
    } else {
      return usage_error("chỉ nhập một tệp mỗi lần.");
    }
  }
  if (school.empty()) return usage_error("thiếu --school (mã trường trong danh mục).");
  if (year.empty()) return usage_error("thiếu --year (năm học, ví dụ 2025-2026).");
  if (path.empty()) return usage_error("thiếu tệp cần nhập.");
  if (!valid_school_year(year))
    return usage_error("--year phải có dạng YYYY-YYYY với năm sau hơn năm trước 1, ví dụ 2025-2026.");
  auto enc = parse_encoding(encoding_text);
  if (!enc.ok()) return usage_error("--encoding: " + enc.status().message());
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    if (!in) return usage_error("không đọc được tệp " + path + ".");
    std::ostringstream ss;
    ss << in.rdbuf();
    bytes = ss.str();
  }
  auto db = store::open_db(cfg.database_url);
  if (!db.ok()) {
    std::fprintf(stderr, "atgt: không mở được cơ sở dữ liệu: %s\n", db.status().message().c_str());
    return 1;
  }
  if (auto st = prepare(**db, cfg); !st.ok()) {
    std::fprintf(stderr, "atgt: %s\n", st.message().c_str());
    return 1;
  }
  auto org = jobs::load_org(**db);
  if (!org.ok()) {
    std::fprintf(stderr, "atgt: %s\n", org.status().message().c_str());
    return 1;
  }
  auto target = jobs::roster_target(**db, **org, school, 0, year);
  if (!target.ok()) {
    if (target.status().kind() == Kind::kInvalid) return file_error(target.status());
    std::fprintf(stderr, "atgt: %s\n", target.status().message().c_str());
    return 1;
  }
  // The file's own name decides CSV or XLSX with its content (a .xls or .pdf is refused).
  std::string name = path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
  auto plan = jobs::plan_roster(**db, *target, bytes, name, *enc);
  if (!plan.ok()) {
    const Status& st = plan.status();
    if (is_student_file_error(st)) return file_error(st);
    if (st.kind() == Kind::kInvalid) {
      std::fprintf(stderr, "atgt: %s\n", st.message().c_str());
      print_rows(st);
      return 1;
    }
    std::fprintf(stderr, "atgt: %s\n", st.message().c_str());
    return 1;
  }
  if (dry_run) {
    std::printf("inserted=%lld updated=%lld\n", static_cast<long long>(plan->inserted),
                static_cast<long long>(plan->updated));
    return 0;
  }
  std::string batch = "cli:" + std::to_string(now_micros());
  auto counts = jobs::commit_roster(**db, *plan, batch, std::nullopt, "", "cli");
  if (!counts.ok()) {
    std::fprintf(stderr, "atgt: %s\n", counts.status().message().c_str());
    return 1;
  }
  std::printf("inserted=%lld updated=%lld\n", static_cast<long long>(counts->inserted),
              static_cast<long long>(counts->updated));
  return 0;
}

}  // namespace atgt::app
