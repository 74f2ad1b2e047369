// render_xlsx: a valid workbook whose sheet holds typed cells, and text cells neutralised against
// formula injection (base/csv.h spreadsheet_text).
#include "render/xlsx.h"

#include <gtest/gtest.h>
#include <zip.h>

#include "base/csv.h"

namespace atgt::render {
namespace {

std::string entry(const std::string& bytes, const char* name) {
  zip_error_t err;
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  zip_t* za = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : nullptr;
  if (!za) return "";
  std::string out;
  zip_stat_t st;
  if (zip_stat(za, name, 0, &st) == 0) {
    zip_file_t* f = zip_fopen(za, name, 0);
    out.resize(st.size);
    if (f) zip_fread(f, out.data(), st.size), zip_fclose(f);
  }
  zip_close(za);
  return out;
}

TEST(RenderXlsx, SpreadsheetTextRule) {
  const std::pair<std::string, std::string> cases[] = {
      {"=1+2", "'=1+2"}, {"+84 912", "'+84 912"}, {"-5", "'-5"}, {"@SUM(A1)", "'@SUM(A1)"},
      {"\tx", "'\tx"},   {"\rx", "'\rx"},         {"", ""},      {"Nguyễn Văn An", "Nguyễn Văn An"},
      {"a=b", "a=b"},    {"'quoted", "'quoted"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(spreadsheet_text(in), out) << in;
}

TEST(RenderXlsx, CellsAndNeutralisedStrings) {
  Sheet s;
  s.name = "Vi phạm: 2024/25?";
  s.title_rows = {"DANH SÁCH VI PHẠM"};
  s.header = {"Họ và tên", "Số lần", "Ngày", "Ghi chú"};
  s.rows = {
      {std::string("Nguyễn Văn An"), 3.0, CellDate{2024, 4, 5}, std::string("=HYPERLINK(\"x\")")},
      {std::string("@cmd"), -2.5, std::monostate{}, std::string("-1+1")},
      {std::string("+84"), 0.0, CellDate{2025, 1, 12}, std::string("\tTab")}};
  auto x = render_xlsx(s);
  ASSERT_TRUE(x.ok()) << x.status().message();
  ASSERT_EQ(x->rfind("PK", 0), 0u);
  std::string wb = entry(*x, "xl/workbook.xml");
  EXPECT_NE(wb.find("name=\"Vi phạm_ 2024_25_\""), std::string::npos) << wb;
  std::string sheet = entry(*x, "xl/worksheets/sheet1.xml");
  ASSERT_FALSE(sheet.empty());
  EXPECT_EQ(sheet.find("<f>"), std::string::npos) << "no formula cell";
  // constant_memory: inline strings, the quote added.
  EXPECT_NE(sheet.find("t=\"inlineStr\""), std::string::npos);
  EXPECT_TRUE(sheet.find("'=HYPERLINK(") != std::string::npos) << sheet;
  EXPECT_NE(sheet.find("<t>'@cmd</t>"), std::string::npos);
  EXPECT_NE(sheet.find("<t>'-1+1</t>"), std::string::npos);
  EXPECT_NE(sheet.find("<t>'+84</t>"), std::string::npos);
  EXPECT_NE(sheet.find("'\tTab"), std::string::npos);
  EXPECT_NE(sheet.find("<t>Nguyễn Văn An</t>"), std::string::npos);
  // Numbers stay numbers; dates are serial numbers (2024-04-05 = 45387).
  EXPECT_NE(sheet.find("<v>-2.5</v>"), std::string::npos);
  EXPECT_NE(sheet.find("<v>45387</v>"), std::string::npos);
  EXPECT_NE(sheet.find("<pane"), std::string::npos);  // header frozen
  EXPECT_NE(sheet.find("<col "), std::string::npos);  // widths
}

TEST(RenderXlsx, ManyRows) {
  Sheet s;
  s.header = {"A", "B"};
  for (int i = 0; i < 20000; ++i)
    s.rows.push_back({std::string("r") + std::to_string(i), double(i)});
  auto x = render_xlsx(s);
  ASSERT_TRUE(x.ok());
  EXPECT_NE(entry(*x, "xl/worksheets/sheet1.xml").find("<t>r19999</t>"), std::string::npos);
}

}  // namespace
}  // namespace atgt::render
