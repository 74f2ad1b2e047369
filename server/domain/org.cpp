// In-memory organisation queries.
#include "domain/org.h"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "base/time.h"

namespace atgt {

OrgIndex::OrgIndex(std::vector<store::UnitVersion> versions,
                   std::vector<store::Succession> successions) {
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
    backward_[s.to].push_back(s.from);
  }
  change_dates_.assign(dates.begin(), dates.end());
}

const store::UnitVersion* OrgIndex::version_at(int64_t unit, const std::string& date) const {
  auto it = by_unit_.find(unit);
  if (it == by_unit_.end()) return nullptr;
  for (const auto& v : it->second)
    if (v.valid_from <= date && (!v.valid_to || *v.valid_to >= date)) return &v;
  return nullptr;
}

const store::UnitVersion* OrgIndex::latest(int64_t unit) const {
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
  std::vector<int64_t> stack{root};
  while (!stack.empty()) {
    int64_t u = stack.back();
    stack.pop_back();
    out.push_back(u);
    auto it = children.find(u);
    if (it != children.end()) stack.insert(stack.end(), it->second.begin(), it->second.end());
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
    for (auto p : it->second)
      if (seen.insert(p).second) {
        out.push_back(p);
        stack.push_back(p);
      }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace atgt
