// Upload bytes -> CsvTable (see table_reader.h).
#include "files/table_reader.h"

#include <cctype>
#include <string>

namespace atgt::files {
namespace {

Status refused(std::string message) {
  return {Kind::kInvalid, "file_type", std::move(message)};
}

std::string kind_of_name(std::string_view name) {
  std::string n;
  for (char c : name) n.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (n == "csv" || n == "xlsx" || n.empty()) return n;
  auto dot = n.rfind('.');
  if (dot == std::string::npos) return "";
  std::string ext = n.substr(dot + 1);
  if (ext == "csv" || ext == "txt") return "csv";
  return ext;
}

}  // namespace

Result<CsvTable> read_table(std::string_view bytes, std::string_view name_or_kind,
                            Encoding encoding, const XlsxLimits& limits, TableSource* source) {
  if (bytes.empty()) return refused("Tệp rỗng.");
  std::string named = kind_of_name(name_or_kind);
  bool zip = bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
             bytes.substr(0, 4) == std::string_view("PK\x05\x06", 4);
  bool ole = bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  if (ole || named == "xls")
    return refused(
        "Tệp Excel 97-2003 (.xls) không được hỗ trợ; hãy mở tệp và lưu lại dưới dạng .xlsx hoặc "
        "CSV UTF-8.");
  if (!named.empty() && named != "csv" && named != "xlsx")
    return refused("Chỉ nhận tệp CSV hoặc XLSX (tệp có đuôi \"." + named + "\").");
  if (zip && named == "csv")
    return refused("Tên tệp có đuôi .csv nhưng nội dung là tệp nén (XLSX?); hãy kiểm tra lại tệp.");
  if (!zip && named == "xlsx")
    return refused(
        "Tên tệp có đuôi .xlsx nhưng nội dung không phải bảng tính XLSX; hãy kiểm tra lại tệp.");
  if (zip) {
    ATGT_ASSIGN_OR_RETURN(CsvTable t, read_xlsx_first_sheet(bytes, limits));
    if (source) *source = {"xlsx", Encoding::kUtf8};
    return t;
  }
  ATGT_ASSIGN_OR_RETURN(DecodedText text, decode_text(bytes, encoding));
  ATGT_ASSIGN_OR_RETURN(CsvTable t, parse_csv(text.text));
  if (source) *source = {"csv", text.encoding};
  return t;
}

}  // namespace atgt::files
