#include "domain/org_changes.h"

#include <algorithm>

#include "base/text.h"

namespace atgt {
namespace {

void sort_by_name(std::vector<UnitChange>& v) {
  std::vector<std::pair<std::string, UnitChange>> keyed;
  for (const auto& c : v) keyed.push_back({vi_sort_key((c.after ? c.after : c.before)->name), c});
  std::sort(keyed.begin(), keyed.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (size_t i = 0; i < v.size(); ++i) v[i] = keyed[i].second;
}

}  // namespace

OrgChanges changes_between(const OrgIndex& org, const std::string& from, const std::string& to) {
  OrgChanges out;
  for (int64_t u : org.all_units()) {
    const auto* a = org.version_at(u, from);
    const auto* b = org.version_at(u, to);
    if (!a && !b) continue;
    if (a && !b)
      out.ended.push_back({u, a, nullptr});
    else if (!a && b)
      out.started.push_back({u, nullptr, b});
    else {
      if (a->name != b->name) out.renamed.push_back({u, a, b});
      if (a->parent_id != b->parent_id) out.moved.push_back({u, a, b});
    }
  }
  for (auto* v : {&out.ended, &out.started, &out.renamed, &out.moved}) sort_by_name(*v);
  return out;
}

}  // namespace atgt
