// Fuzz harness for domain/registry_csv.h: the input is parsed with parse_csv and, when it is a
// table, read both as units (data/org/units.csv columns) and as events (events.csv columns).
//
// Invariants: an accepted row satisfies every rule the reader promises (required cells present,
// dates real and in order, coordinates within range, flags from the list, versions of one code
// contiguous, codes split cleanly, merge/split successors); a refusal is kInvalid and names rows
// that exist (at most 200) with a column of the format.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "base/row_errors.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/registry_csv.h"
#include "fuzz_check.h"

namespace {
using atgt::Date;
using atgt::fuzz::show;

// A cell as the reader keeps it: valid UTF-8, NFC, spaces squeezed, not empty when optional.
void check_cell(const std::string& s, const std::string& what) {
  FUZZ_CHECK(atgt::valid_utf8(s) || s.empty(), what + " " + show(s));
  FUZZ_CHECK(atgt::squeeze_spaces(s) == s, what + " " + show(s));
}
void check_opt(const std::optional<std::string>& s, const std::string& what) {
  if (!s) return;
  FUZZ_CHECK(!s->empty(), what);
  check_cell(*s, what);
}

void check_flags(const std::string& flags, const std::string& what) {
  check_cell(flags, what);
  size_t start = 0;
  while (start <= flags.size()) {
    size_t end = std::min(flags.find(';', start), flags.size());
    std::string f = atgt::squeeze_spaces(flags.substr(start, end - start));
    FUZZ_CHECK(f.empty() || f == "demo" || f == "unverified", what + " " + show(flags));
    start = end + 1;
  }
}

void check_codes(const std::vector<std::string>& codes, const std::string& what) {
  for (const auto& c : codes) {
    FUZZ_CHECK(!c.empty() && c.find(';') == std::string::npos, what + " " + show(c));
    check_cell(c, what);
  }
}

// `columns`: the canonical names a message may use; a message may also name a column as the
// file's header writes it (Vietnamese headers), or a missing column by its Vietnamese label.
void check_refusal(const atgt::Status& st, const atgt::CsvTable& t, std::set<std::string> columns,
                   const std::string& what) {
  FUZZ_CHECK(st.kind() == atgt::Kind::kInvalid, what);
  const size_t rows = t.rows.size();
  columns.insert(t.header.begin(), t.header.end());
  for (const char* label : {"Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Hiệu lực từ", "Hiệu lực đến",
                            "Mã đơn vị cấp trên", "Vĩ độ", "Kinh độ", "Đánh dấu", "Ngày hiệu lực",
                            "Loại sự kiện", "Mã các đơn vị", "Mã đơn vị kế thừa",
                            "Mã đơn vị chuyển một phần"})
    columns.insert(label);
  // At most kMaxRowErrors rows, then one closing line (row 0) counting the rest.
  FUZZ_CHECK(!st.rows().empty() && st.rows().size() <= atgt::kMaxRowErrors + 1, what);
  for (const auto& r : st.rows()) {
    if (r.row == 0) {
      FUZZ_CHECK(&r == &st.rows().back() && st.rows().size() == atgt::kMaxRowErrors + 1, what + " closing line");
      FUZZ_CHECK(r.message.find("lỗi khác") != std::string::npos, what + " closing line");
      continue;
    }
    FUZZ_CHECK(r.row >= 1 && static_cast<size_t>(r.row) <= rows + 1, what + " row " + std::to_string(r.row));
    FUZZ_CHECK(columns.count(r.column), what + " column " + show(r.column));
    FUZZ_CHECK(!r.message.empty(), what);
  }
}

void check_units(const atgt::CsvTable& t, const std::string& input) {
  auto units = atgt::read_unit_rows(t);
  if (!units.ok()) {
    check_refusal(units.status(), t,
                  {"code", "name", "type", "valid_from", "valid_to", "flags", "parent_code",
                   "latitude", "longitude"},
                  "units " + input);
    return;
  }
  FUZZ_CHECK(units->size() == t.rows.size(), input);
  std::set<std::pair<std::string, std::string>> seen;
  std::map<std::string, std::vector<const atgt::CsvUnitVersion*>> by_code;
  for (size_t i = 0; i < units->size(); ++i) {
    const auto& v = (*units)[i];
    std::string what = input + " row " + std::to_string(v.row);
    FUZZ_CHECK(v.row == static_cast<int>(i + 2), what);
    FUZZ_CHECK(!v.code.empty() && v.code.size() <= 40, what);
    FUZZ_CHECK(!v.name.empty() && !v.type.empty(), what);
    for (const auto* s : {&v.code, &v.name, &v.type, &v.valid_from}) check_cell(*s, what);
    for (const auto* s : {&v.valid_to, &v.short_name, &v.parent_code, &v.address, &v.phone,
                          &v.email, &v.source, &v.note})
      check_opt(*s, what);
    check_flags(v.flags, what);
    if (!v.valid_from.empty()) {
      auto d = Date::parse(v.valid_from);
      FUZZ_CHECK(d && d->str() == v.valid_from, what + " valid_from " + show(v.valid_from));
    }
    if (v.valid_to) {
      auto d = Date::parse(*v.valid_to);
      FUZZ_CHECK(d && d->str() == *v.valid_to, what + " valid_to " + show(*v.valid_to));
      if (!v.valid_from.empty()) FUZZ_CHECK(*Date::parse(v.valid_from) <= *d, what);
    }
    FUZZ_CHECK(!v.parent_code || *v.parent_code != v.code, what);
    if (v.latitude)
      FUZZ_CHECK(*v.latitude >= -90 && *v.latitude <= 90, what + " latitude " + std::to_string(*v.latitude));
    if (v.longitude)
      FUZZ_CHECK(*v.longitude >= -180 && *v.longitude <= 180, what + " longitude " + std::to_string(*v.longitude));
    FUZZ_CHECK(seen.insert({v.code, v.valid_from}).second, what);
    by_code[v.code].push_back(&v);
  }
  // Versions of one code follow each other day after day.
  for (auto& [code, vs] : by_code) {
    std::sort(vs.begin(), vs.end(), [](auto* a, auto* b) { return a->valid_from < b->valid_from; });
    for (size_t k = 1; k < vs.size(); ++k) {
      FUZZ_CHECK(vs[k - 1]->valid_to && !vs[k]->valid_from.empty(), input + " code " + show(code));
      FUZZ_CHECK(Date::parse(*vs[k - 1]->valid_to)->add_days(1) == *Date::parse(vs[k]->valid_from),
                 input + " code " + show(code));
    }
  }
}

void check_events(const atgt::CsvTable& t, const std::string& input) {
  auto events = atgt::read_event_rows(t);
  if (!events.ok()) {
    check_refusal(events.status(), t,
                  {"date", "kind", "unit_codes", "successor_codes", "partial_codes", "flags"},
                  "events " + input);
    return;
  }
  FUZZ_CHECK(events->size() == t.rows.size(), input);
  static const std::set<std::string> kinds = {"create", "rename", "move", "merge", "split", "dissolve"};
  for (size_t i = 0; i < events->size(); ++i) {
    const auto& e = (*events)[i];
    std::string what = input + " row " + std::to_string(e.row);
    FUZZ_CHECK(e.row == static_cast<int>(i + 2), what);
    auto d = Date::parse(e.date);
    FUZZ_CHECK(d && d->str() == e.date, what);
    FUZZ_CHECK(kinds.count(e.kind), what);
    FUZZ_CHECK(!e.unit_codes.empty(), what);
    check_codes(e.unit_codes, what);
    check_codes(e.successor_codes, what);
    check_codes(e.partial_codes, what);
    if (e.kind == "merge") FUZZ_CHECK(e.successor_codes.size() == 1, what);
    if (e.kind == "split") FUZZ_CHECK(e.successor_codes.size() >= 2, what);
    if (e.kind == "create" || e.kind == "rename" || e.kind == "move")
      FUZZ_CHECK(e.successor_codes.empty(), what);
    for (const auto& p : e.partial_codes)
      FUZZ_CHECK(std::find(e.unit_codes.begin(), e.unit_codes.end(), p) != e.unit_codes.end(), what);
    check_flags(e.flags, what);
    check_opt(e.ext_id, what);
    check_opt(e.source, what);
    check_opt(e.note, what);
  }
}

}  // namespace

static int fuzz_one(const uint8_t* data, size_t size) {
  auto t = atgt::parse_csv(atgt::fuzz::as_text(data, size));
  if (!t.ok()) return 0;  // parse_csv has its own harness (csv_fuzz.cpp)
  std::string input = show(atgt::fuzz::as_text(data, size));
  check_units(*t, input);
  check_events(*t, input);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return atgt::fuzz::run_one(fuzz_one, data, size);
}
