// Registry change planning.
#include "domain/registry_plan.h"

#include <algorithm>
#include <set>

#include "base/time.h"

namespace atgt {
namespace {

std::string vn_date(const std::string& iso) {
  return iso.size() == 10 ? iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4) : iso;
}

// A unit that may change on `date`: alive that day and the day before, no later version.
bool changeable(const OrgIndex& org, int64_t id, const std::string& date, const std::string& before,
                std::string* why) {
  const auto* v = org.version_at(id, date);
  if (!v) { *why = "Đơn vị không còn hiệu lực vào ngày " + vn_date(date) + "."; return false; }
  if (!org.version_at(id, before)) { *why = "Đơn vị chưa tồn tại vào ngày " + vn_date(before) + "."; return false; }
  if (v->valid_from == date) { *why = "Đơn vị đã có thay đổi đúng ngày này; chọn ngày khác."; return false; }
  if (org.latest(id) != v) { *why = "Đơn vị đã có thay đổi sau ngày này; không thể sửa lịch sử xen giữa."; return false; }
  // A recorded end (dissolved, merged, split later) must not be undone by restarting the version.
  if (v->valid_to) { *why = "Đơn vị đã chấm dứt sau ngày " + vn_date(*v->valid_to) + "; không thể sửa trước ngày đó."; return false; }
  return true;
}

// A unit that may become a parent from `date` on: alive that day and not ending later (a child's
// open version under it would outlive it).
bool open_from(const OrgIndex& org, int64_t id, const std::string& date) {
  return org.alive(id, date) && org.latest(id) && !org.latest(id)->valid_to;
}

}  // namespace

Result<EventPlan> plan_event(const OrgIndex& org, const EventRequest& r,
                             const std::vector<std::string>& known_types) {
  Status err = Invalid("Thay đổi tổ chức không hợp lệ.");
  bool bad = false;
  auto fail = [&](const char* f, std::string m) {
    if (!err.fields().count(f)) err.with_field(f, std::move(m));
    bad = true;
  };
  static const std::set<std::string> kinds = {"rename", "move", "merge", "split", "dissolve"};
  if (!kinds.count(r.kind)) fail("kind", "Loại thay đổi không hợp lệ.");
  auto d = Date::parse(r.date);
  if (!d) fail("date", "Ngày hiệu lực không hợp lệ.");
  if (bad) return err;
  EventPlan plan;
  plan.request = r;
  plan.day_before = d->add_days(-1).str();
  const std::string& date = r.date;

  std::set<int64_t> ending(r.unit_ids.begin(), r.unit_ids.end());
  if (ending.size() != r.unit_ids.size()) fail("unit_ids", "Một đơn vị được chọn hai lần.");
  std::string why;
  for (int64_t id : r.unit_ids) {
    if (!org.exists(id)) fail("unit_ids", "Không tìm thấy đơn vị #" + std::to_string(id) + ".");
    else if (!changeable(org, id, date, plan.day_before, &why)) fail("unit_ids", org.latest(id)->name + ": " + why);
  }
  size_t n = r.unit_ids.size();
  bool structural = r.kind == "merge" || r.kind == "split" || r.kind == "dissolve";
  if ((r.kind == "rename" || r.kind == "move" || r.kind == "split") && n != 1) fail("unit_ids", "Chọn đúng một đơn vị.");
  if (r.kind == "merge" && n < 2) fail("unit_ids", "Chọn ít nhất hai đơn vị để sáp nhập.");
  if (r.kind == "dissolve" && n < 1) fail("unit_ids", "Chọn ít nhất một đơn vị.");
  for (int64_t s : r.successor_ids) {
    if (ending.count(s)) fail("successor_ids", "Đơn vị kế thừa không được nằm trong các đơn vị chấm dứt.");
    else if (!open_from(org, s, date)) fail("successor_ids", "Đơn vị kế thừa #" + std::to_string(s) + " không có hiệu lực từ ngày " + vn_date(date) + " trở đi.");
  }
  for (int64_t id : r.unit_ids)
    if (structural && org.exists(id))
      for (int64_t later : org.later_children(id, date))
        fail("unit_ids", org.latest(id)->name + ": " + org.latest(later)->name +
                             " được ghi là trực thuộc đơn vị này sau ngày " + vn_date(date) +
                             "; hãy sửa thay đổi đó trước.");
  if (r.new_unit) {
    const auto& nu = *r.new_unit;
    if (!structural) fail("new_unit", "Chỉ tạo đơn vị mới khi sáp nhập hoặc chia tách.");
    if (r.kind == "dissolve") fail("new_unit", "Giải thể không tạo đơn vị mới.");
    if (std::find(known_types.begin(), known_types.end(), nu.type) == known_types.end())
      fail("new_unit", "Loại đơn vị không hợp lệ.");
    if (nu.parent_id && (!open_from(org, *nu.parent_id, date) || ending.count(*nu.parent_id)))
      fail("new_unit", "Đơn vị cấp trên không có hiệu lực từ ngày này trở đi.");
  }
  size_t succ_count = r.successor_ids.size() + (r.new_unit ? 1 : 0);
  if (r.kind == "merge" && succ_count != 1) fail("successor_ids", "Sáp nhập cần đúng một đơn vị kế thừa (có sẵn hoặc tạo mới).");
  if (r.kind == "split" && succ_count < 2) fail("successor_ids", "Chia tách cần ít nhất hai đơn vị kế thừa.");
  if (r.kind == "rename" && (!r.name || r.name->empty())) fail("name", "Nhập tên mới.");
  if (r.kind != "rename" && r.name) fail("name", "Chỉ đổi tên khi loại thay đổi là đổi tên.");
  if (r.kind != "move" && r.parent_id)
    fail("parent_id", "Chỉ chọn đơn vị cấp trên mới khi loại thay đổi là chuyển đơn vị.");
  // A successor or a new parent below an ending unit would end up under itself.
  for (int64_t s : r.successor_ids)
    for (int64_t id : r.unit_ids)
      if (s != id && org.alive(s, date) && org.in_subtree(s, id, plan.day_before))
        fail("successor_ids", "Đơn vị kế thừa không được là đơn vị trực thuộc của đơn vị chấm dứt.");
  if (r.new_unit && r.new_unit->parent_id)
    for (int64_t id : r.unit_ids)
      if (org.in_subtree(*r.new_unit->parent_id, id, plan.day_before))
        fail("new_unit", "Đơn vị cấp trên của đơn vị mới không được là đơn vị trực thuộc của đơn vị chấm dứt.");
  if (r.kind == "move") {
    if (!r.parent_id) fail("parent_id", "Chọn đơn vị cấp trên mới.");
    else if (!open_from(org, *r.parent_id, date)) fail("parent_id", "Đơn vị cấp trên không có hiệu lực từ ngày này trở đi.");
    else if (n == 1 && org.in_subtree(*r.parent_id, r.unit_ids[0], date)) fail("parent_id", "Không thể chuyển một đơn vị vào dưới chính nó.");
  }
  if (bad) return err;

  int64_t id0 = r.unit_ids[0];
  const auto* v0 = org.version_at(id0, date);
  if (r.kind == "rename") {
    if (*r.name == v0->name) return Invalid().with_field("name", "Tên mới trùng tên hiện tại.");
    plan.changes.push_back({id0, v0->code, v0->name, "renamed", "Đổi tên thành \"" + *r.name + "\" từ " + vn_date(date)});
    return plan;
  }
  if (r.kind == "move") {
    const auto* p = org.version_at(*r.parent_id, date);
    plan.changes.push_back({id0, v0->code, v0->name, "moved", "Chuyển về trực thuộc " + p->name + " từ " + vn_date(date)});
    return plan;
  }
  for (int64_t id : r.unit_ids) {
    const auto* v = org.version_at(id, date);
    plan.changes.push_back({id, v->code, v->name, "ends", "Chấm dứt hoạt động sau ngày " + vn_date(plan.day_before)});
  }
  if (r.new_unit)
    plan.changes.push_back({0, r.new_unit->code, r.new_unit->name, "starts", "Thành lập mới từ " + vn_date(date)});
  for (int64_t s : r.successor_ids) {
    const auto* v = org.version_at(s, date);
    plan.changes.push_back({s, v->code, v->name, "starts", "Kế thừa dữ liệu từ " + vn_date(date)});
  }
  // Children of ending units move to the first successor.
  int64_t target = r.new_unit ? 0 : (r.successor_ids.empty() ? -1 : r.successor_ids[0]);
  std::string target_name = r.new_unit ? r.new_unit->name
                                       : (target > 0 ? org.version_at(target, date)->name : "");
  for (int64_t id : r.unit_ids) {
    for (int64_t child : org.subtree(id, date)) {
      if (child == id || ending.count(child)) continue;
      auto p = org.parent_at(child, date);
      if (!p || !ending.count(*p)) continue;
      if (target < 0)
        return Invalid().with_field("successor_ids", "Đơn vị bị giải thể còn đơn vị trực thuộc; chọn đơn vị tiếp nhận.");
      std::string cwhy;
      if (!changeable(org, child, date, plan.day_before, &cwhy))
        return Invalid().with_field("unit_ids", org.latest(child)->name + ": " + cwhy);
      const auto* cv = org.version_at(child, date);
      plan.children.push_back({child, cv->code, cv->name, p, target});
      plan.changes.push_back({child, cv->code, cv->name, "children_move", "Chuyển về trực thuộc " + target_name});
    }
  }
  return plan;
}

}  // namespace atgt
