// The seed letter (shared/seed/000_404b5ee116667455.txt) rendered to PDF and to DOCX, checked
// with poppler (pdfinfo, pdffonts, pdftotext -bbox-layout) and, for DOCX, after a conversion by
// LibreOffice (tests named *LibreOffice*). The same layout checks serve both.
#include <gtest/gtest.h>
#include <zip.h>

#include <thread>

#include "render/docx.h"
#include "render/letter.h"
#include "render/pdf.h"
#include "render/sample_letters.h"
#include "testing/pdf_probe.h"

namespace atgt::render {
namespace {

using testing::find_line;
using testing::PdfLine;

constexpr double kLeftMargin = 85.0;  // 30 mm in points, less rounding
constexpr double kMiddle = 85.0 + 467.7 / 2;

// poppler-utils and LibreOffice are installed by tools/deps.sh: a missing tool fails the test (a
// skip would hide a set-up defect and leave the layout unchecked).
#define NEED_TOOL(name) \
  ASSERT_TRUE(testing::have_tool(name)) << name << " is not installed (tools/deps.sh)"

// Positions and order of the Decree 30 blocks on page 1 of the seed letter.
void check_seed_layout(const std::vector<PdfLine>& lines, bool draft) {
  ASSERT_FALSE(lines.empty());
  const PdfLine* nation = find_line(lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1);
  const PdfLine* motto = find_line(lines, "Độc lập - Tự do - Hạnh phúc", 1);
  const PdfLine* parent = find_line(lines, "UBND THÀNH PHỐ HẢI PHÒNG", 1);
  const PdfLine* agency = find_line(lines, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", 1);
  const PdfLine* number = find_line(lines, "Số:", 1);
  const PdfLine* date = find_line(lines, "Hải Phòng, ngày", 1);
  const PdfLine* subject = find_line(lines, "V/v tổ chức triển khai", 1);
  const PdfLine* dear = find_line(lines, "Kính gửi", 1);
  const PdfLine* first = find_line(lines, "Thực hiện Kế hoạch số 688/KHPH-CAHP-SGDĐT", 1);
  const PdfLine* last = find_line(lines, "nghiêm túc triển khai thực hiện./.");
  const PdfLine* authority = find_line(lines, "KT. GIÁM ĐỐC");
  const PdfLine* title = find_line(lines, "PHÓ GIÁM ĐỐC");
  const PdfLine* name = find_line(lines, "Đỗ Thị Hòa");
  const PdfLine* copies = find_line(lines, "Nơi nhận:");
  const PdfLine* archive = find_line(lines, "- Lưu: VT.");
  for (const PdfLine* l : {nation, motto, parent, agency, number, date, subject, dear, first, last,
                           authority, title, name, copies, archive})
    ASSERT_NE(l, nullptr) << "a block is missing";
  // National name and motto top right, agency top left on the same band.
  EXPECT_GT(nation->x0, kMiddle - 40);
  EXPECT_GT(motto->x0, kMiddle - 40);
  EXPECT_LT(parent->x1, kMiddle + 20);
  EXPECT_NEAR(parent->y0, nation->y0, 6);
  EXPECT_LT(nation->y0, 90);  // at the top of the page
  EXPECT_GT(agency->y0, parent->y0);
  // Number under the agency, left; place and date on the right, under the motto.
  EXPECT_GT(number->y0, agency->y1);
  EXPECT_LT(number->x1, kMiddle);
  EXPECT_GT(date->x0, kMiddle - 40);
  EXPECT_GT(date->y0, motto->y1);
  EXPECT_NEAR(date->y0, number->y0, 8);
  // A draft's blank number may split the line in two for pdftotext: the symbol on the same band.
  const PdfLine* symbol = find_line(lines, "/SGDĐT-VP", 1);
  ASSERT_NE(symbol, nullptr);
  EXPECT_NEAR(symbol->y0, number->y0, 2);
  EXPECT_LT(symbol->x1, kMiddle);
  EXPECT_EQ(number->text.find("512") == std::string::npos, draft) << number->text;
  EXPECT_EQ(date->text.find("05 tháng 4 năm 2024") == std::string::npos, draft) << date->text;
  // V/v under the number in the left column; Kính gửi before the body.
  EXPECT_GT(subject->y0, number->y0);
  EXPECT_LT(subject->x1, kMiddle + 10);
  EXPECT_GT(dear->y0, subject->y0);
  EXPECT_GT(first->y0, dear->y0);
  // Body: within the margins (left >= 30 mm, first line indented), in order.
  EXPECT_GE(first->x0, kLeftMargin + 30);
  for (const auto& l : lines)
    if (l.page == 1 && l.y0 >= first->y0 && l.y1 <= last->y1) {
      EXPECT_GE(l.x0, kLeftMargin - 0.5) << l.text;
      EXPECT_LE(l.x1, 595.3 - 42.5 + 0.5) << l.text;
    }
  // Signing block right under the body; Nơi nhận left at the same height.
  EXPECT_EQ(authority->page, last->page);
  EXPECT_GT(authority->y0, last->y1);
  EXPECT_GT(authority->x0, kMiddle - 30);
  EXPECT_GT(title->y0, authority->y0);
  EXPECT_GT(name->y0, title->y1 + 30);  // room for the signature
  EXPECT_EQ(copies->page, authority->page);
  EXPECT_LT(copies->x1, kMiddle);
  EXPECT_NEAR(copies->y0, authority->y0, 12);
  EXPECT_GT(archive->y0, copies->y0);
  // DỰ THẢO only on the draft, above everything.
  const PdfLine* mark = find_line(lines, "DỰ THẢO");
  EXPECT_EQ(mark != nullptr, draft);
  if (mark) {
    EXPECT_LT(mark->y1, nation->y0 + 1);
  }
  EXPECT_EQ(find_line(lines, "(Đã ký)") == nullptr, draft);
}

void check_fonts(const std::string& pdf) {
  testing::ScratchDir dir;
  auto r = testing::run_tool({"pdffonts", dir.write("f.pdf", pdf)});
  ASSERT_TRUE(r && r->first == 0);
  const std::string& out = r->second;
  for (const char* face : {"LiberationSerif ", "LiberationSerif-Bold ", "LiberationSerif-Italic ",
                           "LiberationSerif-BoldItalic "}) {
    size_t at = out.find(std::string("+") + face);
    ASSERT_NE(at, std::string::npos) << face << " missing:\n" << out;
    std::string line = out.substr(at, out.find('\n', at) - at);
    EXPECT_NE(line.find(" yes "), std::string::npos) << "not embedded: " << line;
  }
}

std::string pdfinfo(const std::string& pdf) {
  testing::ScratchDir dir;
  auto r = testing::run_tool({"pdfinfo", dir.write("i.pdf", pdf)});
  return r ? r->second : "";
}

int pages(const std::string& info) {
  auto at = info.find("Pages:");
  return at == std::string::npos ? 0 : std::stoi(info.substr(at + 6));
}

TEST(RenderLetter, NumberAndDateLines) {
  Letter l = seed_letter(true);
  EXPECT_EQ(number_line(l), "Số:       /SGDĐT-VP");
  EXPECT_EQ(date_line(l), "Hải Phòng, ngày      tháng      năm 2024");
  l = seed_letter(false);
  EXPECT_EQ(number_line(l), "Số: 512/SGDĐT-VP");
  EXPECT_EQ(date_line(l), "Hải Phòng, ngày 05 tháng 4 năm 2024");
  l.date = {12, 1, 2025};
  EXPECT_EQ(date_line(l), "Hải Phòng, ngày 12 tháng 01 năm 2025");
  EXPECT_EQ(subject_line(l).rfind("V/v tổ chức", 0), 0u);
  l.type_name = "KẾ HOẠCH";
  EXPECT_EQ(subject_line(l), "");
}

TEST(RenderPdf, SeedLetterDraftAndIssued) {
  NEED_TOOL("pdftotext");
  for (bool draft : {true, false}) {
    SCOPED_TRACE(draft ? "draft" : "issued");
    auto pdf = render_pdf(seed_letter(draft));
    ASSERT_TRUE(pdf.ok()) << pdf.status().message();
    ASSERT_EQ(pdf->rfind("%PDF-", 0), 0u);
    std::string info = pdfinfo(*pdf);
    EXPECT_NE(info.find("595.276 x 841.89 pts (A4)"), std::string::npos) << info;
    EXPECT_EQ(pages(info), 1);
    check_fonts(*pdf);
    check_seed_layout(testing::pdf_lines(*pdf), draft);
  }
}

TEST(RenderPdf, BodyIsThirteenPoint) {
  NEED_TOOL("pdftotext");
  auto pdf = render_pdf(seed_letter(false));
  ASSERT_TRUE(pdf.ok());
  auto lines = testing::pdf_lines(*pdf);
  const PdfLine* body = find_line(lines, "Chương trình phối hợp giữa Công an Hải Phòng");
  const PdfLine* archive = find_line(lines, "- Lưu: VT.");
  ASSERT_TRUE(body && archive);
  // pdftotext boxes span the font's ascent + descent: 1.149 em for Liberation Serif.
  EXPECT_NEAR(body->y1 - body->y0, 13 * 1.149, 0.6);        // 13 pt (not 17.3)
  EXPECT_NEAR(archive->y1 - archive->y0, 11 * 1.149, 0.6);  // Nơi nhận items 11 pt
}

TEST(RenderPdf, LongDocumentNumbersPagesFromTwo) {
  NEED_TOOL("pdftotext");
  auto pdf = render_pdf(long_letter(50));
  ASSERT_TRUE(pdf.ok());
  int n = pages(pdfinfo(*pdf));
  EXPECT_GE(n, 45);
  EXPECT_LE(n, 55);
  auto lines = testing::pdf_lines(*pdf);
  for (int p = 1; p <= n; ++p) {
    const PdfLine* top = nullptr;
    for (const auto& l : lines)
      if (l.page == p && (!top || l.y0 < top->y0)) top = &l;
    ASSERT_NE(top, nullptr);
    if (p == 1) {
      EXPECT_EQ(top->text.find_first_not_of("0123456789"), 0u) << "no number on page 1";
      continue;
    }
    EXPECT_EQ(top->text, std::to_string(p));
    EXPECT_LT(top->y1, 56.7);                          // in the top margin
    EXPECT_NEAR((top->x0 + top->x1) / 2, kMiddle, 2);  // centred on the text
  }
  for (const auto& l : lines) {
    EXPECT_GE(l.x0, kLeftMargin - 0.5) << l.text;
    EXPECT_LE(l.y1, 841.9 - 56.7 + 1) << "page " << l.page << ": " << l.text;
  }
  EXPECT_NE(find_line(lines, "KT. GIÁM ĐỐC", n), nullptr) << "signing block on the last page";
}

TEST(RenderPdf, JointDocumentAndUrgency) {
  NEED_TOOL("pdftotext");
  Letter l = joint_letter();
  l.urgency = Urgency::kFlash;
  auto pdf = render_pdf(l);
  ASSERT_TRUE(pdf.ok());
  auto lines = testing::pdf_lines(*pdf);
  const PdfLine* title = find_line(lines, "KẾ HOẠCH PHỐI HỢP");
  const PdfLine* number = find_line(lines, "Số: 688/KHPH-CAHP-SGDĐT");
  const PdfLine* flash = find_line(lines, "HỎA TỐC");
  ASSERT_TRUE(title && number && flash);
  EXPECT_GT(title->y0, number->y1);
  EXPECT_NEAR((title->x0 + title->x1) / 2, kMiddle, 3);  // centred
  EXPECT_GT(flash->y0, number->y1);
  EXPECT_LT(flash->x1, kMiddle);
  const PdfLine* police = find_line(lines, "CÔNG AN");
  const PdfLine* school = find_line(lines, "SỞ GIÁO DỤC");
  ASSERT_TRUE(police && school);
  EXPECT_LT(police->x1, school->x0 + 1);  // side by side
  int signers = 0;
  for (const auto& x : lines) signers += x.text.find("PHÓ GIÁM ĐỐC") != std::string::npos;
  EXPECT_EQ(signers, 2);
}

TEST(RenderPdf, ConcurrentRendersAreIdenticalInText) {
  NEED_TOOL("pdftotext");
  std::vector<std::string> out(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < out.size(); ++i)
    threads.emplace_back([&, i] {
      for (int k = 0; k < 5; ++k) {
        auto r = render_pdf(seed_letter(i % 2 == 0));
        out[i] = r.ok() ? *r : "";
      }
    });
  for (auto& t : threads) t.join();
  for (size_t i = 0; i < out.size(); ++i) {
    ASSERT_FALSE(out[i].empty());
    check_seed_layout(testing::pdf_lines(out[i]), i % 2 == 0);
  }
}

std::string zip_entry(const std::string& bytes, const char* name) {
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

TEST(RenderDocx, PackageHasTheParts) {
  auto docx = render_docx(seed_letter(true));
  ASSERT_TRUE(docx.ok()) << docx.status().message();
  for (const char* part :
       {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
        "word/settings.xml", "word/_rels/document.xml.rels", "word/header1.xml", "word/header2.xml",
        "docProps/core.xml", "docProps/app.xml"})
    EXPECT_FALSE(zip_entry(*docx, part).empty()) << part;
  std::string doc = zip_entry(*docx, "word/document.xml");
  EXPECT_NE(doc.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), std::string::npos);
  EXPECT_NE(doc.find("w:left=\"1701\""), std::string::npos);
  EXPECT_NE(doc.find("<w:titlePg/>"), std::string::npos);
  EXPECT_NE(doc.find("Sở GD&amp;ĐT"), std::string::npos);  // escaped
  EXPECT_NE(zip_entry(*docx, "word/header1.xml").find(" PAGE "), std::string::npos);
  EXPECT_NE(zip_entry(*docx, "word/header2.xml").find("DỰ THẢO"), std::string::npos);
  std::string styles = zip_entry(*docx, "word/styles.xml");
  EXPECT_NE(styles.find("w:ascii=\"Times New Roman\""), std::string::npos);
  EXPECT_NE(zip_entry(*docx, "word/fontTable.xml").find("Liberation Serif"), std::string::npos);
}

TEST(RenderDocxLibreOffice, SeedLetterConvertsWithTheSameLayout) {
  NEED_TOOL("libreoffice");
  NEED_TOOL("pdftotext");
  for (bool draft : {true, false}) {
    SCOPED_TRACE(draft ? "draft" : "issued");
    auto docx = render_docx(seed_letter(draft));
    ASSERT_TRUE(docx.ok());
    auto pdf = testing::docx_to_pdf(*docx);
    ASSERT_TRUE(pdf) << "LibreOffice conversion failed";
    std::string info = pdfinfo(*pdf);
    EXPECT_NE(info.find("595."), std::string::npos) << info;
    EXPECT_NE(info.find(" x 841."), std::string::npos) << info;
    EXPECT_EQ(pages(info), 1);
    check_seed_layout(testing::pdf_lines(*pdf), draft);
  }
}

TEST(RenderDocxLibreOffice, LongDocumentNumbersPagesFromTwo) {
  NEED_TOOL("libreoffice");
  NEED_TOOL("pdftotext");
  auto docx = render_docx(long_letter(6));
  ASSERT_TRUE(docx.ok());
  auto pdf = testing::docx_to_pdf(*docx);
  ASSERT_TRUE(pdf);
  int n = pages(pdfinfo(*pdf));
  ASSERT_GE(n, 4);
  auto lines = testing::pdf_lines(*pdf);
  for (int p = 2; p <= n; ++p) {
    const PdfLine* top = nullptr;
    for (const auto& l : lines)
      if (l.page == p && (!top || l.y0 < top->y0)) top = &l;
    ASSERT_NE(top, nullptr);
    EXPECT_EQ(top->text, std::to_string(p));
    EXPECT_NEAR((top->x0 + top->x1) / 2, kMiddle, 3);
  }
  for (const auto& l : lines) EXPECT_GE(l.x0, kLeftMargin - 0.5) << l.text;
}

}  // namespace
}  // namespace atgt::render
