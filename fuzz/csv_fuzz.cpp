// Fuzz harness for base/csv.h: parse_csv over arbitrary bytes.
//
// Invariants: a table is returned only for valid UTF-8 (after an optional BOM); every row has
// the header's width; every cell is valid UTF-8 in NFC; the table written back as CSV (every
// field quoted) parses to the same table; a refusal is kInvalid with a message.
#include "base/csv.h"
#include "base/text.h"
#include "fuzz_check.h"

namespace {
using atgt::fuzz::show;

std::string quote(const std::string& f) {
  std::string out = "\"";
  for (char c : f) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

std::string write_row(const std::vector<std::string>& row) {
  std::string out;
  for (size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + quote(row[i]);
  return out + "\n";
}

void check_cells(const std::vector<std::string>& row, std::string_view input) {
  for (const auto& cell : row) {
    FUZZ_CHECK(cell.empty() || atgt::valid_utf8(cell), show(input) + " cell " + show(cell));
    FUZZ_CHECK(atgt::nfc(cell) == cell, show(input) + " cell " + show(cell));
  }
}

}  // namespace

static int fuzz_one(const uint8_t* data, size_t size) {
  std::string_view text = atgt::fuzz::as_text(data, size);
  auto t = atgt::parse_csv(text);
  std::string_view body = text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
  if (!t.ok()) {
    FUZZ_CHECK(t.status().kind() == atgt::Kind::kInvalid, show(text));
    FUZZ_CHECK(!t.status().message().empty(), show(text));
    for (const auto& r : t.status().rows()) FUZZ_CHECK(r.row >= 1, show(text));
    return 0;
  }
  FUZZ_CHECK(atgt::valid_utf8(body), show(text));
  FUZZ_CHECK(!t->header.empty(), show(text));
  check_cells(t->header, text);
  size_t lines = 1;
  for (char c : body) lines += c == '\n';
  FUZZ_CHECK(t->rows.size() + 1 <= lines, show(text));
  for (const auto& row : t->rows) {
    FUZZ_CHECK(row.size() == t->header.size(), show(text));
    FUZZ_CHECK(!(row.size() == 1 && row[0].empty()), show(text));
    check_cells(row, text);
  }
  for (size_t i = 0; i < t->header.size(); ++i) {
    int c = t->column(t->header[i]);
    FUZZ_CHECK(c >= 0 && static_cast<size_t>(c) <= i && t->header[c] == t->header[i], show(text));
  }

  std::string again = write_row(t->header);
  for (const auto& row : t->rows) again += write_row(row);
  auto t2 = atgt::parse_csv(again);
  FUZZ_CHECK(t2.ok(), show(text) + " written back as " + show(again));
  FUZZ_CHECK(t2->header == t->header && t2->rows == t->rows, show(text) + " written back as " + show(again));
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return atgt::fuzz::run_one(fuzz_one, data, size);
}
