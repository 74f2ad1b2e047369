// Test support for the render layer: external tools (poppler-utils, LibreOffice) run as
// subprocesses, and the text lines of a PDF with their boxes (pdftotext -bbox-layout).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace atgt::testing {

// A private temporary directory, removed with its content.
struct ScratchDir {
  std::string path;
  ScratchDir();
  ~ScratchDir();
  std::string write(const std::string& name, const std::string& bytes) const;  // -> its path
};

bool have_tool(const std::string& name);  // found in PATH
// Runs argv; the exit code and what it wrote (stdout and stderr), or nullopt if not started.
std::optional<std::pair<int, std::string>> run_tool(const std::vector<std::string>& argv);

// One text line of a PDF: its page (from 1), box in points from the top left, and words joined
// by one space. Lines are in pdftotext's reading order within a page.
struct PdfLine {
  int page = 0;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::string text;
};
// Empty when pdftotext fails.
std::vector<PdfLine> pdf_lines(const std::string& pdf_bytes);
// The first line containing `needle` (on `page` when page > 0), or nullptr.
const PdfLine* find_line(const std::vector<PdfLine>& lines, const std::string& needle,
                         int page = 0);

// DOCX bytes to PDF bytes with `libreoffice --headless --convert-to pdf` (a private profile and
// HOME, so parallel runs do not collide; 300 s timeout). nullopt on failure.
std::optional<std::string> docx_to_pdf(const std::string& docx_bytes);

}  // namespace atgt::testing
