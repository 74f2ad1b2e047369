// Fuzz harness for files/xlsx_reader.h, files/table_reader.h and base/vn_encoding.h.
// Input starting with "PK": a ZIP read as a workbook as it is. Any other input: up to three XML
// parts separated by a line "--" (the first sheet, xl/sharedStrings.xml, xl/styles.xml), stored
// uncompressed into a workbook beside a fixed xl/workbook.xml and its relationships, so that the
// fuzzer reaches the XML handling without having to forge deflate streams; the same bytes are
// also read as a CSV upload under each encoding.
//
// Invariants: a table has a non-empty header, every row has the header's width, every cell is
// valid UTF-8 in NFC, header_row >= 1 and the last row is a sheet row (<= 1,048,576); a refusal
// is kInvalid with a message; decoded text is valid UTF-8 in NFC; read_table agrees with them.
#include <zip.h>

#include <string>
#include <vector>

#include "base/text.h"
#include "base/vn_encoding.h"
#include "files/table_reader.h"
#include "files/xlsx_reader.h"
#include "fuzz_check.h"

namespace {
using atgt::fuzz::show;

std::string zip_parts(const std::vector<std::pair<std::string, std::string>>& parts) {
  zip_error_t ze;
  zip_error_init(&ze);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &ze);
  zip_source_keep(src);
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
  std::string out;
  if (za) {
    for (const auto& [name, data] : parts) {
      zip_source_t* s = zip_source_buffer(za, data.data(), data.size(), 0);
      zip_int64_t i = zip_file_add(za, name.c_str(), s, ZIP_FL_ENC_UTF_8);
      if (i >= 0) zip_set_file_compression(za, static_cast<zip_uint64_t>(i), ZIP_CM_STORE, 0);
    }
    if (zip_close(za) != 0) {
      zip_discard(za);
    } else if (zip_source_open(src) == 0) {
      char buf[65536];
      zip_int64_t n;
      while ((n = zip_source_read(src, buf, sizeof buf)) > 0)
        out.append(buf, static_cast<size_t>(n));
      zip_source_close(src);
    }
  }
  zip_source_free(src);
  zip_error_fini(&ze);
  return out;
}

void check_table(const atgt::Result<atgt::CsvTable>& t, const std::string& note) {
  if (!t.ok()) {
    FUZZ_CHECK(t.status().kind() == atgt::Kind::kInvalid, note + ": " + t.status().message());
    FUZZ_CHECK(!t.status().message().empty(), note);
    return;
  }
  FUZZ_CHECK(!t->header.empty(), note);
  FUZZ_CHECK(t->header_row >= 1, note);
  FUZZ_CHECK(static_cast<size_t>(t->header_row) + t->rows.size() <= 1048576, note);
  auto cells = [&](const std::vector<std::string>& row) {
    FUZZ_CHECK(row.size() == t->header.size(), note);
    for (const auto& c : row) {
      FUZZ_CHECK(atgt::valid_utf8(c), note + " cell " + show(c));
      FUZZ_CHECK(atgt::nfc(c) == c, note + " cell " + show(c));
    }
  };
  cells(t->header);
  for (const auto& r : t->rows) cells(r);
}

}  // namespace

static int fuzz_one(const uint8_t* data, size_t size) {
  std::string_view in = atgt::fuzz::as_text(data, size);
  atgt::files::XlsxLimits lim;
  lim.zip.max_total_uncompressed = 16u << 20;
  lim.max_part_inflated = 8u << 20;
  lim.max_cells = 200000;
  if (in.substr(0, 2) == "PK") {
    check_table(atgt::files::read_xlsx_first_sheet(in, lim), "zip " + show(in));
    check_table(atgt::files::read_table(in, "a.xlsx", atgt::Encoding::kAuto, lim),
                "zip " + show(in));
    return 0;
  }
  std::vector<std::string> xml(3);
  size_t part = 0, pos = 0;
  while (part < 3) {
    size_t sep = in.find("\n--\n", pos);
    xml[part++] = std::string(
        in.substr(pos, sep == std::string_view::npos ? std::string_view::npos : sep - pos));
    if (sep == std::string_view::npos) break;
    pos = sep + 4;
  }
  std::vector<std::pair<std::string, std::string>> parts = {
      {"xl/workbook.xml",
       R"(<workbook xmlns:r="r"><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels",
       R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)"},
      {"xl/worksheets/sheet1.xml", xml[0]}};
  if (part > 1) parts.emplace_back("xl/sharedStrings.xml", xml[1]);
  if (part > 2) parts.emplace_back("xl/styles.xml", xml[2]);
  std::string z = zip_parts(parts);
  if (!z.empty()) check_table(atgt::files::read_xlsx_first_sheet(z, lim), "xml " + show(in));

  for (auto enc : {atgt::Encoding::kAuto, atgt::Encoding::kUtf8, atgt::Encoding::kCp1258,
                   atgt::Encoding::kTcvn3, atgt::Encoding::kVni}) {
    auto d = atgt::decode_text(in, enc);
    if (d.ok()) {
      FUZZ_CHECK(atgt::valid_utf8(d->text), show(in));
      FUZZ_CHECK(atgt::nfc(d->text) == d->text, show(in));
      FUZZ_CHECK(d->encoding != atgt::Encoding::kAuto, show(in));
      FUZZ_CHECK(enc == atgt::Encoding::kAuto || d->encoding == enc, show(in));
    } else {
      FUZZ_CHECK(d.status().kind() == atgt::Kind::kInvalid && !d.status().message().empty(),
                 show(in));
    }
    auto t = atgt::files::read_table(in, "a.csv", enc, lim);
    bool ole = in.substr(0, 4) == "\xD0\xCF\x11\xE0";
    if (!ole) FUZZ_CHECK(t.ok() == (d.ok() && atgt::parse_csv(d->text).ok()), show(in));
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return atgt::fuzz::run_one(fuzz_one, data, size);
}
