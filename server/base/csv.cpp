// CSV reader.
#include "base/csv.h"

#include <fstream>
#include <sstream>

#include "base/text.h"

namespace atgt {

int CsvTable::column(const std::string& name) const {
  for (size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

int CsvTable::find(std::initializer_list<const char*> folded_names) const {
  for (size_t i = 0; i < header.size(); ++i) {
    std::string h = fold(header[i]);
    for (const char* n : folded_names)
      if (h == n) return static_cast<int>(i);
  }
  return -1;
}

Result<CsvTable> parse_csv(std::string_view text, bool normalize) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (!valid_utf8(text)) return Invalid("Tệp CSV không phải UTF-8 hợp lệ.");
  std::vector<std::vector<std::string>> all;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, field_started = false;
  int line = 1, row_line = 1;
  auto end_field = [&] {
    row.push_back(normalize ? nfc(field) : field);
    field.clear();
    field_started = false;
  };
  auto end_row = [&] {
    end_field();
    if (!(row.size() == 1 && row[0].empty())) all.push_back(std::move(row));
    row.clear();
    row_line = line;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field.push_back(c);
      }
      continue;
    }
    if (c == '"' && !field_started && field.empty()) {
      quoted = true;
      field_started = true;
    } else if (c == ',') {
      end_field();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue;
    } else if (c == '\n') {
      ++line;
      end_row();
    } else {
      field.push_back(c);
      field_started = true;
    }
  }
  if (quoted)
    return Invalid("Tệp CSV có dấu ngoặc kép chưa đóng.")
        .with_row({row_line, "", "Dấu ngoặc kép chưa đóng."});
  if (!field.empty() || !row.empty()) end_row();
  if (all.empty()) return Invalid("Tệp CSV trống.");
  CsvTable t;
  t.header = std::move(all[0]);
  for (size_t i = 1; i < all.size(); ++i) {
    if (all[i].size() != t.header.size()) {
      return Invalid("Số cột không khớp với dòng tiêu đề.")
          .with_row({static_cast<int>(i + 1), "",
                     "Dòng có " + std::to_string(all[i].size()) + " cột, tiêu đề có " +
                         std::to_string(t.header.size()) + " cột."});
    }
    t.rows.push_back(std::move(all[i]));
  }
  return t;
}

Result<CsvTable> read_csv_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("Không đọc được tệp " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return parse_csv(ss.str());
}

bool looks_like_formula(std::string_view cell) {
  return !cell.empty() && std::string_view("=+-@\t\r").find(cell[0]) != std::string_view::npos;
}

std::string spreadsheet_text(std::string_view cell) {
  return looks_like_formula(cell) ? "'" + std::string(cell) : std::string(cell);
}

}  // namespace atgt
