#include "domain/notice_rules.h"

#include <algorithm>

#include "base/time.h"

namespace atgt::notice_rules {

std::optional<int64_t> review_unit(const OrgIndex& org, std::vector<int64_t> schools,
                                   const std::string& date) {
  std::sort(schools.begin(), schools.end());
  schools.erase(std::unique(schools.begin(), schools.end()), schools.end());
  if (schools.empty()) return std::nullopt;
  if (schools.size() == 1) return schools[0];
  // Walk up from the first school; the first ancestor holding them all is the lowest.
  std::optional<int64_t> at = org.parent_at(schools[0], date);
  for (int guard = 0; at && guard < 64; ++guard) {
    bool all = std::all_of(schools.begin(), schools.end(),
                           [&](int64_t s) { return org.in_subtree(s, *at, date); });
    if (all) return at;
    at = org.parent_at(*at, date);
  }
  return std::nullopt;
}

bool measure_applies(const model::EducationMeasure& m, const std::string& unit_type,
                     const std::string& date) {
  if (date < m.valid_from || (m.valid_to && date > *m.valid_to)) return false;
  size_t start = 0;
  while (start <= m.unit_types.size()) {
    size_t end = m.unit_types.find('|', start);
    if (end == std::string::npos) end = m.unit_types.size();
    if (m.unit_types.compare(start, end - start, unit_type) == 0) return true;
    start = end + 1;
  }
  return false;
}

namespace {
struct KindName {
  const char* kind;
  const char* name;
};
constexpr KindName kKinds[] = {
    {"measure", "Biện pháp giáo dục"},
    {"parent_meeting", "Làm việc với cha mẹ học sinh"},
    {"commitment", "Cha mẹ ký lại cam kết"},
    {"conduct_note", "Ghi chú xếp loại rèn luyện"},
    {"evidence", "Minh chứng"},
    {"note", "Ghi chú"},
};
}  // namespace

bool is_action_kind(const std::string& kind) {
  return std::any_of(std::begin(kKinds), std::end(kKinds),
                     [&](const KindName& k) { return kind == k.kind; });
}

const char* action_kind_vi(const std::string& kind) {
  for (const auto& k : kKinds)
    if (kind == k.kind) return k.name;
  return "";
}

Status check_action(const ActionRequest& a, const std::vector<model::EducationMeasure>& measures,
                    const std::string& unit_type, const std::string& violation_date,
                    const std::string& today, bool principal) {
  Status bad = Invalid("Thông tin xử lý chưa hợp lệ.");
  bool wrong = false;
  auto fail = [&](const char* field, const std::string& message) {
    bad.with_field(field, message);
    wrong = true;
  };
  if (!is_action_kind(a.kind)) fail("kind", "Loại việc đã làm không có trong danh mục.");
  auto day = Date::parse(a.action_date);
  if (!day)
    fail("action_date", "Ngày thực hiện có dạng YYYY-MM-DD.");
  else if (a.action_date < violation_date)
    fail("action_date", "Ngày thực hiện không thể trước ngày vi phạm (" + violation_date + ").");
  else if (a.action_date > today)
    fail("action_date", "Ngày thực hiện ở tương lai.");
  if (a.kind == "measure") {
    const model::EducationMeasure* found = nullptr;
    for (const auto& m : measures)
      if (a.measure_code && m.code == *a.measure_code &&
          measure_applies(m, unit_type, violation_date))
        found = &m;
    if (!a.measure_code)
      fail("measure_code", "Chọn biện pháp giáo dục.");
    else if (!found)
      fail("measure_code",
           "Biện pháp này không áp dụng cho học sinh của trường vào ngày vi phạm (theo quy định "
           "có hiệu lực khi đó và cấp học của trường).");
    else if (found->applied_by == "principal" && !principal)
      fail("measure_code", "Biện pháp " + found->name + " do hiệu trưởng quyết định.");
  } else if (a.kind == "evidence") {
    if (!a.file_id) fail("file_id", "Minh chứng cần một tệp đính kèm.");
  } else if (is_action_kind(a.kind) && a.note.empty()) {
    fail("note", "Ghi rõ nội dung đã làm.");
  }
  return wrong ? bad : Status::Ok();
}

}  // namespace atgt::notice_rules
