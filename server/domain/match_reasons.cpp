// The Vietnamese reasons shown beside a candidate in the review queue: one line per field with the
// comparison's outcome and its weight in bits (declared in domain/match_engine.h).
#include <cstdio>

#include "domain/match_engine.h"

namespace atgt::match {

std::vector<std::string> reasons_vi(const Evidence& e) {
  std::vector<std::string> out;
  auto w = [](double v) {
    char b[32];
    std::snprintf(b, sizeof b, " (%+.1f)", v);
    return std::string(b);
  };
  const char* name = "";
  switch (e.name) {
    case NameLevel::kExact:
      name = "trùng khớp";
      break;
    case NameLevel::kFolded:
      name = "trùng khi bỏ dấu, chữ hoa, khoảng trắng";
      break;
    case NameLevel::kVariant:
      name = "họ là biến thể vùng miền (Huỳnh/Hoàng, Vũ/Võ)";
      break;
    case NameLevel::kTypo:
      name = "lệch một ký tự hoặc khác dấu";
      break;
    case NameLevel::kPartial:
      name = "trùng họ và tên, khác tên đệm";
      break;
    case NameLevel::kWeak:
      name = "chỉ trùng họ hoặc tên";
      break;
    case NameLevel::kMismatch:
      name = "khác tên";
      break;
    case NameLevel::kMissing:
      name = "không có trong bản ghi";
      break;
  }
  std::string n = std::string("Họ tên: ") + name;
  if (e.name_swapped) n += "; họ và tên bị đảo thứ tự";
  if (e.middle_missing) n += "; thiếu tên đệm";
  if (e.middle_extra) n += "; thừa tên đệm";
  out.push_back(n + w(e.w_name));
  const char* b = "";
  switch (e.birth) {
    case DateLevel::kExact:
      b = "trùng khớp";
      break;
    case DateLevel::kSwappedDayMonth:
      b = "trùng khi đảo ngày và tháng";
      break;
    case DateLevel::kClose:
      b = "lệch một chữ số";
      break;
    case DateLevel::kYearOnly:
      b = "chỉ có năm sinh, trùng";
      break;
    case DateLevel::kMismatch:
      b = "khác";
      break;
    case DateLevel::kMissing:
      b = "không có";
      break;
    case DateLevel::kUnparsed:
      b = "không đọc được";
      break;
  }
  out.push_back(std::string("Ngày sinh: ") + b + w(e.w_birth));
  const char* p = "";
  switch (e.personal_id) {
    case IdLevel::kExact:
      p = "trùng khớp";
      break;
    case IdLevel::kOneDigit:
      p = "lệch một chữ số";
      break;
    case IdLevel::kTransposition:
      p = "đảo hai chữ số liền nhau";
      break;
    case IdLevel::kMismatch:
      p = "khác";
      break;
    case IdLevel::kConsistent:
      p = "danh sách không có; năm sinh và giới tính trong mã khớp";
      break;
    case IdLevel::kInconsistent:
      p = "danh sách không có; năm sinh hoặc giới tính trong mã không khớp";
      break;
    case IdLevel::kMissing:
      p = "không có";
      break;
    case IdLevel::kUnparsed:
      p = "không phải 12 chữ số";
      break;
  }
  out.push_back(std::string("Mã định danh: ") + p + w(e.w_id));
  const char* s = "";
  switch (e.school) {
    case SchoolLevel::kExact:
      s = "trùng khớp";
      break;
    case SchoolLevel::kFuzzy:
      s = "gần đúng (viết tắt, lỗi gõ, thiếu cấp học)";
      break;
    case SchoolLevel::kMissing:
      s = "không có";
      break;
    case SchoolLevel::kMismatch:
      s = "khác";
      break;
  }
  out.push_back(std::string("Trường: ") + s + w(e.w_school));
  if (e.plate != PlateLevel::kMissing)
    out.push_back(std::string("Biển số: ") +
                  (e.plate == PlateLevel::kExact ? "trùng xe đã đăng ký" : "khác xe đã đăng ký") +
                  w(e.w_plate));
  if (e.year == YearLevel::kOther)
    out.push_back("Năm học: danh sách của năm học khác với ngày vi phạm" + w(e.w_year));
  return out;
}

}  // namespace atgt::match
