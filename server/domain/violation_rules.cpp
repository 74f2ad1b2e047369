// Rules of violation records.
#include "domain/violation_rules.h"

#include <cctype>

#include "domain/student_import.h"

namespace atgt::violation_rules {
namespace {

std::string vnd(int64_t v) {
  std::string s = std::to_string(v), out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && (s.size() - i) % 3 == 0) out += '.';
    out += s[i];
  }
  return out + " đồng";
}

bool needs_age(const std::string& role) {
  return role == "rider" || role == "passenger" || role == "pedestrian";
}

}  // namespace

std::optional<int> age_at(const std::optional<std::string>& birth_date,
                          std::optional<int> birth_year, const Date& day) {
  if (birth_date) {
    auto b = Date::parse(*birth_date);
    if (!b) return std::nullopt;
    int age = day.year - b->year;
    if (day.month < b->month || (day.month == b->month && day.day < b->day)) --age;
    return age < 0 ? 0 : age;
  }
  if (birth_year) {
    int age = day.year - *birth_year - 1;
    return age < 0 ? 0 : age;
  }
  return std::nullopt;
}

std::string age_band(std::optional<int> age) {
  if (!age) return "";
  if (*age < 14) return "under14";
  if (*age < 16) return "14-15";
  if (*age < 18) return "16-17";
  return "adult";
}

Status check_record(const model::ViolationRecord& r, const Date& day) {
  Status st = Invalid("Bản ghi vi phạm không hợp lệ.");
  bool bad = false;
  auto fail = [&](const char* field, std::string message) {
    st.with_field(field, std::move(message));
    bad = true;
  };
  static const char* kRoles[] = {"rider", "passenger", "pedestrian", "owner", "involved"};
  bool role_ok = false;
  for (const char* k : kRoles) role_ok = role_ok || r.role == k;
  if (!role_ok)
    fail("role",
         "Vai trò phải là người điều khiển, người được chở, người đi bộ, chủ phương tiện hoặc "
         "người liên quan.");
  if (!valid_person_name(r.full_name))
    fail("full_name", "Họ và tên chỉ gồm chữ cái, dấu cách, dấu nháy đơn và dấu gạch nối.");
  if (r.birth_date) {
    auto b = Date::parse(*r.birth_date);
    if (!b || *b > day || b->year < 1900)
      fail("birth_date", "Ngày sinh không hợp lệ hoặc sau ngày vi phạm.");
    else if (r.birth_year && *r.birth_year != b->year)
      fail("birth_year", "Năm sinh không khớp với ngày sinh.");
  } else if (r.birth_year && (*r.birth_year < 1900 || *r.birth_year > day.year)) {
    fail("birth_year", "Năm sinh không hợp lệ.");
  }
  if (needs_age(r.role) && !r.birth_date && !r.birth_year)
    fail("birth_date", "Cần ngày sinh hoặc năm sinh: tuổi quyết định hình thức xử phạt.");
  if (r.personal_id) {
    bool digits = r.personal_id->size() == 12;
    for (char ch : *r.personal_id) digits = digits && std::isdigit(static_cast<unsigned char>(ch));
    if (!digits) fail("personal_id", "Số định danh cá nhân gồm 12 chữ số.");
  }
  if (r.sex && *r.sex != "Nam" && *r.sex != "Nữ") fail("sex", "Giới tính là Nam hoặc Nữ.");
  if (r.sanction != "none" && r.sanction != "warning" && r.sanction != "fine")
    fail("sanction", "Hình thức xử phạt là không xử phạt, cảnh cáo hoặc phạt tiền.");
  else if (r.sanction == "fine" && (!r.fine_amount || *r.fine_amount <= 0))
    fail("fine_amount", "Cần số tiền phạt.");
  else if (r.sanction != "fine" && r.fine_amount)
    fail("fine_amount", "Chỉ ghi số tiền khi xử phạt bằng phạt tiền.");
  if (r.role == "involved") {
    if (r.code_id) fail("code", "Người liên quan (không vi phạm) không ghi mã vi phạm.");
    if (r.sanction != "none") fail("sanction", "Người liên quan (không vi phạm) không bị xử phạt.");
  } else if (role_ok && !r.code_id) {
    fail("code", "Cần mã vi phạm.");
  }
  for (auto [field, v, max] : {std::tuple{"school_stated", &r.school_stated, size_t{300}},
                               std::tuple{"person_address", &r.person_address, size_t{500}},
                               std::tuple{"plate", &r.plate, size_t{20}},
                               std::tuple{"report_number", &r.report_number, size_t{60}},
                               std::tuple{"decision_number", &r.decision_number, size_t{60}}})
    if (*v && (*v)->size() > max) fail(field, "Quá dài.");
  return bad ? st : Status::Ok();
}

Status check_sanction(const model::ViolationRecord& r, std::optional<int> age,
                      const model::ViolationCode& code) {
  auto refuse = [](const char* field, std::string message) {
    return Invalid(message).with_field(field, message);
  };
  if (r.sanction == "none") return Status::Ok();
  if (age && *age < 14)
    return refuse("sanction",
                  "Người dưới 14 tuổi không bị xử phạt vi phạm hành chính (khoản 1 Điều 5 Luật "
                  "Xử lý vi phạm hành chính).");
  if (r.sanction == "warning") return Status::Ok();
  // A fine.
  if (!code.fine_min || !code.fine_max)
    return refuse("sanction", "Hành vi này không có hình thức phạt tiền.");
  if (age && *age < 16)
    return refuse("sanction",
                  "Không áp dụng phạt tiền với người từ đủ 14 tuổi đến dưới 16 tuổi, chỉ phạt "
                  "cảnh cáo (Điều 134 Luật Xử lý vi phạm hành chính).");
  int64_t lo = *code.fine_min, hi = *code.fine_max;
  bool minor = age && *age < 18;
  if (minor) {
    lo /= 2;
    hi /= 2;
  }
  if (*r.fine_amount < lo || *r.fine_amount > hi)
    return refuse("fine_amount",
                  minor ? "Người từ đủ 16 tuổi đến dưới 18 tuổi bị phạt tiền không quá một nửa "
                          "mức phạt của người thành niên (Điều 134 Luật Xử lý vi phạm hành "
                          "chính): từ " +
                              vnd(lo) + " đến " + vnd(hi) + "."
                        : "Mức phạt của hành vi này từ " + vnd(lo) + " đến " + vnd(hi) + ".");
  return Status::Ok();
}

std::optional<int64_t> parse_local_datetime(std::string_view t) {
  if (t.size() != 16 && t.size() != 19) return std::nullopt;
  if (t[10] != 'T' || t[13] != ':' || (t.size() == 19 && t[16] != ':')) return std::nullopt;
  auto day = Date::parse(t.substr(0, 10));
  if (!day) return std::nullopt;
  auto two = [&](size_t at) -> int {
    char a = t[at], b = t[at + 1];
    if (!std::isdigit(static_cast<unsigned char>(a)) ||
        !std::isdigit(static_cast<unsigned char>(b)))
      return -1;
    return (a - '0') * 10 + (b - '0');
  };
  int h = two(11), m = two(14), sec = t.size() == 19 ? two(17) : 0;
  if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) return std::nullopt;
  int64_t seconds = day->days() * 86400 + h * 3600 + m * 60 + sec - 7 * 3600;
  return seconds * 1000000;
}

std::string legal_code(const model::ViolationCode& code) {
  return code.decree + ":" + code.code;
}

}  // namespace atgt::violation_rules
