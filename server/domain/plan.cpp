// Plans and tasks: occurrences, responsible units, review rights.
#include "domain/plan.h"

#include <algorithm>

namespace atgt::plan {

Result<std::vector<Occurrence>> occurrences(const model::PlanTask& t, const calendar::Calendar& cal,
                                            Date from) {
  Date until{from.year + 1, 12, 31};
  if (t.until_date) {
    auto u = Date::parse(*t.until_date);
    if (!u) return Invalid().with_field("until_date", "Ngày kết thúc không hợp lệ.");
    until = *u;
  }
  std::vector<Occurrence> out;
  if (t.recurrence == "once") {
    auto d = t.due_date ? Date::parse(*t.due_date) : std::nullopt;
    if (!d) return Invalid().with_field("due_date", "Nhiệm vụ một lần cần hạn hoàn thành.");
    out.push_back({"", *d});
    return out;
  }
  if (t.recurrence == "yearly" || t.recurrence == "september") {
    calendar::MonthDay md{9, 30};
    if (t.recurrence == "yearly") {
      auto parsed = t.due_md ? calendar::MonthDay::parse(*t.due_md) : std::nullopt;
      if (!parsed)
        return Invalid().with_field("due_md", "Nhiệm vụ hằng năm cần ngày hạn dạng MM-DD.");
      md = *parsed;
    }
    for (int y = from.year; y <= until.year; ++y) {
      int day = md.day;
      if (md.month == 2 && day == 29 && !Date::parse(std::to_string(y) + "-02-29")) day = 28;
      Date due{y, md.month, day};
      if (due < from || due > until) continue;
      out.push_back({std::to_string(y), due});
    }
    return out;
  }
  if (t.recurrence == "semester") {
    for (int y = from.year - 1; y <= until.year; ++y) {
      auto sy = cal.year_starting(y);
      Date end1 = sy.semester2_from.add_days(-1);
      for (auto [n, due] : {std::pair<int, Date>{1, end1}, {2, sy.teaching_to}}) {
        if (due < from || due > until) continue;
        out.push_back({sy.code() + " HK" + std::to_string(n), due});
      }
    }
    return out;
  }
  return Invalid().with_field(
      "recurrence", "Chu kỳ phải là một lần, hằng năm, mỗi học kỳ hoặc tháng 9 hằng năm.");
}

std::vector<int64_t> responsible_units(const OrgIndex& org, const model::PlanTask& t,
                                       const std::string& date) {
  std::vector<int64_t> out;
  if (!org.alive(t.responsible_under, date)) return out;
  if (t.responsible_type.empty()) return {t.responsible_under};
  for (int64_t u : org.subtree(t.responsible_under, date)) {
    if (u == t.responsible_under) continue;
    const auto* v = org.version_at(u, date);
    if (v && v->type == t.responsible_type) out.push_back(u);
  }
  std::sort(out.begin(), out.end());
  return out;
}

Status validate_task(const model::PlanTask& t, size_t index) {
  std::string where = "Nhiệm vụ " + std::to_string(index) + ": ";
  auto bad = [&](const char* field, const std::string& msg) {
    return Invalid(where + msg).with_field(field, where + msg);
  };
  if (t.content.empty()) return bad("content", "cần nội dung nhiệm vụ.");
  if (t.content.size() > 4000) return bad("content", "nội dung dài quá 4.000 ký tự.");
  if (t.responsible_under <= 0)
    return bad("responsible_under",
               "cần đơn vị chịu trách nhiệm (hoặc đơn vị cấp trên của nhóm đơn vị).");
  if (t.recurrence == "once") {
    if (!t.due_date || !Date::parse(*t.due_date))
      return bad("due_date", "cần hạn hoàn thành là một ngày có thật.");
  } else if (t.recurrence == "yearly") {
    if (!t.due_md || !calendar::MonthDay::parse(*t.due_md))
      return bad("due_md", "cần ngày hạn hằng năm dạng MM-DD.");
  } else if (t.recurrence != "semester" && t.recurrence != "september") {
    return bad("recurrence", "chu kỳ phải là một lần, hằng năm, mỗi học kỳ hoặc tháng 9 hằng năm.");
  }
  if (t.until_date && !Date::parse(*t.until_date))
    return bad("until_date", "ngày kết thúc không hợp lệ.");
  return Status::Ok();
}

bool may_review(const Principal& p, const OrgIndex& org, const model::Document& plan,
                const model::PlanTask& t, int64_t assignee, const std::string& date) {
  bool issuer =
      p.unit_id == plan.unit_id || (plan.partner_unit_id && p.unit_id == *plan.partner_unit_id);
  if (!issuer) return false;
  if (t.joint) return true;
  return org.side_of(p.unit_id, date) == org.side_of(assignee, date);
}

bool on_time(const model::TaskAssignment& a) {
  return a.review == "accepted" && a.submitted_at && *a.submitted_at <= a.due_at;
}

}  // namespace atgt::plan
