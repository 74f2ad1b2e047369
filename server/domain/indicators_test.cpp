// Indicator engine tests: computation parsing and catalogue checks (table-driven), and the
// data-driven fixtures in tests/indicators/*.txt: an organisation, record rows and the expected
// value of catalogue indicators per unit in a view (format in tests/indicators/README.md). Every
// indicator of data/indicators.csv must have an expected value in at least one fixture.
#include "domain/indicators.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

namespace atgt::indicators {
namespace {
namespace fs = std::filesystem;

std::vector<Indicator> catalogue() {
  auto t = read_csv_file(std::string(ATGT_SOURCE_DIR) + "/data/indicators.csv");
  EXPECT_TRUE(t.ok()) << t.status().message();
  auto c = read_indicator_rows(*t);
  EXPECT_TRUE(c.ok()) << c.status().message()
                      << (c.ok() || c.status().rows().empty() ? "" : c.status().rows()[0].message);
  return c.ok() ? *c : std::vector<Indicator>{};
}

// One fixture file split into "== name" sections of CSV text.
struct Fixture {
  std::string path;
  std::vector<std::pair<std::string, CsvTable>> sections;
};

Fixture load_fixture(const fs::path& p) {
  std::ifstream in(p);
  Fixture f{p.filename().string(), {}};
  std::string line, name, body;
  auto flush = [&] {
    if (name.empty()) return;
    auto t = parse_csv(body);
    EXPECT_TRUE(t.ok()) << f.path << " [" << name << "]: " << t.status().message();
    if (t.ok()) f.sections.emplace_back(name, *t);
  };
  while (std::getline(in, line)) {
    if (line.rfind("#", 0) == 0 || line.empty()) continue;
    if (line.rfind("== ", 0) == 0) {
      flush();
      name = line.substr(3);
      body.clear();
      continue;
    }
    body += line + "\n";
  }
  flush();
  return f;
}

std::string cell(const CsvTable& t, const std::vector<std::string>& r, const char* col) {
  int i = t.column(col);
  return i < 0 ? std::string() : r[static_cast<size_t>(i)];
}

TEST(Indicators, CatalogueFileIsValid) {
  auto c = catalogue();
  EXPECT_GE(c.size(), 12u);
  std::set<std::string> rollups;
  for (const auto& i : c) rollups.insert(rollup_of(i.computation));
  EXPECT_EQ(rollups, (std::set<std::string>{"sum", "ratio", "distinct"}));
}

TEST(Indicators, FixturesComputeEveryCatalogueIndicator) {
  auto cat = catalogue();
  ASSERT_FALSE(cat.empty());
  std::set<std::string> covered;
  fs::path dir = fs::path(ATGT_SOURCE_DIR) / "tests" / "indicators";
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  for (const auto& file : files) {
    Fixture f = load_fixture(file);
    SCOPED_TRACE(f.path);
    std::map<std::string, int64_t> ids;
    std::vector<model::UnitVersion> versions;
    std::vector<model::Succession> successions;
    std::map<std::string, std::vector<Record>> records;
    auto id_of = [&](const std::string& code) {
      auto [it, added] = ids.emplace(code, static_cast<int64_t>(ids.size() + 1));
      return it->second;
    };
    for (const auto& [name, t] : f.sections) {
      if (name == "units") {
        for (const auto& r : t.rows) {
          model::UnitVersion v;
          v.code = cell(t, r, "code");
          v.unit_id = id_of(v.code);
          v.name = v.code;
          v.type = "T";
          if (auto p = cell(t, r, "parent"); !p.empty()) v.parent_id = id_of(p);
          if (auto from = cell(t, r, "valid_from"); !from.empty()) v.valid_from = from;
          if (auto to = cell(t, r, "valid_to"); !to.empty()) v.valid_to = to;
          versions.push_back(v);
        }
      } else if (name == "successions") {
        for (const auto& r : t.rows)
          successions.push_back({id_of(cell(t, r, "from")), id_of(cell(t, r, "to")),
                                 cell(t, r, "date"), cell(t, r, "partial") == "1"});
      } else if (name.rfind("records ", 0) == 0) {
        std::string source = name.substr(8);
        const SourceSpec* spec = find_source(source);
        ASSERT_NE(spec, nullptr) << "unknown source " << source;
        for (const auto& r : t.rows) {
          Record rec;
          rec.unit_id = id_of(cell(t, r, "unit"));
          rec.date = cell(t, r, "date");
          for (const auto& fs : spec->fields) {
            std::string v = cell(t, r, fs.name.c_str());
            if (v.empty()) continue;
            if (fs.type == FieldType::kNumber)
              rec.fields[fs.name] = std::stod(v);
            else
              rec.fields[fs.name] = v;
          }
          records[source].push_back(std::move(rec));
        }
      }
    }
    OrgIndex org(versions, successions);
    // "== expect" holds in both views (as of 9999-12-31: the current structure); "== expect time"
    // and "== expect as_of YYYY-MM-DD" in one view.
    std::map<std::string, std::unique_ptr<Evaluator>> evaluators;
    auto evaluator = [&](const std::string& view) -> Evaluator& {
      auto& e = evaluators[view];
      if (!e) {
        ViewSpec spec;
        if (view.rfind("as_of ", 0) == 0) spec = {View::kAsOf, view.substr(6)};
        e = std::make_unique<Evaluator>(cat, org, records, spec);
      }
      return *e;
    };
    size_t checked = 0;
    for (const auto& [name, t] : f.sections) {
      std::vector<std::string> views;
      if (name == "expect")
        views = {"time", "as_of 9999-12-31"};
      else if (name.rfind("expect ", 0) == 0)
        views = {name.substr(7)};
      else
        continue;
      for (const auto& view : views) {
        ASSERT_TRUE(view == "time" || view.rfind("as_of ", 0) == 0) << "unknown view " << view;
      }
      for (size_t k = 0; k < t.rows.size(); ++k) {
        const auto& r = t.rows[k];
        std::string code = cell(t, r, "indicator"), unit = cell(t, r, "unit"),
                    want = cell(t, r, "value"), want_unallocated = cell(t, r, "unallocated");
        for (const auto& view : views) {
          SCOPED_TRACE(code + " @ " + unit + " in view " + view + " (" + name + " row " +
                       std::to_string(k + 2) + ")");
          Evaluator& ev = evaluator(view);
          if (unit == "*outside*") {
            auto i = std::find_if(cat.begin(), cat.end(), [&](auto& x) { return x.code == code; });
            ASSERT_NE(i, cat.end());
            auto got = ev.outside(i->computation);
            ASSERT_TRUE(got.ok()) << got.status().message();
            EXPECT_NEAR(*got, std::stod(want), 1e-3);
          } else {
            ASSERT_TRUE(ids.count(unit)) << "unknown unit";
            auto got = ev.figure(code, ids.at(unit));
            ASSERT_TRUE(got.ok()) << got.status().message();
            if (want == "null") {
              EXPECT_FALSE(got->value.has_value()) << "got " << *got->value;
            } else {
              ASSERT_TRUE(got->value.has_value()) << "got null, want " << want;
              EXPECT_NEAR(*got->value, std::stod(want), 1e-3);
            }
            if (!want_unallocated.empty()) {
              ASSERT_TRUE(got->unallocated.has_value());
              EXPECT_NEAR(*got->unallocated, std::stod(want_unallocated), 1e-3);
            }
          }
        }
        covered.insert(code);
        ++checked;
      }
    }
    EXPECT_GT(checked, 0u) << "a fixture without expectations";
  }
  for (const auto& i : cat) EXPECT_TRUE(covered.count(i.code)) << "no fixture computes " << i.code;
}

struct BadComputation {
  const char* json;
  const char* field;  // the field key that must carry the message
};

TEST(Indicators, ComputationErrorsNameTheField) {
  const BadComputation cases[] = {
      {R"({"count":{"source":"khong_co"}})", "computation.count.source"},
      {R"({"sum":{"source":"violations","field":"legal_code"}})", "computation.sum.field"},
      {R"({"sum":{"source":"violations","field":"nope"}})", "computation.sum.field"},
      {R"({"count":{"source":"violations","where":{"nope":["x"]}}})",
       "computation.count.where.nope"},
      {R"({"count":{"source":"violations","where":{"repeat":["yes"]}}})",
       "computation.count.where.repeat"},
      {R"({"count":{"source":"violations","where":{"behaviour":[]}}})",
       "computation.count.where.behaviour"},
      {R"({"count_distinct":{"source":"activities"}})", "computation.count_distinct.field"},
      {R"({"ratio":{"numerator":"A","denominator":"B","scale":0}})", "computation.ratio.scale"},
      {R"({"ratio":{"numerator":"A"}})", "computation.ratio.denominator"},
      {R"({"count":{"source":"violations","extra":1}})", "computation.count.extra"},
      {R"({"median":{"source":"violations"}})", "computation"},
      {R"({"count":{"source":"violations"},"sum":{}})", "computation"},
      {R"([1])", "computation"},
      {R"(not json)", "computation"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.json);
    auto r = parse_computation_text(c.json);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().kind(), Kind::kInvalid);
    EXPECT_TRUE(r.status().fields().count(c.field))
        << (r.status().fields().empty() ? "" : r.status().fields().begin()->first);
  }
}

TEST(Indicators, CanonicalJsonRoundTrips) {
  auto c = parse_computation_text(
      R"({"count":{"where":{"repeat":[1],"behaviour":["helmet","phone"]},"source":"violations"}})");
  ASSERT_TRUE(c.ok());
  auto again = parse_computation(computation_json(*c));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(boost::json::serialize(computation_json(*again)),
            boost::json::serialize(computation_json(*c)));
  EXPECT_EQ(rollup_of(*c), "sum");
}

Indicator ind(std::string code, const char* json) {
  auto c = parse_computation_text(json);
  EXPECT_TRUE(c.ok());
  return {std::move(code), "Tên", "đv", c.ok() ? *c : Computation{}, {}, {}, 0};
}

TEST(Indicators, CatalogueRejectsMissingAndCyclicReferences) {
  std::vector<Indicator> missing = {
      ind("AA", R"({"count":{"source":"tasks"}})"),
      ind("RR", R"({"ratio":{"numerator":"AA","denominator":"ZZ"}})")};
  auto st = check_catalogue(missing);
  EXPECT_EQ(st.kind(), Kind::kInvalid);
  EXPECT_NE(st.message().find("ZZ"), std::string::npos);
  std::vector<Indicator> cyclic = {ind("AA", R"({"count":{"source":"tasks"}})"),
                                   ind("R1", R"({"ratio":{"numerator":"AA","denominator":"R2"}})"),
                                   ind("R2", R"({"ratio":{"numerator":"R1","denominator":"AA"}})")};
  st = check_catalogue(cyclic);
  EXPECT_EQ(st.kind(), Kind::kInvalid);
  EXPECT_NE(st.message().find("vòng tròn"), std::string::npos);
  std::vector<Indicator> dup = {ind("AA", R"({"count":{"source":"tasks"}})"),
                                ind("AA", R"({"count":{"source":"tasks"}})")};
  EXPECT_EQ(check_catalogue(dup).kind(), Kind::kInvalid);
  std::vector<Indicator> bad_code = {ind("a-1", R"({"count":{"source":"tasks"}})")};
  EXPECT_EQ(check_catalogue(bad_code).kind(), Kind::kInvalid);
}

TEST(Indicators, CatalogueCsvReportsRowAndColumn) {
  auto t = parse_csv(
      "code,name,unit,computation\nOK_1,Tên,đv,\"{\"\"count\"\":{\"\"source\"\":\"\"tasks\"\"}}"
      "\"\nbad,,đv,{}\n");
  ASSERT_TRUE(t.ok());
  auto r = read_indicator_rows(*t);
  ASSERT_FALSE(r.ok());
  std::set<std::string> cells;
  for (const auto& e : r.status().rows()) cells.insert(std::to_string(e.row) + ":" + e.column);
  EXPECT_EQ(cells, (std::set<std::string>{"3:code", "3:name", "3:computation"}));
}

}  // namespace
}  // namespace atgt::indicators
