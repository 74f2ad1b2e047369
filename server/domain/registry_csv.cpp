// Registry CSV reading and per-cell validation.
#include "domain/registry_csv.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>

#include "base/row_errors.h"
#include "base/text.h"
#include "base/time.h"

namespace atgt {
namespace {

std::optional<std::string> opt(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

std::vector<std::string> split_codes(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(';', start);
    if (end == std::string::npos) end = s.size();
    std::string part = squeeze_spaces(s.substr(start, end - start));
    if (!part.empty()) out.push_back(part);
    start = end + 1;
  }
  return out;
}

bool valid_flags(const std::string& flags) {
  for (const auto& f : split_codes(flags))
    if (f != "demo" && f != "unverified") return false;
  return true;
}

// The columns of the registry files: the canonical (English) name, the Vietnamese header of the
// template, and further folded aliases.
struct ColumnName {
  const char* name;
  const char* label;
  std::vector<const char*> aliases;
};
const std::vector<ColumnName>& column_names() {
  static const std::vector<ColumnName> names = {
      {"code", "Mã đơn vị", {"ma don vi", "ma"}},
      {"name", "Tên đơn vị", {"ten don vi", "ten"}},
      {"type", "Loại đơn vị", {"loai don vi"}},
      {"valid_from", "Hiệu lực từ", {"hieu luc tu", "tu ngay"}},
      {"valid_to", "Hiệu lực đến", {"hieu luc den", "den ngay"}},
      {"short_name", "Tên ngắn", {"ten ngan", "ten viet tat"}},
      {"parent_code", "Mã đơn vị cấp trên", {"ma don vi cap tren", "ma cap tren"}},
      {"address", "Địa chỉ", {"dia chi"}},
      {"latitude", "Vĩ độ", {"vi do"}},
      {"longitude", "Kinh độ", {"kinh do"}},
      {"phone", "Điện thoại", {"dien thoai", "so dien thoai"}},
      {"email", "Email", {"thu dien tu"}},
      {"flags", "Đánh dấu", {"danh dau"}},
      {"source", "Văn bản căn cứ", {"van ban can cu", "can cu"}},
      {"note", "Ghi chú", {"ghi chu"}},
      {"provenance", "Nguồn gốc dữ liệu", {"nguon goc du lieu", "nguon du lieu"}},
      {"event_id", "Mã sự kiện", {"ma su kien"}},
      {"date", "Ngày hiệu lực", {"ngay hieu luc", "ngay"}},
      {"kind", "Loại sự kiện", {"loai su kien"}},
      {"unit_codes", "Mã các đơn vị", {"ma cac don vi", "ma don vi lien quan"}},
      {"successor_codes", "Mã đơn vị kế thừa", {"ma don vi ke thua"}},
      {"partial_codes", "Mã đơn vị chuyển một phần", {"ma don vi chuyen mot phan"}},
  };
  return names;
}

// Where each column is and what the file calls it: missing required columns are reported on
// row 1 by their Vietnamese header; every other message names the column as the file does.
struct Columns {
  std::map<std::string, int> index;
  std::map<std::string, std::string> header;
  int operator[](const std::string& n) const { return index.at(n); }
  const std::string& h(const std::string& n) const { return header.at(n); }
};

Columns columns(const CsvTable& t, const std::vector<const char*>& required,
                const std::vector<const char*>& optional, RowErrors& e) {
  Columns c;
  auto locate = [&](const char* n, bool needed) {
    const ColumnName* spec = nullptr;
    for (const auto& cn : column_names())
      if (std::string(cn.name) == n) spec = &cn;
    int i = t.column(n);
    for (size_t k = 0; i < 0 && spec && k < spec->aliases.size(); ++k)
      i = t.find({spec->aliases[k]});
    c.index[n] = i;
    c.header[n] = i >= 0 ? t.header[static_cast<size_t>(i)] : spec ? spec->label : n;
    if (i < 0 && needed) e.add(1, c.header[n], "Thiếu cột bắt buộc.");
  };
  for (const char* n : required) locate(n, true);
  for (const char* n : optional) locate(n, false);
  return c;
}

// An event kind given as its code or its Vietnamese name.
std::string event_kind(const std::string& cell) {
  static const std::vector<std::pair<const char*, const char*>> names = {
      {"thanh lap", "create"},       {"doi ten", "rename"}, {"chuyen", "move"},
      {"chuyen truc thuoc", "move"}, {"sap nhap", "merge"}, {"chia tach", "split"},
      {"giai the", "dissolve"}};
  std::string f = fold(cell);
  for (const auto& [name, code] : names)
    if (f == name) return code;
  return cell;
}

std::string cell(const std::vector<std::string>& r, int i) {
  return i < 0 ? std::string() : squeeze_spaces(r[static_cast<size_t>(i)]);
}

std::optional<double> coordinate(const std::string& s, double lo, double hi, bool* ok) {
  *ok = true;
  if (s.empty()) return std::nullopt;
  double v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  // NaN compares false with everything, so it must be refused by name (from_chars reads "nan").
  if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v) || v < lo || v > hi) {
    *ok = false;
    return std::nullopt;
  }
  return v;
}

}  // namespace

Result<std::vector<CsvUnitVersion>> read_unit_rows(const CsvTable& t) {
  RowErrors e;
  auto c = columns(t, {"code", "name", "type"},
                   {"valid_from", "valid_to", "short_name", "parent_code", "address", "latitude",
                    "longitude", "phone", "email", "flags", "source", "note", "provenance"},
                   e);
  if (!e.empty()) return e.status();
  std::vector<CsvUnitVersion> out;
  std::set<std::pair<std::string, std::string>> seen;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const auto& r = t.rows[i];
    int row = static_cast<int>(i + 2);
    CsvUnitVersion v;
    v.row = row;
    v.code = cell(r, c.index["code"]);
    v.name = cell(r, c.index["name"]);
    v.type = cell(r, c.index["type"]);
    v.valid_from = cell(r, c.index["valid_from"]);
    v.valid_to = opt(cell(r, c.index["valid_to"]));
    v.short_name = opt(cell(r, c.index["short_name"]));
    v.parent_code = opt(cell(r, c.index["parent_code"]));
    v.address = opt(cell(r, c.index["address"]));
    v.phone = opt(cell(r, c.index["phone"]));
    v.email = opt(cell(r, c.index["email"]));
    v.source = opt(cell(r, c.index["source"]));
    v.note = opt(cell(r, c.index["note"]));
    v.provenance = opt(cell(r, c.index["provenance"]));
    v.flags = cell(r, c.index["flags"]);
    if (v.code.empty() || v.code.size() > 40)
      e.add(row, c.h("code"), "Mã đơn vị bắt buộc, tối đa 40 ký tự.");
    if (v.name.empty()) e.add(row, c.h("name"), "Tên đơn vị bắt buộc.");
    if (v.type.empty()) e.add(row, c.h("type"), "Loại đơn vị bắt buộc.");
    if (!v.valid_from.empty() && !Date::parse(v.valid_from))
      e.add(row, c.h("valid_from"), "Ngày không hợp lệ (YYYY-MM-DD).");
    if (v.valid_to && !Date::parse(*v.valid_to))
      e.add(row, c.h("valid_to"), "Ngày không hợp lệ (YYYY-MM-DD).");
    if (v.valid_to && Date::parse(*v.valid_to) && !v.valid_from.empty() &&
        *v.valid_to < v.valid_from)
      e.add(row, c.h("valid_to"), "Ngày kết thúc trước ngày bắt đầu.");
    if (!valid_flags(v.flags))
      e.add(row, c.h("flags"), "Chỉ dùng demo, unverified (cách nhau bằng dấu ;).");
    if (v.parent_code && *v.parent_code == v.code)
      e.add(row, c.h("parent_code"), "Đơn vị không thể trực thuộc chính nó.");
    bool ok = true;
    v.latitude = coordinate(cell(r, c.index["latitude"]), -90, 90, &ok);
    if (!ok) e.add(row, c.h("latitude"), "Vĩ độ phải là số từ -90 đến 90.");
    v.longitude = coordinate(cell(r, c.index["longitude"]), -180, 180, &ok);
    if (!ok) e.add(row, c.h("longitude"), "Kinh độ phải là số từ -180 đến 180.");
    if (!seen.insert({v.code, v.valid_from}).second)
      e.add(row, c.h("valid_from"), "Trùng phiên bản (cùng mã và ngày bắt đầu).");
    out.push_back(std::move(v));
  }
  // Versions of one code must follow each other without gaps or overlaps.
  std::map<std::string, std::vector<const CsvUnitVersion*>> by_code;
  for (const auto& v : out) by_code[v.code].push_back(&v);
  for (auto& [code, vs] : by_code) {
    std::sort(vs.begin(), vs.end(), [](auto* a, auto* b) { return a->valid_from < b->valid_from; });
    for (size_t k = 1; k < vs.size(); ++k) {
      auto prev_to = vs[k - 1]->valid_to;
      auto from = Date::parse(vs[k]->valid_from);
      if (!prev_to || !from || Date::parse(*prev_to) != std::optional<Date>(from->add_days(-1)))
        e.add(vs[k]->row, c.h("valid_from"),
              "Phiên bản phải bắt đầu ngay sau ngày kết thúc của phiên bản trước của mã " + code +
                  ".");
    }
  }
  if (!e.empty()) return e.status();
  return out;
}

Result<std::vector<CsvEvent>> read_event_rows(const CsvTable& t) {
  RowErrors e;
  auto c = columns(
      t, {"date", "kind", "unit_codes"},
      {"event_id", "successor_codes", "partial_codes", "flags", "source", "note", "provenance"}, e);
  if (!e.empty()) return e.status();
  static const std::set<std::string> kinds = {"create", "rename", "move",
                                              "merge",  "split",  "dissolve"};
  std::vector<CsvEvent> out;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const auto& r = t.rows[i];
    int row = static_cast<int>(i + 2);
    CsvEvent ev;
    ev.row = row;
    ev.ext_id = opt(cell(r, c.index["event_id"]));
    ev.date = cell(r, c.index["date"]);
    ev.kind = event_kind(cell(r, c.index["kind"]));
    ev.unit_codes = split_codes(cell(r, c.index["unit_codes"]));
    ev.successor_codes = split_codes(cell(r, c.index["successor_codes"]));
    ev.partial_codes = split_codes(cell(r, c.index["partial_codes"]));
    ev.flags = cell(r, c.index["flags"]);
    ev.source = opt(cell(r, c.index["source"]));
    ev.note = opt(cell(r, c.index["note"]));
    ev.provenance = opt(cell(r, c.index["provenance"]));
    if (!Date::parse(ev.date)) e.add(row, c.h("date"), "Ngày không hợp lệ (YYYY-MM-DD).");
    if (!kinds.count(ev.kind))
      e.add(row, c.h("kind"),
            "Loại sự kiện phải là create, rename, move, merge, split hoặc dissolve.");
    if (ev.unit_codes.empty()) e.add(row, c.h("unit_codes"), "Cần ít nhất một mã đơn vị.");
    if (ev.kind == "merge" && ev.successor_codes.size() != 1)
      e.add(row, c.h("successor_codes"), "Sáp nhập cần đúng một đơn vị kế thừa.");
    if (ev.kind == "split" && ev.successor_codes.size() < 2)
      e.add(row, c.h("successor_codes"), "Chia tách cần ít nhất hai đơn vị kế thừa.");
    if ((ev.kind == "create" || ev.kind == "rename" || ev.kind == "move") &&
        !ev.successor_codes.empty())
      e.add(row, c.h("successor_codes"), "Sự kiện này không có đơn vị kế thừa.");
    for (const auto& p : ev.partial_codes)
      if (std::find(ev.unit_codes.begin(), ev.unit_codes.end(), p) == ev.unit_codes.end())
        e.add(row, c.h("partial_codes"), "Mã " + p + " không có trong unit_codes.");
    if (!valid_flags(ev.flags))
      e.add(row, c.h("flags"), "Chỉ dùng demo, unverified (cách nhau bằng dấu ;).");
    out.push_back(std::move(ev));
  }
  if (!e.empty()) return e.status();
  return out;
}

}  // namespace atgt
