// Rules of violation codes.
#include "domain/violation_codes.h"

#include <cctype>

namespace atgt::violation_codes {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char ch : s)
    if (!std::isdigit(static_cast<unsigned char>(ch))) return false;
  return true;
}

// A clause: digits, optionally followed by one ASCII lower-case letter ("1a", inserted clauses).
bool valid_clause(std::string_view s) {
  if (s.empty()) return false;
  size_t n = s.size();
  if (std::islower(static_cast<unsigned char>(s.back()))) --n;
  return n > 0 && n <= 3 && all_digits(s.substr(0, n));
}

// A point: one letter of the Vietnamese alphabet as the decrees use them (a..y and đ).
bool valid_point(std::string_view s) {
  if (s == "đ") return true;
  return s.size() == 1 && s[0] >= 'a' && s[0] <= 'y';
}

bool valid_day(const std::string& s) {
  return Date::parse(s).has_value();
}

}  // namespace

const std::vector<std::string>& vehicle_kinds() {
  static const std::vector<std::string> kinds = {"motorbike", "ebike",           "bicycle",
                                                 "car",       "passenger",       "pedestrian",
                                                 "owner",     "school_transport"};
  return kinds;
}

std::optional<CodeParts> parse_code(std::string_view code) {
  size_t a = code.find('.');
  if (a == std::string_view::npos) return std::nullopt;
  std::string_view article = code.substr(0, a), rest = code.substr(a + 1);
  if (!all_digits(article) || article.size() > 3 || article[0] == '0') return std::nullopt;
  CodeParts p;
  p.article = std::stoi(std::string(article));
  size_t b = rest.find('.');
  p.clause = std::string(rest.substr(0, b));
  if (!valid_clause(p.clause) || p.clause[0] == '0') return std::nullopt;
  if (b != std::string_view::npos) {
    p.point = std::string(rest.substr(b + 1));
    if (!valid_point(p.point)) return std::nullopt;
  }
  return p;
}

bool valid_category_code(std::string_view code) {
  if (code.size() < 2 || code.size() > 60) return false;
  for (char ch : code)
    if (!(std::islower(static_cast<unsigned char>(ch)) ||
          std::isdigit(static_cast<unsigned char>(ch)) || ch == '_'))
      return false;
  return true;
}

Status check_decree(const model::Decree& d) {
  Status st = Invalid("Nghị định không hợp lệ.");
  bool bad = false;
  auto fail = [&](const char* field, const char* message) {
    st.with_field(field, message);
    bad = true;
  };
  bool code_ok = d.code.size() >= 2 && d.code.size() <= 20;
  for (char ch : d.code)
    code_ok = code_ok && (std::isupper(static_cast<unsigned char>(ch)) ||
                          std::isdigit(static_cast<unsigned char>(ch)));
  if (!code_ok) fail("code", "Mã nghị định gồm chữ in hoa không dấu và số, ví dụ ND168.");
  if (d.number.empty() || d.number.size() > 60)
    fail("number", "Cần số, ký hiệu của nghị định, ví dụ 168/2024/NĐ-CP.");
  if (d.title.empty() || d.title.size() > 1000) fail("title", "Cần trích yếu của nghị định.");
  if (d.signed_on && !valid_day(*d.signed_on)) fail("signed_on", "Ngày ký không hợp lệ.");
  if (!valid_day(d.effective_from)) fail("effective_from", "Ngày có hiệu lực không hợp lệ.");
  if (d.effective_to && (!valid_day(*d.effective_to) || *d.effective_to < d.effective_from))
    fail("effective_to", "Ngày hết hiệu lực phải là một ngày không trước ngày có hiệu lực.");
  return bad ? st : Status::Ok();
}

Status check_category(const model::BehaviourCategory& c) {
  Status st = Invalid("Nhóm hành vi không hợp lệ.");
  bool bad = false;
  if (!valid_category_code(c.code)) {
    st.with_field("code", "Mã nhóm gồm chữ thường không dấu, số và dấu gạch dưới.");
    bad = true;
  }
  if (c.label_vi.empty() || c.label_vi.size() > 500) {
    st.with_field("label_vi", "Cần tên nhóm hành vi bằng tiếng Việt.");
    bad = true;
  }
  if (c.label_en.size() > 500) {
    st.with_field("label_en", "Tên tiếng Anh quá dài.");
    bad = true;
  }
  return bad ? st : Status::Ok();
}

Status check_code(const model::ViolationCode& c) {
  Status st = Invalid("Mã vi phạm không hợp lệ.");
  bool bad = false;
  auto fail = [&](const char* field, std::string message) {
    st.with_field(field, std::move(message));
    bad = true;
  };
  auto parts = parse_code(c.code);
  if (!parts)
    fail("code", "Mã vi phạm phải có dạng điều.khoản.điểm, ví dụ 7.2.h hoặc 32.10.");
  else if (parts->article != c.article || parts->clause != c.clause || parts->point != c.point)
    fail("code", "Điều, khoản, điểm không khớp với mã " + c.code + ".");
  bool kind_ok = false;
  for (const auto& k : vehicle_kinds()) kind_ok = kind_ok || k == c.vehicle_kind;
  if (!kind_ok) fail("vehicle_kind", "Loại phương tiện không thuộc danh mục.");
  if (c.description.empty() || c.description.size() > 4000)
    fail("description", "Cần mô tả hành vi (tối đa 4000 ký tự).");
  if ((c.fine_min && *c.fine_min < 0) || (c.fine_max && *c.fine_max < 0))
    fail("fine_min", "Mức phạt không được âm.");
  else if (c.fine_min.has_value() != c.fine_max.has_value())
    fail("fine_max", "Cần cả mức phạt tối thiểu và tối đa, hoặc để trống cả hai.");
  else if (c.fine_min && *c.fine_min > *c.fine_max)
    fail("fine_max", "Mức phạt tối đa phải không nhỏ hơn mức tối thiểu.");
  if (c.licence_points && (*c.licence_points < 0 || *c.licence_points > 12))
    fail("licence_points", "Số điểm bị trừ từ 0 đến 12.");
  if (!valid_day(c.effective_from)) fail("effective_from", "Ngày có hiệu lực không hợp lệ.");
  if (c.effective_to && (!valid_day(*c.effective_to) || *c.effective_to < c.effective_from))
    fail("effective_to", "Ngày hết hiệu lực phải là một ngày không trước ngày có hiệu lực.");
  if (!valid_category_code(c.category)) fail("category", "Cần nhóm hành vi.");
  return bad ? st : Status::Ok();
}

std::string citation(const model::ViolationCode& c, const std::string& decree_number) {
  std::string out;
  if (!c.point.empty()) out = "điểm " + c.point + " ";
  out += "khoản " + c.clause + " Điều " + std::to_string(c.article);
  if (!decree_number.empty()) out += " Nghị định " + decree_number;
  return out;
}

bool in_force(const model::ViolationCode& c, const Date& day) {
  std::string d = day.str();
  return c.effective_from <= d && (!c.effective_to || d <= *c.effective_to);
}

}  // namespace atgt::violation_codes
