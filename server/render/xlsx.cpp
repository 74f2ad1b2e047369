// The XLSX export of xlsx.h.
#include "render/xlsx.h"

#include <stdlib.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/csv.h"

namespace atgt::render {

namespace {

constexpr size_t kMaxRows = 1048576;

// Excel forbids []:*?/\ in a sheet name, an apostrophe at either end and more than 31 characters.
std::string sheet_name(const std::string& name) {
  std::string out;
  size_t chars = 0;
  for (size_t i = 0; i < name.size() && chars < 31; ++chars) {
    auto c = static_cast<unsigned char>(name[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::string ch = name.substr(i, len);
    out += std::string_view("[]:*?/\\").find(name[i]) != std::string_view::npos ? "_" : ch;
    i += len;
  }
  while (!out.empty() && out.front() == '\'') out.erase(0, 1);
  while (!out.empty() && out.back() == '\'') out.pop_back();
  return out.empty() ? "Sheet1" : out;
}

size_t display_chars(const Cell& c) {
  if (const auto* s = std::get_if<std::string>(&c)) {
    size_t n = 0;
    for (char ch : *s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    return n;
  }
  if (std::holds_alternative<double>(c)) return 12;
  if (std::holds_alternative<CellDate>(c)) return 10;
  return 0;
}

// A private directory under $TMPDIR (or /tmp), removed with what it holds.
struct TempDir {
  std::string path;
  TempDir() {
    const char* base = getenv("TMPDIR");
    std::string tmpl = std::string(base && *base ? base : "/tmp") + "/atgt-xlsx-XXXXXX";
    if (mkdtemp(tmpl.data())) path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path.empty()) std::filesystem::remove_all(path, ec);
  }
};

Status failed(const char* what, lxw_error e) {
  return Internal(std::string("xlsx ") + what + ": " + lxw_strerror(e));
}

}  // namespace

Result<std::string> render_xlsx(const Sheet& sheet) {
  if (sheet.rows.size() + sheet.title_rows.size() + 1 > kMaxRows)
    return Invalid("Bảng có quá nhiều dòng cho một trang tính Excel (tối đa 1.048.576 dòng).");
  TempDir dir;
  if (dir.path.empty()) return Internal("xlsx: cannot create a temporary directory");
  std::string file = dir.path + "/out.xlsx";
  lxw_workbook_options options = {};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = dir.path.data();
  lxw_workbook* wb = workbook_new_opt(file.c_str(), &options);
  if (!wb) return Internal("xlsx: workbook_new_opt failed");
  std::string name = sheet_name(sheet.name);
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  lxw_format* title = workbook_add_format(wb);
  format_set_bold(title);
  format_set_font_size(title, 13);
  lxw_format* head = workbook_add_format(wb);
  format_set_bold(head);
  format_set_text_wrap(head);
  format_set_border(head, LXW_BORDER_THIN);
  format_set_bg_color(head, 0xDDEBF7);
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "dd/mm/yyyy");

  // Column widths first: from the caller, else from the header and the content.
  size_t cols = sheet.header.size();
  for (const auto& r : sheet.rows) cols = std::max(cols, r.size());
  for (size_t c = 0; c < cols; ++c) {
    double w = 0;
    if (c < sheet.widths.size()) {
      w = sheet.widths[c];
    } else {
      size_t n = c < sheet.header.size() ? display_chars(Cell{sheet.header[c]}) : 0;
      for (const auto& r : sheet.rows)
        if (c < r.size()) n = std::max(n, display_chars(r[c]));
      w = std::clamp(static_cast<double>(n) + 2, 8.0, 60.0);
    }
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), w, nullptr);
  }

  lxw_error e = LXW_NO_ERROR;
  auto text = [&](lxw_row_t r, lxw_col_t c, const std::string& s, lxw_format* f) {
    if (e == LXW_NO_ERROR) e = worksheet_write_string(ws, r, c, spreadsheet_text(s).c_str(), f);
  };
  lxw_row_t row = 0;
  for (const auto& t : sheet.title_rows) text(row++, 0, t, title);
  if (!sheet.header.empty()) {
    for (size_t c = 0; c < sheet.header.size(); ++c)
      text(row, static_cast<lxw_col_t>(c), sheet.header[c], head);
    worksheet_freeze_panes(ws, row + 1, 0);
    ++row;
  }
  for (const auto& r : sheet.rows) {
    for (size_t c = 0; c < r.size() && e == LXW_NO_ERROR; ++c) {
      auto col = static_cast<lxw_col_t>(c);
      if (const auto* s = std::get_if<std::string>(&r[c])) {
        if (!s->empty()) text(row, col, *s, nullptr);
      } else if (const auto* d = std::get_if<double>(&r[c])) {
        e = worksheet_write_number(ws, row, col, *d, nullptr);
      } else if (const auto* dt = std::get_if<CellDate>(&r[c])) {
        lxw_datetime v = {dt->year, dt->month, dt->day, 0, 0, 0};
        e = worksheet_write_datetime(ws, row, col, &v, date);
      }
    }
    ++row;
  }
  lxw_error closed = workbook_close(wb);
  if (e != LXW_NO_ERROR) return failed("write", e);
  if (closed != LXW_NO_ERROR) return failed("close", closed);
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) return Internal("xlsx: cannot read the workbook back");
  return bytes.str();
}

}  // namespace atgt::render
