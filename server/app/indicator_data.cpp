// Loading the indicator catalogue.
#include "app/indicator_data.h"

#include <boost/json.hpp>

#include "base/csv.h"
#include "base/time.h"
#include "domain/indicators.h"
#include "store/indicators_store.h"

namespace atgt::app {
namespace {

namespace json = boost::json;

// Computations the catalogue once shipped that could not work, by code: a database still holding
// one exactly (as loaded, not edited since) gets the computation of today's indicators.csv.
// The commitment counts counted every commitment record, signed or not, once the `commitments`
// source held one record per rostered student (signed 0/1).
struct Superseded {
  const char* code;
  const char* computation;
};
constexpr Superseded kSuperseded[] = {
    {"COMMITMENTS", R"({"count":{"source":"commitments"}})"},
    {"COMMITMENTS_PARENT", R"({"count":{"source":"commitments","where":{"kind":["parent"]}}})"},
    {"COMMITMENTS_PARKING", R"({"count":{"source":"commitments","where":{"kind":["parking"]}}})"},
    // Filters on names no behaviour category has ("helmet") and on a point of one decree only
    // ("32.10" exists in Decree 168 alone): both now filter on behaviour categories
    // (data/reference/legal/behaviour_categories.csv), which span Decrees 100 and 168.
    {"VIOLATIONS_HELMET", R"({"count":{"source":"violations","where":{"behaviour":["helmet"]}}})"},
    {"OWNERS_FINED", R"({"count":{"source":"violations","where":{"legal_code":["32.10"]}}})"},
};

bool same_json(const std::string& a, const std::string& b) {
  boost::system::error_code ea, eb;
  json::value va = json::parse(a, ea), vb = json::parse(b, eb);
  return !ea && !eb && va == vb;
}

// Replaces superseded computations of an existing catalogue; returns how many were replaced.
Result<int> fix_superseded(store::Db& db, const std::vector<indicators::Indicator>& catalogue,
                           int64_t now) {
  int fixed = 0;
  for (const auto& s : kSuperseded) {
    auto stored = store::get_indicator(db, s.code);
    if (!stored.ok()) continue;  // deleted or renamed by the Department: theirs
    if (!same_json(stored->computation, s.computation)) continue;
    for (const auto& i : catalogue) {
      if (i.code != s.code) continue;
      store::IndicatorRow row = *stored;
      row.computation = indicators::to_row(i).computation;
      if (row.computation == stored->computation) break;
      row.rollup = indicators::to_row(i).rollup;
      row.description = indicators::to_row(i).description;  // it explains the computation
      row.updated_at = now;
      ATGT_TRY(store::upsert_indicator(db, row));
      ++fixed;
    }
  }
  return fixed;
}

}  // namespace

Result<int> load_indicator_catalogue(store::Db& db, const std::string& data_dir) {
  store::Tx tx(db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(int64_t n, store::count_indicators(db));
  ATGT_ASSIGN_OR_RETURN(auto table, read_csv_file(data_dir + "/indicators.csv"));
  ATGT_ASSIGN_OR_RETURN(auto catalogue, indicators::read_indicator_rows(table));
  int64_t now = now_micros();
  if (n > 0) {
    ATGT_ASSIGN_OR_RETURN(int fixed, fix_superseded(db, catalogue, now));
    if (fixed > 0) ATGT_TRY(tx.commit());
    return 0;
  }
  for (const auto& i : catalogue) {
    store::IndicatorRow row = indicators::to_row(i);
    row.updated_at = now;
    ATGT_TRY(store::upsert_indicator(db, row));
  }
  ATGT_TRY(tx.commit());
  return static_cast<int>(catalogue.size());
}

}  // namespace atgt::app
