// Roster import planning (see student_import.h).
#include "domain/student_import.h"

#include <cctype>
#include <cstdio>
#include <map>

#include "base/row_errors.h"
#include "base/text.h"
#include "base/time.h"

namespace atgt {

// Trims the space U+0020 at both ends and collapses its runs; every other character is kept as
// it is (a tab or a newline must reach the checks).
std::string trim_spaces(std::string_view s) {
  std::string out;
  bool pending = false;
  for (char ch : s) {
    if (ch == ' ') {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += ch;
  }
  return out;
}

std::string import_cell(const std::vector<std::string>& row, int col) {
  if (col < 0 || static_cast<size_t>(col) >= row.size()) return "";
  return trim_spaces(row[static_cast<size_t>(col)]);
}

bool has_control_char(std::string_view s) {
  for (char ch : s)
    if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7F) return true;
  return false;
}

namespace {

// Next code point of valid UTF-8 (the reader guarantees validity); -1 at a broken sequence.
int32_t next_cp(std::string_view s, size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  int n = b < 0x80 ? 0 : b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
  if (n < 0 || i + static_cast<size_t>(n) >= s.size()) {
    ++i;
    return -1;
  }
  int32_t cp = n == 0 ? b : n == 1 ? (b & 0x1F) : n == 2 ? (b & 0x0F) : (b & 0x07);
  for (int k = 1; k <= n; ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
  }
  i += static_cast<size_t>(n) + 1;
  return cp;
}

bool is_letter(int32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return true;
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  if (cp >= 0x1E00 && cp <= 0x1EFF) return true;  // Latin Extended Additional (Vietnamese)
  if (cp >= 0x300 && cp <= 0x36F) return true;    // combining marks (decomposed input)
  return false;
}

std::optional<std::string> parse_sex(const std::string& s) {
  std::string f = fold(s);
  if (f == "nam" || f == "male" || f == "m") return "Nam";
  if (f == "nu" || f == "female" || f == "f") return "Nữ";
  return std::nullopt;
}

// 10 digits from 0 (a "+84"/"84" prefix becomes 0; spaces, dots and hyphens ignored).
std::optional<std::string> parse_phone(const std::string& s) {
  std::string d;
  for (size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    if (ch >= '0' && ch <= '9')
      d += ch;
    else if (ch == '+' && i == 0)
      continue;
    else if (ch != ' ' && ch != '.' && ch != '-')
      return std::nullopt;
  }
  if (d.size() == 11 && d.rfind("84", 0) == 0) d = "0" + d.substr(2);
  if (d.size() == 9 && d[0] != '0') d = "0" + d;  // a number cell lost its leading zero
  if (d.size() != 10 || d[0] != '0') return std::nullopt;
  return d;
}

// A plate as written on it: letters, digits, '-', '.', spaces; 6 to 12 letters and digits.
std::optional<std::string> parse_plate(const std::string& s) {
  std::string out;
  int alnum = 0;
  for (char ch : s) {
    auto u = static_cast<unsigned char>(ch);
    if (std::isalnum(u)) {
      out += static_cast<char>(std::toupper(u));
      ++alnum;
    } else if (ch == '-' || ch == '.' || ch == ' ') {
      out += ch;
    } else {
      return std::nullopt;
    }
  }
  if (alnum < 6 || alnum > 12) return std::nullopt;
  return out;
}

bool valid_class(const std::string& s) {
  if (s.size() > 30) return false;
  for (size_t i = 0; i < s.size();) {
    int32_t cp = next_cp(s, i);
    if (cp < 0) return false;
    if (is_letter(cp) || (cp >= '0' && cp <= '9') || cp == ' ' || cp == '-' || cp == '.' ||
        cp == '/' || cp == '_')
      continue;
    return false;
  }
  return true;
}

}  // namespace

// Personal ids: 12 digits. A number cell of a spreadsheet drops leading zeros, and every id
// starts with a province code 001-096, so 10 or 11 digits are padded back.
std::optional<std::string> parse_personal_id(std::string_view s) {
  for (char ch : s)
    if (ch < '0' || ch > '9') return std::nullopt;
  if (s.size() == 10 || s.size() == 11) return std::string(12 - s.size(), '0') + std::string(s);
  if (s.size() != 12) return std::nullopt;
  return std::string(s);
}

bool valid_person_name(std::string_view name) {
  if (name.empty() || name.size() > 200) return false;
  bool letter = false;
  for (size_t i = 0; i < name.size();) {
    int32_t cp = next_cp(name, i);
    if (cp < 0) return false;
    if (is_letter(cp)) {
      letter = true;
      continue;
    }
    if (cp == ' ' || cp == '\'' || cp == 0x2019 || cp == '-') continue;
    return false;
  }
  return letter;
}

std::optional<std::string> parse_birth_date(std::string_view t) {
  auto digits = [](std::string_view s) {
    if (s.empty()) return false;
    for (char ch : s)
      if (ch < '0' || ch > '9') return false;
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (t.size() == 10 && t[4] == '-' && t[7] == '-') {
    if (!digits(t.substr(0, 4)) || !digits(t.substr(5, 2)) || !digits(t.substr(8, 2)))
      return std::nullopt;
    y = std::stoi(std::string(t.substr(0, 4)));
    m = std::stoi(std::string(t.substr(5, 2)));
    d = std::stoi(std::string(t.substr(8, 2)));
  } else {
    auto a = t.find('/');
    auto b = a == std::string_view::npos ? a : t.find('/', a + 1);
    if (b == std::string_view::npos) return std::nullopt;
    auto ds = t.substr(0, a), ms = t.substr(a + 1, b - a - 1), ys = t.substr(b + 1);
    if (!digits(ds) || !digits(ms) || !digits(ys) || ds.size() > 2 || ms.size() > 2 ||
        ys.size() != 4)
      return std::nullopt;
    d = std::stoi(std::string(ds));
    m = std::stoi(std::string(ms));
    y = std::stoi(std::string(ys));
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  if (!Date::parse(buf)) return std::nullopt;
  return std::string(buf);
}

int age_on(const std::string& birth, const std::string& on) {
  auto b = Date::parse(birth), o = Date::parse(on);
  if (!b || !o) return -1;
  int age = o->year - b->year;
  if (o->month < b->month || (o->month == b->month && o->day < b->day)) --age;
  return age;
}

bool is_student_file_error(const Status& st) {
  return st.kind() == Kind::kInvalid && st.code() == kStudentFileError;
}

Result<std::vector<ImportedStudent>> plan_student_import(const CsvTable& t,
                                                         const StudentImportInput& in) {
  int c_id = t.find({"ma dinh danh", "ma dinh danh ca nhan", "so dinh danh", "so dinh danh ca nhan",
                     "personal_id", "personal id", "ma dinh danh hoc sinh"});
  int c_name = t.find({"ho va ten", "ho ten", "ho ten hoc sinh", "ho va ten hoc sinh", "full_name",
                       "full name", "name"});
  int c_birth = t.find({"ngay sinh", "ngay thang nam sinh", "birth_date", "birth date", "dob"});
  int c_sex = t.find({"gioi tinh", "gender", "sex"});
  int c_class = t.find({"lop", "ten lop", "class", "class_name"});
  int c_gname = t.find({"ho ten cha/me/nguoi giam ho", "ho ten cha me/nguoi giam ho",
                        "ho ten nguoi giam ho", "nguoi giam ho", "phu huynh", "ho ten phu huynh",
                        "guardian_name", "guardian name", "guardian"});
  int c_grel = t.find({"quan he", "moi quan he", "guardian_relation", "relation"});
  int c_gphone = t.find(
      {"so dien thoai", "dien thoai", "sdt", "so dien thoai phu huynh", "guardian_phone", "phone"});
  int c_father = t.find({"ho ten cha", "father_name"});
  int c_mother = t.find({"ho ten me", "mother_name"});
  int c_plate = t.find({"bien so xe", "bien so", "bien kiem soat", "plate"});
  int c_vkind = t.find({"loai xe", "vehicle_kind", "vehicle kind"});
  std::vector<std::string> missing;
  if (c_name < 0) missing.push_back("\"Họ và tên\" (full_name)");
  if (c_birth < 0) missing.push_back("\"Ngày sinh\" (birth_date)");
  if (!missing.empty()) {
    std::string list;
    for (const auto& m : missing) list += (list.empty() ? "" : ", ") + m;
    return Status(Kind::kInvalid, kStudentFileError,
                  "Tệp thiếu cột bắt buộc: " + list + ". Dòng tiêu đề là dòng " +
                      std::to_string(t.header_row) + ".");
  }
  auto col = [&](int c) { return t.header[static_cast<size_t>(c)]; };
  RowErrors errors(
      "Tệp có dòng không hợp lệ; chưa học sinh nào được nhập. Hãy sửa các dòng được nêu rồi tải "
      "lên lại.");
  std::vector<ImportedStudent> out;
  std::map<std::string, int> seen_id, seen_person;
  size_t data_rows = 0;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const auto& row = t.rows[i];
    bool empty = true;
    for (const auto& f : row)
      if (!trim_spaces(f).empty()) empty = false;
    if (empty) continue;
    ++data_rows;
    int rn = t.header_row + 1 + static_cast<int>(i);
    bool ok = true;
    auto bad = [&](int c, const std::string& msg) {
      errors.add(rn, col(c), msg);
      ok = false;
    };
    auto name_check = [&](int c, const std::string& v, const char* what) {
      if (has_control_char(v))
        bad(c, std::string(what) + " có ký tự điều khiển (xuống dòng, tab...).");
      else if (!valid_person_name(v))
        bad(c, std::string(what) + " chỉ gồm chữ cái, dấu cách, dấu nháy đơn và dấu gạch nối: \"" +
                   v + "\".");
    };
    ImportedStudent s;
    s.row = rn;
    auto& e = s.entry;
    e.full_name = import_cell(row, c_name);
    if (e.full_name.empty())
      bad(c_name, "Thiếu họ và tên.");
    else
      name_check(c_name, e.full_name, "Họ và tên");
    std::string birth = import_cell(row, c_birth);
    if (birth.empty()) {
      bad(c_birth, "Thiếu ngày sinh.");
    } else if (auto d = parse_birth_date(birth)) {
      e.birth_date = *d;
      int age = age_on(*d, in.year_start);
      if (age < 0 && *d > in.year_start)
        bad(c_birth, "Ngày sinh " + birth + " sau ngày đầu năm học (" + in.year_start + ").");
      else if (in.min_age && in.max_age && (age < *in.min_age || age > *in.max_age))
        bad(c_birth, "Tuổi tại ngày đầu năm học (" + in.year_start + ") là " + std::to_string(age) +
                         ", ngoài khoảng " + std::to_string(*in.min_age) + "–" +
                         std::to_string(*in.max_age) + " tuổi của " +
                         (in.level_name.empty() ? std::string("cấp học này") : in.level_name) +
                         ".");
    } else {
      bad(c_birth, "Ngày sinh không hợp lệ hoặc không có thật: \"" + birth +
                       "\" (dùng dd/mm/yyyy, ví dụ 05/03/2009).");
    }
    if (c_id >= 0) {
      std::string v = import_cell(row, c_id);
      if (!v.empty()) {
        if (auto p = parse_personal_id(v))
          e.personal_id = *p;
        else
          bad(c_id, "Mã định danh phải gồm 12 chữ số: \"" + v + "\".");
      }
    }
    if (c_sex >= 0) {
      std::string v = import_cell(row, c_sex);
      if (!v.empty()) {
        if (auto x = parse_sex(v))
          e.sex = *x;
        else
          bad(c_sex, "Giới tính phải là Nam hoặc Nữ: \"" + v + "\".");
      }
    }
    if (c_class >= 0) {
      e.class_name = import_cell(row, c_class);
      if (has_control_char(e.class_name) || !valid_class(e.class_name))
        bad(c_class, "Tên lớp chỉ gồm chữ, số, dấu cách và - . / _ (tối đa 30 ký tự): \"" +
                         e.class_name + "\".");
    }
    // Guardians.
    std::string gname = import_cell(row, c_gname), grel = import_cell(row, c_grel),
                gphone = import_cell(row, c_gphone);
    std::optional<std::string> phone;
    if (!gphone.empty()) {
      phone = parse_phone(gphone);
      if (!phone)
        bad(c_gphone,
            "Số điện thoại không hợp lệ (10 chữ số, bắt đầu bằng 0): \"" + gphone + "\".");
    }
    if (has_control_char(grel) || grel.size() > 60) bad(c_grel, "Quan hệ không hợp lệ.");
    if (!gname.empty()) {
      name_check(c_gname, gname, "Họ tên người giám hộ");
      e.guardians.push_back({gname, grel, phone.value_or("")});
    } else if (phone) {
      e.guardians.push_back({"", grel, *phone});
    }
    for (auto [c, rel] : {std::pair{c_father, "Cha"}, std::pair{c_mother, "Mẹ"}}) {
      if (c < 0 || c == c_gname) continue;
      std::string v = import_cell(row, c);
      if (v.empty()) continue;
      name_check(c, v, rel == std::string("Cha") ? "Họ tên cha" : "Họ tên mẹ");
      e.guardians.push_back({v, rel, ""});
    }
    if (c_plate >= 0) {
      std::string v = import_cell(row, c_plate);
      if (!v.empty()) {
        if (auto p = parse_plate(v))
          e.vehicles.push_back({*p, c_vkind >= 0 ? import_cell(row, c_vkind) : ""});
        else
          bad(c_plate, "Biển số xe không hợp lệ: \"" + v + "\".");
      }
    }
    // Duplicates inside the file.
    if (ok && e.personal_id) {
      auto [it, fresh] = seen_id.emplace(*e.personal_id, rn);
      if (!fresh) bad(c_id, "Trùng mã định danh với dòng " + std::to_string(it->second) + ".");
    }
    if (ok) {
      auto [it, fresh] = seen_person.emplace(fold(e.full_name) + "|" + e.birth_date, rn);
      if (!fresh)
        bad(c_name, "Trùng họ tên và ngày sinh với dòng " + std::to_string(it->second) + ".");
    }
    if (ok) out.push_back(std::move(s));
  }
  if (data_rows == 0)
    return Status(Kind::kInvalid, kStudentFileError, "Tệp không có dòng dữ liệu nào.");
  if (!errors.empty()) return errors.status();
  return out;
}

}  // namespace atgt
