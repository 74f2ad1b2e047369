// Indicators computed from records: the source catalogue (which record sources exist and their
// fields), computations parsed from JSON and checked against it, the indicator catalogue (ratio
// references, cycles) and evaluation per unit over the organisation tree. Pure: records come from
// the caller (a store query per source turns rows into Records).
//
// Roll-up rules (per unit U):
//  - a record counts for U when its owner unit is in U's subtree on the record's own date, or in
//    the subtree on that date of a unit U succeeded (the same rule as domain/access.h (a), (b));
//  - count / sum: the sum over the records counted for U (rollup "sum");
//  - count_distinct: the number of distinct values of a field over every record counted for U
//    (rollup "distinct"), so a joint activity recorded by a school and a police unit with one
//    activity_id counts once at their common ancestor;
//  - ratio: (numerator rolled up for U) / (denominator rolled up for U) x scale, never a sum of
//    ratios; null when the denominator is 0 (rollup "ratio").
#pragma once

#include <boost/json.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "base/csv.h"
#include "base/status.h"
#include "domain/org.h"
#include "model/indicator.h"

namespace atgt::indicators {

// A field value of a record: text or number.
using FieldValue = std::variant<std::string, double>;

struct Record {
  int64_t unit_id = 0;                       // the owner unit
  std::string date;                          // ISO date the record is about
  std::map<std::string, FieldValue> fields;  // a missing field matches no `where`, sums as 0
};

enum class FieldType { kText, kNumber };
struct FieldSpec {
  std::string name;
  FieldType type;
};
struct SourceSpec {
  std::string name;
  std::string name_vi;
  std::vector<FieldSpec> fields;
  const FieldSpec* field(std::string_view n) const;
};

// The record sources the engine knows. A later capability that stores a new kind of record adds
// its source here (name and fields) and a store query producing Records (docs/architecture.md).
const std::vector<SourceSpec>& sources();
const SourceSpec* find_source(std::string_view name);

enum class Op { kCount, kSum, kCountDistinct, kRatio };

struct Computation {
  Op op = Op::kCount;
  std::string source;  // count, sum, count_distinct
  std::string field;   // sum (a number field), count_distinct (any field)
  // field -> accepted values: a record matches when, for every listed field, its value is one of
  // the accepted values.
  std::map<std::string, std::vector<FieldValue>> where;
  std::string numerator, denominator;  // ratio: indicator codes
  double scale = 1;                    // ratio
};

// "sum", "distinct" or "ratio" (the indicators.rollup column).
std::string rollup_of(const Computation& c);

// Parses and checks a computation against the source catalogue. kInvalid with Vietnamese messages
// under field keys prefixed by `field` (e.g. "computation.sum.field").
Result<Computation> parse_computation(const boost::json::value& v,
                                      const std::string& field = "computation");
Result<Computation> parse_computation_text(std::string_view json,
                                           const std::string& field = "computation");
// The canonical JSON of a computation (what is stored).
boost::json::value computation_json(const Computation& c);

struct Indicator {
  std::string code, name, unit;
  Computation computation;
  std::optional<std::string> description, source;
  int64_t sort_order = 0;
};

// Checks codes (A-Z, 0-9, _; 2-40 characters), uniqueness, ratio references (the code must exist)
// and cycles among ratios. kInvalid naming the offending code in the message.
Status check_catalogue(const std::vector<Indicator>& catalogue);
bool valid_code(std::string_view code);

// Reads the catalogue CSV format of data/indicators.csv (columns code, name, unit, computation,
// and optional description, source, sort_order): kInvalid with a row and column for every bad cell,
// then the catalogue checks.
Result<std::vector<Indicator>> read_indicator_rows(const CsvTable& t);

// Conversions to and from the stored row (the computation as canonical JSON text). from_row
// returns kInternal when a stored computation no longer parses.
model::IndicatorRow to_row(const Indicator& i);
Result<Indicator> from_row(const model::IndicatorRow& r);
Result<std::vector<Indicator>> from_rows(const std::vector<model::IndicatorRow>& rows);

// Evaluates indicators for units over one set of records (already limited to a period by the
// caller). Holds references: the catalogue, org and records must outlive it. Not thread-safe
// (it caches per-unit predecessor lists).
class Evaluator {
 public:
  Evaluator(const std::vector<Indicator>& catalogue, const OrgIndex& org,
            const std::map<std::string, std::vector<Record>>& records);

  // The value for `unit`: nullopt for a ratio whose denominator is 0. kNotFound for an unknown
  // code; kInvalid for a cyclic ratio.
  Result<std::optional<double>> value(const std::string& code, int64_t unit);
  // An ad-hoc computation (its ratio references are catalogue codes).
  Result<std::optional<double>> evaluate(const Computation& c, int64_t unit);

 private:
  Result<std::optional<double>> eval(const Computation& c, int64_t unit, int depth);
  bool counts_for(const Record& r, int64_t unit);

  std::map<std::string, const Indicator*> by_code_;
  const OrgIndex& org_;
  const std::map<std::string, std::vector<Record>>& records_;
  std::unordered_map<int64_t, std::vector<int64_t>> predecessors_;
};

}  // namespace atgt::indicators
