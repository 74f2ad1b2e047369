#include "files/xlsx_reader.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <cstring>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

#include "files/table_reader.h"

namespace atgt::files {
namespace {

using Parts = std::vector<std::pair<std::string, std::string>>;

// Zips `parts` (name, content) in memory with libzip, deflated.
std::string make_zip(const Parts& parts) {
  zip_error_t ze;
  zip_error_init(&ze);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &ze);
  zip_source_keep(src);
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
  EXPECT_NE(za, nullptr);
  for (const auto& [name, data] : parts) {
    zip_source_t* s = zip_source_buffer(za, data.data(), data.size(), 0);
    zip_int64_t i = zip_file_add(za, name.c_str(), s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    EXPECT_GE(i, 0) << name;
    zip_set_file_compression(za, static_cast<zip_uint64_t>(i), ZIP_CM_DEFLATE, 9);
  }
  EXPECT_EQ(zip_close(za), 0);
  std::string out;
  EXPECT_EQ(zip_source_open(src), 0);
  char buf[65536];
  zip_int64_t n;
  while ((n = zip_source_read(src, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  zip_source_close(src);
  zip_source_free(src);
  zip_error_fini(&ze);
  return out;
}

const char* kWorkbook =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/><sheet name="Khác" sheetId="2" r:id="rId2"/></sheets></workbook>)";
const char* kRels =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet_ds.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>)";
// cellXfs: 0 General, 1 built-in 14 (date), 2 custom 164 dd/mm/yyyy, 3 custom 165 (text in quotes
// with a d: not a date), 4 built-in 49 (text).
const char* kStyles =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0&quot; đồng&quot;"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"><alignment/></xf><xf numFmtId="165"/><xf numFmtId="49"/></cellXfs>
</styleSheet>)";
const char* kShared =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">
<si><t>Họ và tên</t></si><si><t>Ngày sinh</t></si><si><t>Lớp</t></si>
<si><r><rPr><b/></rPr><t>Nguyễn </t></r><r><t xml:space="preserve">Văn An</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>
<si><t>Nguye&#x302;&#x303;n Thi&#x323; B_x000D_</t></si><si><t>Ghi chú</t></si>
</sst>)";

std::string sheet_xml(const std::string& rows) {
  return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:D6"/><sheetData>)" +
         rows + "</sheetData></worksheet>";
}

// Row 1 header (shared strings), row 2: rich text, a 1900-system date serial in a built-in date
// format, a number; row 3 missing; row 4: an inline string, a custom date format, B4 missing; row
// 5: decomposed text with an escape, a boolean, a formula string, a 12-digit number in E notation.
const std::string kSheetRows =
    R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>5</v></c></row>
<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" s="1"><v>39877</v></c><c r="C2"><v>9</v></c><c r="D2" s="3"><v>1.5</v></c></row>
<row r="4" spans="1:4"><c r="A4" t="inlineStr"><is><t>Trần Thị Bích</t></is></c><c r="C4" s="2"><v>39877.75</v></c><c r="D4" s="4" t="s"/></row>
<row r="5"><c r="A5" t="s"><v>4</v></c><c r="B5" t="b"><v>1</v></c><c r="C5" t="str"><f>CONCAT("6","A")</f><v>6A</v></c><c r="D5"><v>1.23456789012E+11</v></c></row>
<row r="7"><c r="A7" s="4"/></row>)";

Parts standard_parts(const std::string& sheet_rows = kSheetRows) {
  return {{"[Content_Types].xml", "<Types/>"},
          {"xl/workbook.xml", kWorkbook},
          {"xl/_rels/workbook.xml.rels", kRels},
          {"xl/styles.xml", kStyles},
          {"xl/sharedStrings.xml", kShared},
          {"xl/worksheets/sheet2.xml",
           sheet_xml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>sai</t></is></c></row>")},
          {"xl/worksheets/sheet_ds.xml", sheet_xml(sheet_rows)}};
}

Status read_status(const std::string& bytes, const XlsxLimits& lim = {}) {
  auto r = read_xlsx_first_sheet(bytes, lim);
  EXPECT_FALSE(r.ok());
  if (r.ok()) return Status::Ok();
  EXPECT_EQ(r.status().kind(), Kind::kInvalid);
  return r.status();
}

void expect_refused(const std::string& bytes, const std::string& needle,
                    const XlsxLimits& lim = {}) {
  Status s = read_status(bytes, lim);
  EXPECT_NE(s.message().find(needle), std::string::npos) << s.message();
}

TEST(Xlsx, ReadsTheFirstSheet) {
  auto t = read_xlsx_first_sheet(make_zip(standard_parts()));
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t->header_row, 1);
  EXPECT_EQ(t->header, (std::vector<std::string>{"Họ và tên", "Ngày sinh", "Lớp", "Ghi chú"}));
  ASSERT_EQ(t->rows.size(), 4u);  // sheet rows 2..5; row 7 holds only a formatted empty cell
  EXPECT_EQ(t->rows[0], (std::vector<std::string>{"Nguyễn Văn An", "2009-03-05", "9", "1.5"}));
  EXPECT_EQ(t->rows[1], (std::vector<std::string>{"", "", "", ""}));  // sheet row 3 is missing
  EXPECT_EQ(t->rows[2], (std::vector<std::string>{"Trần Thị Bích", "", "2009-03-05", ""}));
  EXPECT_EQ(t->rows[3], (std::vector<std::string>{"Nguyễn Thị B\r", "TRUE", "6A", "123456789012"}));
}

TEST(Xlsx, DateSystemsAndLeadingEmptyRows) {
  std::string wb1904 = std::string(kWorkbook);
  wb1904.replace(wb1904.find("<sheets>"), 0, "<workbookPr date1904=\"1\"/>");
  auto parts = standard_parts(R"(<row r="3"><c r="B3" t="inlineStr"><is><t>Ngày</t></is></c></row>
<row r="4"><c r="B4" s="1"><v>38415</v></c><c r="C4" s="1"><v>61</v></c></row>)");
  auto t = read_xlsx_first_sheet(make_zip(parts));
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t->header_row, 3);  // rows[0] is sheet row 4
  EXPECT_EQ(t->header, (std::vector<std::string>{"", "Ngày", ""}));
  EXPECT_EQ(t->rows[0], (std::vector<std::string>{"", "2005-03-04", "1900-03-01"}));
  parts[1].second = wb1904;
  t = read_xlsx_first_sheet(make_zip(parts));
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->rows[0][1], "2009-03-05");  // 38415 days after 1904-01-01
}

TEST(Xlsx, FallsBackToSheet1WithoutRelationships) {
  Parts parts = {
      {"xl/workbook.xml", kWorkbook},
      {"xl/worksheets/sheet1.xml",
       sheet_xml(
           R"(<row><c t="inlineStr"><is><t>A</t></is></c><c t="inlineStr"><is><t>B</t></is></c></row><row><c><v>1</v></c><c><v>2</v></c></row>)")}};
  auto t = read_xlsx_first_sheet(make_zip(parts));
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t->header, (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(t->rows, (std::vector<std::vector<std::string>>{{"1", "2"}}));
}

TEST(Xlsx, RefusesWhatIsNotAZip) {
  expect_refused("Họ và tên,Ngày sinh\n", "không phải tệp nén ZIP");
  expect_refused("", "không phải tệp nén ZIP");
  expect_refused(std::string("PK\x03\x04", 4) + std::string(100, 'x'), "bị hỏng");
}

TEST(Xlsx, RefusesATruncatedZip) {
  std::string z = make_zip(standard_parts());
  for (size_t keep : {z.size() - 1, z.size() - 30, z.size() / 2, size_t{40}})
    expect_refused(z.substr(0, keep), "bị hỏng");
  // Damaged compressed data (central directory intact): the inflate or CRC check fails.
  std::string damaged = z;
  size_t at = damaged.find("xl/worksheets/sheet_ds.xml") + 40;
  for (size_t i = at; i < at + 20; ++i) damaged[i] = static_cast<char>(damaged[i] ^ 0x5A);
  expect_refused(damaged, "bị hỏng");
}

TEST(Xlsx, RefusesMissingParts) {
  auto parts = standard_parts();
  parts.pop_back();  // the sheet the workbook points to
  expect_refused(make_zip(parts), "thiếu phần xl/worksheets/sheet_ds.xml");
  Parts no_workbook = {{"xl/worksheets/sheet1.xml", sheet_xml("")}};
  expect_refused(make_zip(no_workbook), "thiếu phần xl/workbook.xml");
  auto bad_rel = standard_parts();
  bad_rel[2].second = "<Relationships/>";
  expect_refused(make_zip(bad_rel), "không tìm thấy liên kết");
  auto escaping = standard_parts();
  escaping[2].second =
      R"(<Relationships><Relationship Id="rId1" Target="../../../etc/passwd"/></Relationships>)";
  expect_refused(make_zip(escaping), "ra ngoài tệp");
  auto shared_missing = standard_parts();
  shared_missing.erase(shared_missing.begin() + 4);  // cells point to shared strings
  expect_refused(make_zip(shared_missing), "chuỗi dùng chung");
  expect_refused(make_zip(standard_parts("")), "không có dữ liệu");
}

TEST(Xlsx, RefusesUnsafeEntryNames) {
  for (const char* name :
       {"../evil", "xl/../../evil.xml", "/etc/cron.d/evil", "..\\evil", "C:\\evil"}) {
    auto parts = standard_parts();
    parts.emplace_back(name, "x");
    expect_refused(make_zip(parts), "tên không an toàn");
  }
}

TEST(Xlsx, RefusesDoctypeAndEntities) {
  const std::string laughs = R"(<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<sst><si><t>&lol3;</t></si></sst>)";
  const std::string xxe = R"(<?xml version="1.0"?>
<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst><si><t>&xxe;</t></si></sst>)";
  const std::string external_dtd =
      R"(<?xml version="1.0"?><!DOCTYPE worksheet SYSTEM "http://example.invalid/x.dtd"><worksheet/>)";
  for (const std::string& evil : {laughs, xxe}) {
    auto parts = standard_parts();
    parts[4].second = evil;  // sharedStrings.xml
    expect_refused(make_zip(parts), "DOCTYPE");
  }
  auto parts = standard_parts();
  parts.back().second = external_dtd;
  expect_refused(make_zip(parts), "DOCTYPE");
  parts = standard_parts();
  parts[1].second = xxe;  // the workbook
  expect_refused(make_zip(parts), "DOCTYPE");
  // An undeclared entity is simply malformed XML.
  parts = standard_parts();
  parts[4].second = "<sst><si><t>&xxe;</t></si></sst>";
  expect_refused(make_zip(parts), "bị hỏng");
}

TEST(Xlsx, RefusesZipBombs) {
  // 64 MiB of spaces inside the sheet: inflated at a ratio of about 1000, refused after the first
  // MiB by the ratio check, long before the parser or the total cap would see it all.
  std::string filler(64u << 20, ' ');
  auto parts = standard_parts(kSheetRows + filler);
  std::string bomb = make_zip(parts);
  EXPECT_LT(bomb.size(), 1u << 20);
  expect_refused(bomb, "giải nén vượt quá giới hạn");
  // With the ratio check out of the way, the cap on one part and on the total still hold.
  XlsxLimits lim;
  lim.zip.max_ratio = 1u << 30;
  lim.max_part_inflated = 8u << 20;
  expect_refused(bomb, "giải nén vượt quá giới hạn", lim);
  lim.max_part_inflated = 1u << 30;
  lim.zip.max_total_uncompressed = 300u << 20;  // above what the headers declare...
  // ...but the headers lie: the declared sizes are patched down to 1000 bytes.
  std::string lying = bomb;
  const std::string name = "xl/worksheets/sheet_ds.xml";
  for (size_t at = lying.find(name); at != std::string::npos; at = lying.find(name, at + 1)) {
    // Local header: signature 30 bytes before the name; central header: 46 bytes before.
    for (auto [back, size_at] : {std::pair{30, 22}, std::pair{46, 24}}) {
      if (at < static_cast<size_t>(back)) continue;
      size_t h = at - back;
      bool local = lying.compare(h, 4, "PK\x03\x04", 4) == 0 && back == 30;
      bool central = lying.compare(h, 4, "PK\x01\x02", 4) == 0 && back == 46;
      if (!local && !central) continue;
      uint32_t small = 1000;
      std::memcpy(&lying[h + size_at], &small, 4);
    }
  }
  lim.zip.max_total_uncompressed = 16u << 20;
  Status s = read_status(lying, lim);
  EXPECT_FALSE(s.message().empty());
  // A zip whose headers declare more than the total cap is refused before anything is inflated.
  expect_refused(bomb, "giải nén vượt quá giới hạn", lim);
}

TEST(Xlsx, EnforcesCellAndRowLimits) {
  std::string rows;
  for (int r = 1; r <= 50; ++r)
    rows += "<row r=\"" + std::to_string(r) + "\"><c><v>" + std::to_string(r) +
            "</v></c><c><v>1</v></c></row>";
  XlsxLimits lim;
  lim.max_cells = 60;
  expect_refused(make_zip(standard_parts(rows)), "quá nhiều ô", lim);
  lim = {};
  lim.max_rows = 10;
  expect_refused(make_zip(standard_parts(rows)), "quá nhiều dòng", lim);
  lim = {};
  lim.max_cell_bytes = 5;
  expect_refused(make_zip(standard_parts()), "dài quá", lim);
  lim = {};
  lim.max_shared_strings = 3;
  expect_refused(make_zip(standard_parts()), "chuỗi dùng chung", lim);
  expect_refused(make_zip(standard_parts(R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)")),
                 "quá nhiều cột");
  expect_refused(make_zip(standard_parts(R"(<row r="2"/><row r="2"/>)")), "sai thứ tự");
  expect_refused(
      make_zip(standard_parts(R"(<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>1</v></c></row>)")),
      "sai thứ tự");
  expect_refused(make_zip(standard_parts(R"(<row r="1048577"><c><v>1</v></c></row>)")),
                 "quá nhiều dòng");
}

// ---- read_table ------------------------------------------------------------------------------

TEST(ReadTable, SniffsCsvAndXlsx) {
  TableSource src;
  auto x = read_table(make_zip(standard_parts()), "danh_sach.xlsx", Encoding::kAuto, {}, &src);
  ASSERT_TRUE(x.ok()) << x.status().message();
  EXPECT_EQ(src.kind, "xlsx");
  EXPECT_EQ(x->rows[0][0], "Nguyễn Văn An");
  // TCVN3 "Nguyễn" is N g u y \xD4 n.
  auto c = read_table("H\xE4 v\xB5 t\xAAn,Ng\xB5y sinh\nNguy\xD4n V\xA8n An,2009-03-05\n", "ds.csv",
                      Encoding::kAuto, {}, &src);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(src.kind, "csv");
  EXPECT_EQ(src.encoding, Encoding::kTcvn3);
  EXPECT_EQ(c->header[0], "Họ và tên");
  EXPECT_EQ(c->rows[0][0], "Nguyễn Văn An");
  EXPECT_TRUE(read_table("a,b\n1,2\n", "", Encoding::kAuto).ok());
  EXPECT_TRUE(read_table("a,b\n1,2\n", "csv", Encoding::kUtf8).ok());
}

TEST(ReadTable, RefusesFileLevelProblems) {
  auto msg = [](std::string_view bytes, std::string_view name, Encoding e = Encoding::kAuto) {
    auto r = read_table(bytes, name, e);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.status().kind(), Kind::kInvalid);
    return r.status().message();
  };
  EXPECT_NE(msg("", "a.csv").find("rỗng"), std::string::npos);
  EXPECT_NE(msg("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", "a.xls").find(".xls"), std::string::npos);
  EXPECT_NE(msg("%PDF-1.4", "a.pdf").find("CSV hoặc XLSX"), std::string::npos);
  EXPECT_NE(msg(make_zip(standard_parts()), "a.csv").find("đuôi .csv"), std::string::npos);
  EXPECT_NE(msg("a,b\n", "a.xlsx").find("đuôi .xlsx"), std::string::npos);
  EXPECT_NE(msg(std::string("a,b\n1,\0", 7), "a.csv").find("NUL"), std::string::npos);
  EXPECT_NE(msg("T\xEAn\nNguy\xD4n\xFF\x81\xFE\xAF\n", "a.csv").find("--encoding"),
            std::string::npos);
  // parse_csv's own errors keep their rows.
  auto r = read_table("a,b\n1,2\n3\n", "a.csv", Encoding::kAuto);
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.status().rows().size(), 1u);
  EXPECT_EQ(r.status().rows()[0].row, 3);
  auto q = read_table("a,b\n1,\"2\n", "a.csv", Encoding::kAuto);
  ASSERT_FALSE(q.ok());
  ASSERT_EQ(q.status().rows().size(), 1u);
}

// Workbooks written by a real spreadsheet program (LibreOffice Calc 7.4, from
// tests/xlsx/danh_sach_lop.csv; how in tests/xlsx/README.md): one with every cell as text, one
// with a numeric STT column and the birth dates as date-formatted serial numbers.
std::string read_fixture(const std::string& name) {
  std::ifstream in(std::string(ATGT_SOURCE_DIR) + "/tests/xlsx/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(Xlsx, ReadsAWorkbookWrittenByLibreOfficeWithTextCells) {
  std::string bytes = read_fixture("libreoffice_text_cells.xlsx");
  ASSERT_FALSE(bytes.empty()) << "fixture missing";
  auto t = read_xlsx_first_sheet(bytes);
  ASSERT_TRUE(t.ok()) << t.status().message();
  ASSERT_EQ(t->header.size(), 8u);
  EXPECT_EQ(t->header[1], "Mã định danh");
  EXPECT_EQ(t->header[6], "Họ tên cha/mẹ/người giám hộ");
  ASSERT_EQ(t->rows.size(), 3u);
  EXPECT_EQ(t->rows[0][1], "031207000001");  // a text cell keeps its leading zero
  EXPECT_EQ(t->rows[1][1], "");
  EXPECT_EQ(t->rows[2][2], "Đặng Thị Ánh Tuyết");
  EXPECT_EQ(t->rows[2][3], "17/11/2008");
  EXPECT_EQ(t->rows[2][6], "Đặng Văn Lợi, bố");
}

TEST(Xlsx, ReadsAWorkbookWrittenByLibreOfficeWithNumbersAndDates) {
  std::string bytes = read_fixture("libreoffice_typed_cells.xlsx");
  ASSERT_FALSE(bytes.empty()) << "fixture missing";
  auto t = read_xlsx_first_sheet(bytes);
  ASSERT_TRUE(t.ok()) << t.status().message();
  ASSERT_EQ(t->rows.size(), 3u);
  EXPECT_EQ(t->rows[0][0], "1");           // a number cell without a decimal part
  EXPECT_EQ(t->rows[0][3], "2007-09-04");  // a date-formatted serial number
  EXPECT_EQ(t->rows[2][3], "2008-11-17");
  EXPECT_EQ(t->rows[1][4], "Nữ");
  // The same workbook through the importers' entry point.
  auto r = read_table(bytes, "danh_sach_lop.xlsx", Encoding::kAuto);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->rows[2][2], "Đặng Thị Ánh Tuyết");
}

}  // namespace
}  // namespace atgt::files
