// Bulk user import planning (see user_import.h).
#include "domain/user_import.h"

#include <algorithm>
#include <set>

#include "base/text.h"
#include "base/row_errors.h"
#include "domain/principal.h"

namespace atgt {
namespace {

// Accepted header names of each column (folded).
int find_column(const CsvTable& t, std::initializer_list<const char*> names) {
  for (size_t i = 0; i < t.header.size(); ++i) {
    std::string h = fold(t.header[i]);
    for (const char* n : names)
      if (h == n) return static_cast<int>(i);
  }
  return -1;
}

std::string cell(const std::vector<std::string>& row, int col) {
  if (col < 0 || static_cast<size_t>(col) >= row.size()) return "";
  return squeeze_spaces(row[static_cast<size_t>(col)]);
}

std::string lower_ascii(std::string s) {
  for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

// A role given by code ("school_staff") or by its Vietnamese name ("Giáo viên ...").
std::string role_code(const std::string& text) {
  std::string f = fold(text);
  for (const auto& r : all_roles())
    if (f == r.code || f == fold(r.name_vi)) return r.code;
  return "";
}

}  // namespace

bool valid_login(const std::string& s) {
  if (s.size() < 3 || s.size() > 64) return false;
  return std::all_of(s.begin(), s.end(), [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' ||
           ch == '-' || ch == '@';
  });
}

bool valid_email(const std::string& s) {
  auto at = s.find('@');
  return at != std::string::npos && at > 0 && s.find('.', at) != std::string::npos &&
         s.find(' ') == std::string::npos && s.size() <= 254 &&
         s.find('@', at + 1) == std::string::npos;
}

Result<std::vector<ImportedUser>> plan_user_import(const CsvTable& t, const UserImportInput& in) {
  RowErrors errors("Tệp có lỗi; chưa tài khoản nào được tạo. Hãy sửa các dòng được nêu rồi tải lên lại.");
  auto fail = [&](int row, const std::string& column, const std::string& msg) { errors.add(row, column, msg); };
  int c_unit = find_column(t, {"ma don vi", "unit code", "unit_code", "ma_don_vi"});
  int c_name = find_column(t, {"ho ten", "ho va ten", "name", "full name", "full_name", "ho_ten"});
  int c_email = find_column(t, {"email", "thu dien tu"});
  int c_role = find_column(t, {"vai tro", "role", "vai_tro"});
  int c_login = find_column(t, {"ten dang nhap", "login", "ten_dang_nhap"});
  auto header_name = [&](int c, const char* dflt) {
    return c >= 0 ? t.header[static_cast<size_t>(c)] : std::string(dflt);
  };
  if (c_unit < 0) fail(1, "Mã đơn vị", "Thiếu cột \"Mã đơn vị\".");
  if (c_name < 0) fail(1, "Họ tên", "Thiếu cột \"Họ tên\".");
  if (c_email < 0) fail(1, "Email", "Thiếu cột \"Email\".");
  if (c_role < 0) fail(1, "Vai trò", "Thiếu cột \"Vai trò\".");
  if (!errors.empty()) return errors.status();
  if (t.rows.empty()) return Invalid("Tệp không có dòng dữ liệu nào.");
  if (t.rows.size() > kMaxImportRows)
    return Invalid("Tệp có " + std::to_string(t.rows.size()) + " dòng; mỗi lần nhập tối đa " +
                   std::to_string(kMaxImportRows) + " dòng.");
  std::vector<ImportedUser> out;
  std::set<std::string> seen;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const auto& row = t.rows[i];
    int rn = static_cast<int>(i) + 2;
    ImportedUser u;
    u.row = rn;
    u.unit_code = cell(row, c_unit);
    u.full_name = cell(row, c_name);
    u.email = lower_ascii(cell(row, c_email));
    std::string role_text = cell(row, c_role);
    u.login = lower_ascii(cell(row, c_login));
    if (u.login.empty()) u.login = u.email;
    bool ok = true;
    auto bad = [&](int col, const char* dflt, const std::string& msg) {
      fail(rn, header_name(col, dflt), msg);
      ok = false;
    };
    if (u.unit_code.empty()) {
      bad(c_unit, "Mã đơn vị", "Thiếu mã đơn vị.");
    } else {
      u.unit_id = in.unit_by_code(u.unit_code);
      if (!u.unit_id || !in.org->alive(u.unit_id, in.today))
        bad(c_unit, "Mã đơn vị", "Không có đơn vị đang hoạt động mang mã \"" + u.unit_code + "\".");
      else if (!std::binary_search(in.scope.begin(), in.scope.end(), u.unit_id))
        bad(c_unit, "Mã đơn vị", "Đơn vị \"" + u.unit_code + "\" nằm ngoài phạm vi bạn quản lý.");
    }
    if (u.full_name.empty())
      bad(c_name, "Họ tên", "Thiếu họ tên.");
    else if (u.full_name.size() > 200)
      bad(c_name, "Họ tên", "Họ tên quá dài.");
    if (u.email.empty())
      bad(c_email, "Email", "Thiếu email (dùng để gửi liên kết đặt lại mật khẩu).");
    else if (!valid_email(u.email))
      bad(c_email, "Email", "Email không hợp lệ: " + u.email);
    u.role = role_code(role_text);
    if (role_text.empty())
      bad(c_role, "Vai trò", "Thiếu vai trò.");
    else if (u.role.empty())
      bad(c_role, "Vai trò", "Vai trò không hợp lệ: " + role_text);
    else if (u.unit_id && in.check_grant) {
      Status g = in.check_grant(u.unit_id, u.role);
      if (!g.ok()) {
        auto f = g.fields().find("roles");
        bad(c_role, "Vai trò", f != g.fields().end() ? f->second : g.message());
      }
    }
    if (!u.login.empty()) {
      if (!valid_login(u.login))
        bad(c_login, "Tên đăng nhập",
            "Tên đăng nhập chỉ gồm chữ thường không dấu, số và . _ - @ (3–64 ký tự).");
      else if (!seen.insert(u.login).second)
        bad(c_login >= 0 ? c_login : c_email, "Tên đăng nhập",
            "Tên đăng nhập \"" + u.login + "\" bị trùng trong tệp.");
      else if (in.login_taken(u.login))
        bad(c_login >= 0 ? c_login : c_email, "Tên đăng nhập",
            "Tên đăng nhập \"" + u.login + "\" đã có trong hệ thống.");
    }
    if (ok) out.push_back(std::move(u));
  }
  if (!errors.empty()) return errors.status();
  return out;
}

}  // namespace atgt
