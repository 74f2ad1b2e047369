// In-memory organisation queries.
#include "domain/org.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_set>

#include "base/time.h"

namespace atgt {

OrgIndex::OrgIndex(std::vector<model::UnitVersion> versions,
                   std::vector<model::Succession> successions,
                   std::unordered_map<std::string, std::string> type_sides)
    : type_sides_(std::move(type_sides)) {
  std::set<std::string> dates;
  for (auto& v : versions) {
    dates.insert(v.valid_from);
    if (v.valid_to) {
      auto d = Date::parse(*v.valid_to);
      if (d) dates.insert(d->add_days(1).str());
    }
    by_unit_[v.unit_id].push_back(std::move(v));
  }
  for (auto& [id, vs] : by_unit_)
    std::sort(vs.begin(), vs.end(), [](const auto& a, const auto& b) { return a.valid_from < b.valid_from; });
  for (const auto& s : successions) {
    forward_[s.from].push_back(s);
    backward_[s.to].push_back(s);
  }
  change_dates_.assign(dates.begin(), dates.end());
}

const model::UnitVersion* OrgIndex::version_at(int64_t unit, const std::string& date) const {
  auto it = by_unit_.find(unit);
  if (it == by_unit_.end()) return nullptr;
  for (const auto& v : it->second)
    if (v.valid_from <= date && (!v.valid_to || *v.valid_to >= date)) return &v;
  return nullptr;
}

const model::UnitVersion* OrgIndex::latest(int64_t unit) const {
  auto it = by_unit_.find(unit);
  if (it == by_unit_.end() || it->second.empty()) return nullptr;
  return &it->second.back();
}

std::optional<int64_t> OrgIndex::parent_at(int64_t unit, const std::string& date) const {
  const auto* v = version_at(unit, date);
  if (!v) return std::nullopt;
  return v->parent_id;
}

bool OrgIndex::in_subtree(int64_t unit, int64_t root, const std::string& date) const {
  int64_t cur = unit;
  for (int depth = 0; depth < 64; ++depth) {
    if (!alive(cur, date)) return false;
    if (cur == root) return true;
    auto p = parent_at(cur, date);
    if (!p) return false;
    cur = *p;
  }
  return false;
}

std::vector<int64_t> OrgIndex::subtree(int64_t root, const std::string& date) const {
  std::unordered_map<int64_t, std::vector<int64_t>> children;
  for (const auto& [id, vs] : by_unit_) {
    auto p = parent_at(id, date);
    if (p) children[*p].push_back(id);
  }
  std::vector<int64_t> out;
  if (!alive(root, date)) return out;
  std::unordered_set<int64_t> seen{root};  // a cycle in the data must not loop
  std::vector<int64_t> stack{root};
  while (!stack.empty()) {
    int64_t u = stack.back();
    stack.pop_back();
    out.push_back(u);
    auto it = children.find(u);
    if (it == children.end()) continue;
    for (int64_t c : it->second)
      if (seen.insert(c).second) stack.push_back(c);
  }
  return out;
}

std::vector<int64_t> OrgIndex::subtree_in_period(int64_t root, const std::string& from,
                                                 const std::string& to) const {
  std::set<int64_t> all;
  auto add = [&](const std::string& d) {
    for (auto id : subtree(root, d)) all.insert(id);
  };
  add(from);
  for (const auto& d : change_dates_)
    if (d > from && d <= to) add(d);
  return {all.begin(), all.end()};
}

std::vector<int64_t> OrgIndex::successors_as_of(int64_t unit, const std::string& date) const {
  std::vector<int64_t> out;
  std::unordered_set<int64_t> seen{unit};
  std::vector<int64_t> stack{unit};
  while (!stack.empty()) {
    int64_t u = stack.back();
    stack.pop_back();
    if (alive(u, date)) {
      out.push_back(u);
      continue;
    }
    auto it = forward_.find(u);
    if (it == forward_.end()) continue;
    for (const auto& s : it->second)
      if (s.date <= date && seen.insert(s.to).second) stack.push_back(s.to);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<int64_t> OrgIndex::predecessors(int64_t unit) const {
  std::vector<int64_t> out;
  std::unordered_set<int64_t> seen{unit};
  std::vector<int64_t> stack{unit};
  while (!stack.empty()) {
    int64_t u = stack.back();
    stack.pop_back();
    auto it = backward_.find(u);
    if (it == backward_.end()) continue;
    for (const auto& s : it->second)
      if (seen.insert(s.from).second) {
        out.push_back(s.from);
        stack.push_back(s.from);
      }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<model::Succession> OrgIndex::links_into(int64_t unit) const {
  auto it = backward_.find(unit);
  return it == backward_.end() ? std::vector<model::Succession>{} : it->second;
}

std::vector<int64_t> OrgIndex::all_units() const {
  std::vector<int64_t> out;
  out.reserve(by_unit_.size());
  for (const auto& [id, vs] : by_unit_) out.push_back(id);
  std::sort(out.begin(), out.end());
  return out;
}

std::string OrgIndex::side_of(int64_t unit, const std::string& date) const {
  const auto* v = version_at(unit, date);
  if (!v) v = latest(unit);
  if (!v) return "";
  auto it = type_sides_.find(v->type);
  return it == type_sides_.end() ? "" : it->second;
}

std::vector<int64_t> OrgIndex::later_children(int64_t unit, const std::string& date) const {
  std::vector<int64_t> out;
  for (const auto& [id, vs] : by_unit_)
    for (const auto& v : vs)
      if (v.parent_id == unit && v.valid_from > date) {
        out.push_back(id);
        break;
      }
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<std::string> OrgIndex::last_day(int64_t unit) const {
  const auto* v = latest(unit);
  if (!v) return std::nullopt;
  return v->valid_to;
}

std::vector<int64_t> OrgIndex::cycle_at(const std::string& date) const {
  // Colour walk over the parent function of the day: 1 = on the current path, 2 = done.
  std::unordered_map<int64_t, int> colour;
  for (const auto& [start, vs] : by_unit_) {
    if (colour.count(start) || !alive(start, date)) continue;
    std::vector<int64_t> path;
    int64_t cur = start;
    while (true) {
      auto c = colour.find(cur);
      if (c != colour.end()) {
        if (c->second == 1) {  // back on the current path: the cycle is its tail from cur
          auto from = std::find(path.begin(), path.end(), cur);
          std::vector<int64_t> cycle(from, path.end());
          std::sort(cycle.begin(), cycle.end());
          return cycle;
        }
        break;
      }
      colour[cur] = 1;
      path.push_back(cur);
      auto p = parent_at(cur, date);
      if (!p || !alive(*p, date)) break;
      cur = *p;
    }
    for (int64_t u : path) colour[u] = 2;
  }
  return {};
}

std::vector<OrgIndex::Problem> OrgIndex::integrity_problems(const std::string& from) const {
  std::vector<Problem> out;
  std::vector<std::string> days{from};
  for (const auto& d : change_dates_)
    if (d > from) days.push_back(d);
  std::set<std::vector<int64_t>> reported;
  for (const auto& d : days) {
    auto cycle = cycle_at(d);
    if (cycle.empty() || !reported.insert(cycle).second) continue;
    std::string names;
    for (int64_t u : cycle) names += (names.empty() ? "" : ", ") + latest(u)->name;
    out.push_back({"cycle", cycle.front(), d, "Vòng lặp cấp trên – cấp dưới giữa: " + names + "."});
  }
  for (const auto& [id, vs] : by_unit_) {
    for (size_t i = 0; i + 1 < vs.size(); ++i)
      if (!vs[i].valid_to || *vs[i].valid_to >= vs[i + 1].valid_from)
        out.push_back({"overlap", id, vs[i + 1].valid_from,
                       vs[i].name + ": hai phiên bản cùng có hiệu lực từ " + vs[i + 1].valid_from + "."});
    for (const auto& v : vs) {
      if (!v.parent_id) continue;
      if (!exists(*v.parent_id))
        out.push_back({"dangling_parent", id, v.valid_from,
                       v.name + ": đơn vị cấp trên #" + std::to_string(*v.parent_id) + " không tồn tại."});
      else if (!alive(*v.parent_id, v.valid_from))
        out.push_back({"dangling_parent", id, v.valid_from,
                       v.name + ": đơn vị cấp trên không có hiệu lực vào ngày " + v.valid_from + "."});
      else if (!alive(*v.parent_id, v.valid_to.value_or("9999-12-31")))
        out.push_back({"dangling_parent", id, v.valid_to.value_or(v.valid_from),
                       v.name + ": đơn vị cấp trên chấm dứt trước đơn vị này."});
    }
  }
  for (const auto& [fromu, links] : forward_)
    for (const auto& s : links)
      if (!exists(s.from) || !exists(s.to))
        out.push_back({"dangling_link", exists(s.from) ? s.from : s.to, s.date,
                       "Liên kết kế thừa #" + std::to_string(s.from) + " → #" + std::to_string(s.to) +
                           " trỏ tới đơn vị không tồn tại."});
  std::sort(out.begin(), out.end(), [](const Problem& a, const Problem& b) {
    return std::tie(a.date, a.kind, a.unit) < std::tie(b.date, b.kind, b.unit);
  });
  return out;
}

}  // namespace atgt
