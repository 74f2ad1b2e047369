// Indicator evaluation in the two views (indicators.h): records grouped by owner once, placed
// on the tree of the view, rolled up children before parents.
#include <algorithm>
#include <unordered_set>

#include "domain/indicators.h"

namespace atgt::indicators {
namespace json = boost::json;
namespace {

constexpr int kMaxDepth = 32;

std::string key_text(const FieldValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return "s:" + *s;
  return "n:" + json::serialize(json::value(std::get<double>(v)));
}

bool matches(const Record& r, const Computation& c) {
  for (const auto& [f, accepted] : c.where) {
    auto v = r.fields.find(f);
    if (v == r.fields.end() ||
        std::find(accepted.begin(), accepted.end(), v->second) == accepted.end())
      return false;
  }
  return true;
}

// Accumulators: a sum, or a set of distinct keys.
using Keys = std::unordered_set<std::string>;
void merge(double& into, const double& x) {
  into += x;
}
void merge(Keys& into, const Keys& x) {
  into.insert(x.begin(), x.end());
}
double size_of(const double& x) {
  return x;
}
double size_of(const Keys& x) {
  return static_cast<double>(x.size());
}

// Adds the record's contribution to `acc`; false when the record contributes nothing (a sum or
// distinct count over a field the record lacks).
bool add(double& acc, const Record& r, const Computation& c) {
  if (c.op == Op::kCount) {
    acc += 1;
    return true;
  }
  auto v = r.fields.find(c.field);
  if (v == r.fields.end()) return false;
  if (const auto* d = std::get_if<double>(&v->second)) acc += *d;
  return true;
}
bool add(Keys& acc, const Record& r, const Computation& c) {
  auto v = r.fields.find(c.field);
  if (v == r.fields.end()) return false;
  acc.insert(key_text(v->second));
  return true;
}

}  // namespace

std::string view_name(View v) {
  return v == View::kAsOf ? "as_of" : "time";
}

std::optional<View> parse_view(std::string_view name) {
  if (name == "time") return View::kTime;
  if (name == "as_of") return View::kAsOf;
  return std::nullopt;
}

// The tree of one day over the dense unit indices.
struct Evaluator::Tree {
  std::vector<int> parent;  // -1: a root, or not alive that day
  std::vector<char> alive;
  std::vector<int> depth;
  std::vector<int> order;  // alive units, deepest first: children before their parents

  int lca(int a, int b) const {
    while (a != b && a >= 0 && b >= 0) {
      if (depth[a] >= depth[b])
        a = parent[a];
      else
        b = parent[b];
    }
    return a == b ? a : -1;
  }
};

// One computation (not a ratio) for every unit: what it counts and what of that is unallocated.
struct Evaluator::Table {
  std::vector<double> total, unallocated;
  double outside = 0;
};

Evaluator::Evaluator(const std::vector<Indicator>& catalogue, const OrgIndex& org,
                     const std::map<std::string, std::vector<Record>>& records, ViewSpec view)
    : org_(org), records_(records), view_(std::move(view)) {
  for (const auto& i : catalogue) by_code_[i.code] = &i;
  ids_ = org_.all_units();
  for (size_t i = 0; i < ids_.size(); ++i) {
    index_[ids_[i]] = static_cast<int>(i);
    if (view_.view == View::kAsOf)
      for (auto& s : org_.links_into(ids_[i])) forward_[s.from].push_back(s);
  }
}

Evaluator::~Evaluator() = default;

const Evaluator::Tree& Evaluator::tree_at(const std::string& date) {
  auto it = trees_.find(date);
  if (it != trees_.end()) return *it->second;
  auto t = std::make_unique<Tree>();
  size_t n = ids_.size();
  t->parent.assign(n, -1);
  t->alive.assign(n, 0);
  t->depth.assign(n, 0);
  std::vector<std::optional<int64_t>> parent_id(n);
  for (size_t i = 0; i < n; ++i)
    if (const auto* v = org_.version_at(ids_[i], date)) {
      t->alive[i] = 1;
      parent_id[i] = v->parent_id;
    }
  for (size_t i = 0; i < n; ++i) {
    if (!t->alive[i] || !parent_id[i]) continue;
    auto p = index_.find(*parent_id[i]);
    if (p != index_.end() && t->alive[static_cast<size_t>(p->second)]) t->parent[i] = p->second;
  }
  // Depths, cutting any parent cycle (a broken registry must still answer finitely).
  std::vector<char> state(n, 0);  // 0 new, 1 on the current path, 2 done
  std::vector<int> path;
  int max_depth = 0;
  for (size_t s = 0; s < n; ++s) {
    if (!t->alive[s] || state[s]) continue;
    path.clear();
    int cur = static_cast<int>(s);
    while (cur >= 0 && state[static_cast<size_t>(cur)] == 0) {
      state[static_cast<size_t>(cur)] = 1;
      path.push_back(cur);
      cur = t->parent[static_cast<size_t>(cur)];
    }
    int base = -1;
    if (cur >= 0 && state[static_cast<size_t>(cur)] == 1)
      t->parent[static_cast<size_t>(path.back())] = -1;  // cut the cycle
    else if (cur >= 0)
      base = t->depth[static_cast<size_t>(cur)];
    for (auto j = path.rbegin(); j != path.rend(); ++j) {
      t->depth[static_cast<size_t>(*j)] = ++base;
      state[static_cast<size_t>(*j)] = 2;
      max_depth = std::max(max_depth, base);
    }
  }
  std::vector<std::vector<int>> by_depth(static_cast<size_t>(max_depth) + 1);
  for (size_t i = 0; i < n; ++i)
    if (t->alive[i]) by_depth[static_cast<size_t>(t->depth[i])].push_back(static_cast<int>(i));
  for (auto d = by_depth.rbegin(); d != by_depth.rend(); ++d)
    t->order.insert(t->order.end(), d->begin(), d->end());
  return *trees_.emplace(date, std::move(t)).first->second;
}

std::pair<int, bool> Evaluator::place(int64_t owner) {
  auto it = places_.find(owner);
  if (it != places_.end()) return it->second;
  std::vector<int64_t> path;
  auto p = place_rec(owner, path);
  places_.emplace(owner, p);
  return p;
}

std::pair<int, bool> Evaluator::place_rec(int64_t u, std::vector<int64_t>& path) {
  const Tree& t = tree_at(view_.date);
  auto ix = index_.find(u);
  if (ix == index_.end()) return {-1, false};
  if (t.alive[static_cast<size_t>(ix->second)]) return {ix->second, true};
  // Not alive on D: only a unit that ended before D has successors or a last parent to go to (one
  // that starts after D, or is between versions on D, is outside the structure of D).
  auto last = org_.last_day(u);
  if (!last || *last >= view_.date) return {-1, false};
  if (std::find(path.begin(), path.end(), u) != path.end()) return {-1, false};  // a link cycle
  path.push_back(u);
  std::vector<const model::Succession*> links, whole;
  if (auto f = forward_.find(u); f != forward_.end())
    for (const auto& s : f->second)
      if (s.date <= view_.date) {
        links.push_back(&s);
        if (!s.partial) whole.push_back(&s);
      }
  std::pair<int, bool> out{-1, false};
  if (whole.size() == 1) {
    out = place_rec(whole[0]->to, path);
  } else {
    // Split, passed in parts, or closed: the nearest unit that surely holds the record.
    std::vector<int64_t> candidates;
    for (const auto* s : links) candidates.push_back(s->to);
    if (auto p = org_.parent_at(u, *last)) candidates.push_back(*p);
    int anchor = -1;
    bool lost = candidates.empty();
    for (size_t k = 0; k < candidates.size() && !lost; ++k) {
      auto [a, allocated] = place_rec(candidates[k], path);
      if (a < 0)
        lost = true;
      else
        anchor = k == 0 ? a : t.lca(anchor, a);
      if (anchor < 0) lost = true;
    }
    out = {lost ? -1 : anchor, false};
  }
  path.pop_back();
  return out;
}

namespace {

// Groups matching records and rolls them up; A is double (count, sum) or Keys (distinct).
template <class A, class TreeT, class TreeAt, class Place>
void roll(const std::vector<Record>& recs, const Computation& c, View view,
          const std::vector<std::string>& change_dates,
          const std::unordered_map<int64_t, int>& index, size_t n, TreeAt tree_at, Place place,
          std::vector<double>& total_out, std::vector<double>& unalloc_out, double& outside_out) {
  std::vector<A> total(n), unalloc(n);
  A outside{};
  auto roll_up = [&](const TreeT& t, std::vector<A>& v) {
    for (int i : t.order)
      if (int p = t.parent[static_cast<size_t>(i)]; p >= 0)
        merge(v[static_cast<size_t>(p)], v[static_cast<size_t>(i)]);
  };
  if (view == View::kAsOf) {
    std::unordered_map<int64_t, A> by_owner;
    for (const auto& r : recs) {
      if (!matches(r, c)) continue;
      A one{};
      if (add(one, r, c)) merge(by_owner[r.unit_id], one);
    }
    for (const auto& [owner, acc] : by_owner) {
      auto [anchor, allocated] = place(owner);
      if (anchor < 0) {
        merge(outside, acc);
        continue;
      }
      merge(total[static_cast<size_t>(anchor)], acc);
      if (!allocated) merge(unalloc[static_cast<size_t>(anchor)], acc);
    }
    roll_up(tree_at(std::string()), total);
  } else {
    // Stretches of days with one tree: stretch k >= 1 starts on change_dates[k - 1]; stretch 0
    // lies before every unit's first day.
    std::map<size_t, std::unordered_map<int64_t, A>> by_stretch;
    for (const auto& r : recs) {
      if (!matches(r, c)) continue;
      A one{};
      if (!add(one, r, c)) continue;
      auto k =
          static_cast<size_t>(std::upper_bound(change_dates.begin(), change_dates.end(), r.date) -
                              change_dates.begin());
      if (k == 0)
        merge(outside, one);
      else
        merge(by_stretch[k][r.unit_id], one);
    }
    std::vector<A> part;
    for (const auto& [k, owners] : by_stretch) {
      const TreeT& t = tree_at(change_dates[k - 1]);
      part.assign(n, A{});
      for (const auto& [owner, acc] : owners) {
        auto ix = index.find(owner);
        if (ix == index.end() || !t.alive[static_cast<size_t>(ix->second)])
          merge(outside, acc);
        else
          merge(part[static_cast<size_t>(ix->second)], acc);
      }
      roll_up(t, part);
      for (size_t i = 0; i < n; ++i) merge(total[i], part[i]);
    }
  }
  total_out.resize(n);
  unalloc_out.resize(n);
  for (size_t i = 0; i < n; ++i) {
    total_out[i] = size_of(total[i]);
    unalloc_out[i] = size_of(unalloc[i]);
  }
  outside_out = size_of(outside);
}

}  // namespace

Result<const Evaluator::Table*> Evaluator::table(const std::string& key, const Computation& c) {
  auto it = tables_.find(key);
  if (it != tables_.end()) return it->second.get();
  auto t = std::make_unique<Table>();
  static const std::vector<Record> kNone;
  auto src = records_.find(c.source);
  const auto& recs = src == records_.end() ? kNone : src->second;
  auto tree_at = [&](const std::string& d) -> const Tree& {
    return this->tree_at(view_.view == View::kAsOf ? view_.date : d);
  };
  auto place = [&](int64_t owner) { return this->place(owner); };
  if (c.op == Op::kCountDistinct)
    roll<Keys, Tree>(recs, c, view_.view, org_.change_dates(), index_, ids_.size(), tree_at, place,
                     t->total, t->unallocated, t->outside);
  else
    roll<double, Tree>(recs, c, view_.view, org_.change_dates(), index_, ids_.size(), tree_at,
                       place, t->total, t->unallocated, t->outside);
  return tables_.emplace(key, std::move(t)).first->second.get();
}

Result<Figure> Evaluator::eval(const std::string& key, const Computation& c, int64_t unit,
                               int depth) {
  if (depth > kMaxDepth) return Invalid("Công thức các chỉ tiêu tham chiếu vòng tròn.");
  if (c.op == Op::kRatio) {
    auto part = [&](const std::string& code) -> Result<Figure> {
      auto it = by_code_.find(code);
      if (it == by_code_.end()) return NotFound("Không có chỉ tiêu mã " + code + ".");
      return eval("code:" + code, it->second->computation, unit, depth + 1);
    };
    ATGT_ASSIGN_OR_RETURN(auto num, part(c.numerator));
    ATGT_ASSIGN_OR_RETURN(auto den, part(c.denominator));
    if (!num.value || !den.value || *den.value == 0) return Figure{};
    return Figure{*num.value / *den.value * c.scale, std::nullopt};
  }
  ATGT_ASSIGN_OR_RETURN(const Table* t, table(key, c));
  auto ix = index_.find(unit);
  if (ix == index_.end()) return Figure{0.0, 0.0};
  auto i = static_cast<size_t>(ix->second);
  return Figure{t->total[i], t->unallocated[i]};
}

Result<Figure> Evaluator::figure(const std::string& code, int64_t unit) {
  auto it = by_code_.find(code);
  if (it == by_code_.end()) return NotFound("Không có chỉ tiêu mã " + code + ".");
  return eval("code:" + code, it->second->computation, unit, 0);
}

Result<Figure> Evaluator::figure_of(const Computation& c, int64_t unit) {
  return eval("json:" + json::serialize(computation_json(c)), c, unit, 0);
}

Result<std::optional<double>> Evaluator::value(const std::string& code, int64_t unit) {
  ATGT_ASSIGN_OR_RETURN(auto f, figure(code, unit));
  return f.value;
}

Result<std::optional<double>> Evaluator::evaluate(const Computation& c, int64_t unit) {
  ATGT_ASSIGN_OR_RETURN(auto f, figure_of(c, unit));
  return f.value;
}

Result<double> Evaluator::outside(const Computation& c) {
  if (c.op == Op::kRatio) return 0.0;
  ATGT_ASSIGN_OR_RETURN(const Table* t, table("json:" + json::serialize(computation_json(c)), c));
  return t->outside;
}

}  // namespace atgt::indicators
