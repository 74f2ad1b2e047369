// Property test of indicator roll-up: over random organisations (splits, merges, partial
// transfers, moves and closures of schools) and random records, in both views, the figure of every
// unit is the records it holds as its own (its own, and in the as-of view those of units that
// passed wholly to it) + its unallocated figure + its children's figures; the city's figure plus
// what no unit counts equals the sum over all records; and what no unit holds as its own is counted
// once, unallocated or outside. Fixed seed, many iterations.
#include <gtest/gtest.h>

#include <random>

#include "domain/indicators.h"

namespace atgt::indicators {
namespace {

struct RandomOrg {
  std::vector<model::UnitVersion> versions;
  std::vector<model::Succession> links;
  std::vector<std::string> record_dates;
};

// Change days and the day before each.
const std::vector<std::pair<std::string, std::string>> kChanges = {{"2024-01-01", "2023-12-31"},
                                                                   {"2024-07-01", "2024-06-30"},
                                                                   {"2025-01-01", "2024-12-31"},
                                                                   {"2025-07-01", "2025-06-30"},
                                                                   {"2026-01-01", "2025-12-31"}};

RandomOrg random_org(std::mt19937& rng) {
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  std::map<int64_t, model::UnitVersion> open;
  std::set<int64_t> offices;
  RandomOrg out;
  int64_t next = 1;
  auto create = [&](std::optional<int64_t> parent, const std::string& from, bool office) {
    model::UnitVersion v;
    v.unit_id = next++;
    v.code = "U" + std::to_string(v.unit_id);
    v.name = v.code;
    v.type = office ? "O" : "S";
    v.parent_id = parent;
    v.valid_from = from;
    open[v.unit_id] = v;
    if (office) offices.insert(v.unit_id);
    return v.unit_id;
  };
  auto end = [&](int64_t u, const std::string& last) {
    auto v = open.at(u);
    v.valid_to = last;
    out.versions.push_back(v);
    open.erase(u);
  };
  auto move = [&](int64_t u, int64_t parent, const std::string& from, const std::string& last) {
    if (open.at(u).valid_from == from) {
      open.at(u).parent_id = parent;
      return;
    }
    auto v = open.at(u);
    end(u, last);
    v.valid_from = from;
    v.valid_to.reset();
    v.parent_id = parent;
    open[u] = v;
  };
  auto open_of = [&](bool office, const std::string& not_created_on) {
    std::vector<int64_t> ids;
    for (const auto& [id, v] : open)
      if (id != 1 && offices.count(id) == static_cast<size_t>(office) &&
          v.valid_from != not_created_on)
        ids.push_back(id);
    return ids;
  };
  auto children = [&](int64_t p) {
    std::vector<int64_t> ids;
    for (const auto& [id, v] : open)
      if (v.parent_id == p) ids.push_back(id);
    return ids;
  };
  const std::string since = model::kSinceEver;
  create(std::nullopt, since, true);  // the city, always there
  int n_offices = 2 + pick(4);
  for (int i = 0; i < n_offices; ++i) {
    auto offs = open_of(true, "");
    int64_t parent = offs.empty() || pick(5) != 0
                         ? 1
                         : offs[static_cast<size_t>(pick(static_cast<int>(offs.size())))];
    create(parent, since, true);
  }
  int n_schools = 2 + pick(14);
  for (int i = 0; i < n_schools; ++i) {
    auto offs = open_of(true, "");
    create(offs[static_cast<size_t>(pick(static_cast<int>(offs.size())))], since, false);
  }
  for (const auto& [day, last] : kChanges) {
    int events = pick(4);
    for (int e = 0; e < events; ++e) {
      auto offs = open_of(true, day);
      auto schools = open_of(false, day);
      auto any = [&](const std::vector<int64_t>& v) {
        return v[static_cast<size_t>(pick(static_cast<int>(v.size())))];
      };
      int kind = pick(5);
      if (kind == 0 && !offs.empty()) {  // split an office
        int64_t o = any(offs);
        int64_t parent = *open.at(o).parent_id;
        std::vector<int64_t> parts;
        int k = 2 + pick(2);
        for (int i = 0; i < k; ++i) parts.push_back(create(parent, day, true));
        for (int64_t c : children(o)) move(c, parts[static_cast<size_t>(pick(k))], day, last);
        for (int64_t p : parts) out.links.push_back({o, p, day, pick(4) != 0});
        end(o, last);
      } else if (kind == 1 && offs.size() >= 2) {  // merge two offices into a new one
        int64_t a = any(offs), b = any(offs);
        if (a == b) continue;
        int64_t m = create(1, day, true);
        for (int64_t x : {a, b}) {
          for (int64_t c : children(x))
            if (c != a && c != b) move(c, m, day, last);
        }
        for (int64_t x : {a, b}) {
          out.links.push_back({x, m, day, pick(5) == 0});
          end(x, last);
        }
      } else if (kind == 2 && offs.size() >= 2 && !schools.empty()) {  // partial transfer
        int64_t s = any(schools);
        int64_t from = *open.at(s).parent_id, to = any(offs);
        if (from == to || from == 1) continue;
        move(s, to, day, last);
        out.links.push_back({from, to, day, true});
      } else if (kind == 3 && !schools.empty() && !offs.empty()) {  // a school moves
        move(any(schools), any(offs), day, last);
      } else if (kind == 4 && schools.size() >= 2) {  // a school closes, maybe into another
        int64_t s = any(schools), t = any(schools);
        if (s != t && pick(2) == 0) out.links.push_back({s, t, day, false});
        end(s, last);
      }
    }
  }
  for (auto& [id, v] : open) out.versions.push_back(v);
  out.record_dates = {"2023-10-01", "2024-03-01", "2024-09-01",
                      "2025-03-01", "2025-09-01", "2026-03-01"};
  for (const auto& [day, last] : kChanges) {
    out.record_dates.push_back(day);
    out.record_dates.push_back(last);
  }
  return out;
}

Computation comp(const char* json) {
  auto c = parse_computation_text(json);
  EXPECT_TRUE(c.ok());
  return *c;
}

// The weight of a record in a count or sum computation over violations.
double weight(const Record& r, const Computation& c) {
  for (const auto& [f, accepted] : c.where) {
    auto v = r.fields.find(f);
    if (v == r.fields.end() ||
        std::find(accepted.begin(), accepted.end(), v->second) == accepted.end())
      return 0;
  }
  if (c.op == Op::kCount) return 1;
  auto v = r.fields.find(c.field);
  return v == r.fields.end() ? 0 : std::get<double>(v->second);
}

// Checks the additive properties of `c` over `records` in one view on the tree of `day` (the
// as-of date, or the one date every record has in the time view).
// The unit alive on `day` that holds the records of `u` as its own: `u` itself, or in the as-of
// view the end of a chain of single whole successions from an ended unit; nullopt when none.
std::optional<int64_t> holder(const OrgIndex& org, const std::vector<model::Succession>& links,
                              int64_t u, const std::string& day, View view, int depth = 0) {
  if (org.alive(u, day)) return u;
  auto last = org.last_day(u);
  if (view == View::kTime || depth > 20 || !last || *last >= day) return std::nullopt;
  std::vector<int64_t> whole;
  for (const auto& s : links)
    if (s.from == u && s.date <= day && !s.partial) whole.push_back(s.to);
  if (whole.size() != 1) return std::nullopt;
  return holder(org, links, whole[0], day, view, depth + 1);
}

void check_view(const OrgIndex& org, const std::vector<model::Succession>& links,
                const std::vector<Record>& records, const Computation& c, ViewSpec view,
                const std::string& day) {
  std::map<std::string, std::vector<Record>> by_source{{"violations", records}};
  Evaluator ev({}, org, by_source, view);
  double all = 0, held_by_none = 0;
  std::map<int64_t, double> own;
  for (const auto& r : records) {
    all += weight(r, c);
    if (auto h = holder(org, links, r.unit_id, day, view.view))
      own[*h] += weight(r, c);
    else
      held_by_none += weight(r, c);
  }
  std::map<int64_t, double> child_sum;
  std::map<int64_t, Figure> fig;
  double unallocated = 0;
  for (int64_t u : org.all_units()) {
    auto f = ev.figure_of(c, u);
    ASSERT_TRUE(f.ok());
    fig[u] = *f;
    if (!org.alive(u, day)) {
      EXPECT_EQ(*f->value, 0) << "unit " << u << " not alive on " << day;
      continue;
    }
    if (auto p = org.parent_at(u, day)) child_sum[*p] += *f->value;
  }
  for (int64_t u : org.all_units()) {
    if (!org.alive(u, day)) continue;
    const Figure& f = fig[u];
    ASSERT_TRUE(f.value && f.unallocated);
    EXPECT_GE(*f.unallocated, 0);
    EXPECT_LE(*f.unallocated, *f.value);
    unallocated += *f.unallocated;
    if (view.view == View::kTime) EXPECT_EQ(*f.unallocated, 0);
    EXPECT_NEAR(*f.value, own[u] + *f.unallocated + child_sum[u], 1e-9)
        << "unit " << u << " on " << day << ": own " << own[u] << ", unallocated " << *f.unallocated
        << ", children " << child_sum[u];
  }
  auto outside = ev.outside(c);
  ASSERT_TRUE(outside.ok());
  EXPECT_NEAR(*fig[1].value + *outside, all, 1e-9) << "the city plus outside, on " << day;
  // What no unit holds as its own is either unallocated somewhere or outside, once.
  EXPECT_NEAR(unallocated + *outside, held_by_none, 1e-9) << day;
}

TEST(IndicatorProperty, ChildrenAddUpToParentsAndTheCityToItsRecords) {
  std::mt19937 rng(20251231);
  const std::vector<Computation> comps = {
      comp(R"({"count":{"source":"violations"}})"),
      comp(R"({"count":{"source":"violations","where":{"behaviour":["helmet"]}}})"),
      comp(R"({"sum":{"source":"violations","field":"repeat"}})")};
  const std::vector<std::string> as_of_days = {"2023-12-31", "2024-07-01", "2025-06-30",
                                               "2025-07-01", "2026-06-30", "2030-01-01"};
  int unallocated_seen = 0;
  for (int iter = 0; iter < 400; ++iter) {
    SCOPED_TRACE("iteration " + std::to_string(iter));
    RandomOrg g = random_org(rng);
    OrgIndex org(g.versions, g.links);
    ASSERT_TRUE(org.integrity_problems().empty())
        << org.integrity_problems().front().kind << " " << org.integrity_problems().front().detail;
    auto units = org.all_units();
    std::vector<Record> records;
    int n = 20 + static_cast<int>(rng() % 200);
    for (int i = 0; i < n; ++i) {
      Record r;
      r.date = g.record_dates[rng() % g.record_dates.size()];
      std::vector<int64_t> alive;
      for (int64_t u : units)
        if (org.alive(u, r.date)) alive.push_back(u);
      bool stray = rng() % 20 == 0;  // an owner not alive on the record's date
      const auto& from = stray || alive.empty() ? units : alive;
      r.unit_id = from[rng() % from.size()];
      r.fields["behaviour"] = std::string(rng() % 2 ? "helmet" : "phone");
      r.fields["repeat"] = static_cast<double>(rng() % 3);
      records.push_back(std::move(r));
    }
    for (const auto& c : comps) {
      for (const auto& day : as_of_days) {
        check_view(org, g.links, records, c, {View::kAsOf, day}, day);
        std::map<std::string, std::vector<Record>> src{{"violations", records}};
        Evaluator ev({}, org, src, {View::kAsOf, day});
        auto f = ev.figure_of(c, 1);
        if (f.ok() && f->unallocated && *f->unallocated > 0) ++unallocated_seen;
      }
      // The time view, one record date at a time (on each day the tree is one tree), and the
      // whole set as the sum of its days.
      std::map<std::string, std::vector<Record>> by_day;
      for (const auto& r : records) by_day[r.date].push_back(r);
      std::map<int64_t, double> sum_of_days;
      for (const auto& [day, recs] : by_day) {
        check_view(org, g.links, recs, c, {View::kTime, ""}, day);
        std::map<std::string, std::vector<Record>> src{{"violations", recs}};
        Evaluator ev({}, org, src, {View::kTime, ""});
        for (int64_t u : units) sum_of_days[u] += **ev.evaluate(c, u);
      }
      std::map<std::string, std::vector<Record>> src{{"violations", records}};
      Evaluator ev({}, org, src, {View::kTime, ""});
      for (int64_t u : units) EXPECT_NEAR(**ev.evaluate(c, u), sum_of_days[u], 1e-9);
    }
    if (HasFailure()) break;
  }
  // The generator must reach the interesting case (splits whose own records are unallocated).
  EXPECT_GT(unallocated_seen, 50);
}

}  // namespace
}  // namespace atgt::indicators
