// The render test support of pdf_probe.h.
#include "testing/pdf_probe.h"

#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "base/process.h"

namespace atgt::testing {

namespace {
std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string unescape(std::string s) {
  const std::pair<const char*, const char*> ents[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : ents) {
    for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + 1))
      s.replace(p, std::string(from).size(), to);
  }
  return s;
}
}  // namespace

ScratchDir::ScratchDir() {
  const char* base = getenv("TMPDIR");
  std::string tmpl = std::string(base && *base ? base : "/tmp") + "/atgt-render-test-XXXXXX";
  if (mkdtemp(tmpl.data())) path = tmpl;
}

ScratchDir::~ScratchDir() {
  std::error_code ec;
  if (!path.empty()) std::filesystem::remove_all(path, ec);
}

std::string ScratchDir::write(const std::string& name, const std::string& bytes) const {
  std::string p = path + "/" + name;
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

bool have_tool(const std::string& name) {
  const char* path = getenv("PATH");
  std::stringstream dirs(path ? path : "/usr/bin:/bin");
  for (std::string d; std::getline(dirs, d, ':');)
    if (!d.empty() && access((d + "/" + name).c_str(), X_OK) == 0) return true;
  return false;
}

std::optional<std::pair<int, std::string>> run_tool(const std::vector<std::string>& argv) {
  auto r = run_process(argv);
  if (!r.ok()) return std::nullopt;
  return std::make_pair(r->exit_code, r->err);
}

std::vector<PdfLine> pdf_lines(const std::string& pdf_bytes) {
  ScratchDir dir;
  std::string in = dir.write("in.pdf", pdf_bytes), out = dir.path + "/out.html";
  auto r = run_tool({"pdftotext", "-bbox-layout", in, out});
  if (!r || r->first != 0) return {};
  std::string html = slurp(out);
  std::vector<PdfLine> lines;
  static const std::regex tag(R"(<(page|line|word)\b([^>]*)>([^<]*))");
  static const std::regex num(R"((xMin|yMin|xMax|yMax)="([0-9.]+)\")");
  int page = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator();
       ++it) {
    std::string kind = (*it)[1];
    if (kind == "page") {
      ++page;
      continue;
    }
    std::string attrs = (*it)[2];
    double v[4] = {0, 0, 0, 0};
    for (auto a = std::sregex_iterator(attrs.begin(), attrs.end(), num);
         a != std::sregex_iterator(); ++a) {
      std::string k = (*a)[1];
      int i = k == "xMin" ? 0 : k == "yMin" ? 1 : k == "xMax" ? 2 : 3;
      v[i] = std::stod((*a)[2]);
    }
    if (kind == "line") {
      lines.push_back({page, v[0], v[1], v[2], v[3], ""});
    } else if (!lines.empty()) {
      auto& l = lines.back();
      if (!l.text.empty()) l.text += ' ';
      l.text += unescape((*it)[3]);
    }
  }
  return lines;
}

const PdfLine* find_line(const std::vector<PdfLine>& lines, const std::string& needle, int page) {
  for (const auto& l : lines)
    if ((page == 0 || l.page == page) && l.text.find(needle) != std::string::npos) return &l;
  return nullptr;
}

std::optional<std::string> docx_to_pdf(const std::string& docx_bytes) {
  ScratchDir dir;
  std::string in = dir.write("letter.docx", docx_bytes);
  auto r = run_tool({"env", "HOME=" + dir.path, "timeout", "300", "libreoffice",
                     "-env:UserInstallation=file://" + dir.path + "/profile", "--headless",
                     "--convert-to", "pdf", "--outdir", dir.path + "/out", in});
  if (!r || r->first != 0) return std::nullopt;
  std::string pdf = slurp(dir.path + "/out/letter.pdf");
  if (pdf.empty()) return std::nullopt;
  return pdf;
}

}  // namespace atgt::testing
