#include "domain/registry_warnings.h"

#include <set>

namespace atgt {
namespace {

std::string join(const std::set<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

}  // namespace

std::vector<std::string> plan_warnings(const OrgIndex& org, const EventPlan& plan,
                                       const std::map<std::string, std::string>& type_names) {
  const auto& r = plan.request;
  if (r.kind != "merge" && r.kind != "split" && r.kind != "dissolve") return {};
  auto type_name = [&](const std::string& code) {
    auto it = type_names.find(code);
    return it == type_names.end() ? code : it->second;
  };
  auto parent_name = [&](const model::UnitVersion* v, const std::string& day) -> std::string {
    if (!v || !v->parent_id) return "";
    const auto* p = org.version_at(*v->parent_id, day);
    return p ? p->name : "";
  };
  std::set<std::string> from_types, from_parents, to_types, to_parents;
  for (int64_t id : r.unit_ids) {
    const auto* v = org.version_at(id, plan.day_before);
    if (!v) continue;
    from_types.insert(type_name(v->type));
    from_parents.insert(parent_name(v, plan.day_before));
  }
  for (int64_t id : r.successor_ids) {
    const auto* v = org.version_at(id, r.date);
    if (!v) v = org.version_at(id, plan.day_before);
    if (!v) continue;
    to_types.insert(type_name(v->type));
    to_parents.insert(parent_name(v, r.date));
  }
  if (r.new_unit) {
    to_types.insert(type_name(r.new_unit->type));
    if (r.new_unit->parent_id)
      if (const auto* p = org.version_at(*r.new_unit->parent_id, r.date))
        to_parents.insert(p->name);
  }
  from_parents.erase("");
  to_parents.erase("");
  std::vector<std::string> out;
  const char* what = r.kind == "merge" ? "sáp nhập" : r.kind == "split" ? "chia tách" : "giải thể";
  if (from_types.size() > 1)
    out.push_back(std::string("Các đơn vị được ") + what + " thuộc các loại khác nhau (" +
                  join(from_types) + "). Thông thường chỉ " + what +
                  " các đơn vị cùng loại; hãy đối chiếu văn bản căn cứ.");
  if (!from_types.empty() && !to_types.empty() && from_types != to_types)
    out.push_back("Đơn vị kế thừa (" + join(to_types) + ") khác loại với đơn vị được " + what +
                  " (" + join(from_types) +
                  "): học sinh và số liệu sẽ chuyển sang một loại đơn vị khác.");
  if (from_parents.size() > 1)
    out.push_back(std::string("Các đơn vị được ") + what + " thuộc các đơn vị quản lý khác nhau (" +
                  join(from_parents) + "), thường là các xã, phường khác nhau; hãy kiểm tra lại.");
  if (!from_parents.empty() && !to_parents.empty() && from_parents != to_parents)
    out.push_back("Đơn vị kế thừa thuộc " + join(to_parents) + ", còn đơn vị được " + what +
                  " thuộc " + join(from_parents) +
                  ": dữ liệu sẽ được tính cho đơn vị quản lý khác.");
  return out;
}

}  // namespace atgt
