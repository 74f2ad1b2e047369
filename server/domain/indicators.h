// Indicators computed from records: the source catalogue (which record sources exist and their
// fields), computations parsed from JSON and checked against it, the indicator catalogue (ratio
// references, cycles) and evaluation per unit over the organisation tree. Pure: records come from
// the caller (a store query per source turns rows into Records).
//
// Two views of the organisation (ViewSpec), because units split, merge and move (the 2025 reform):
//  - the structure of the time (View::kTime): a record counts for its owner and the units above
//    the owner on the record's own date. A unit that ended keeps its history; its successors do
//    not inherit it.
//  - the structure as of a chosen date D (View::kAsOf): a record of an owner alive on D counts for
//    the owner and its ancestors on D, wherever the owner stood when the record was made. A
//    record of an owner that ended before D goes to the owner's successor on D when the owner
//    passed wholly to one unit (one whole, non-partial succession link, followed transitively).
//    When it was split or passed only in parts (no single whole link), nothing tells which part the
//    record belongs to: it is *unallocated* ("chưa phân bổ") and counted once, at the nearest unit
//    alive on D that surely contains it (the lowest common ancestor on D of the places of its
//    successors and of the unit it stood under on its last day), never copied to each successor.
//    Records of schools that still exist follow the school, so a split district office's schools
//    go to the commune office that took each of them.
//  - records that no unit holds in the view (owner not alive on the record's date in the time
//    view; in the as-of view an owner that ended without successor or parent, or that did not
//    exist yet on D) are counted by no unit: outside().
// Either way every record counts at most once per unit, and for sums and counts the figure of a
// unit U equals the records it holds as its own (its own records and, as of D, those of units that
// passed wholly to it) + its unallocated figure + the figures of its children
// (in the as-of view: its children on D; in the time view: day by day, its children of that day),
// so the figures of the roots plus outside() equal the sum over all records.
//
// Aggregation (per unit U, in the chosen view):
//  - count / sum: the sum over the records counted for U (rollup "sum");
//  - count_distinct: the number of distinct values of a field over every record counted for U
//    (rollup "distinct"), so a joint activity recorded by a school and a police unit with one
//    activity_id counts once at their common ancestor;
//  - ratio: (numerator rolled up for U) / (denominator rolled up for U) x scale, never a sum of
//    ratios; null when the denominator is 0 (rollup "ratio"); no unallocated figure.
// Evaluation groups a computation's records by owner (and, in the time view, by the stretch of
// days over which the tree stays the same) once, then rolls the groups up the tree: O(records +
// units x stretches) per computation, cached for every unit.
#pragma once

#include <boost/json.hpp>
#include <cstdint>
#include <map>
#include <memory>
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

enum class View { kTime, kAsOf };

// Which structure figures roll up along. `date` (ISO) is the chosen day of kAsOf; unused by kTime.
struct ViewSpec {
  View view = View::kTime;
  std::string date;
};
// "time" / "as_of" (the API's `view` parameter).
std::string view_name(View v);
std::optional<View> parse_view(std::string_view name);

// A unit's figure in a view: `value` (nullopt for a ratio whose denominator is 0) and, beside it,
// the part of it that could not be allocated below the unit (as-of view; 0 when everything was
// allocated; nullopt for ratios, where it does not apply).
struct Figure {
  std::optional<double> value;
  std::optional<double> unallocated;
};

// Evaluates indicators for units over one set of records (already limited to a period by the
// caller) in one view. Holds references: the catalogue, org and records must outlive it. Not
// thread-safe (it caches the figures of every unit per computation and the tree per day).
class Evaluator {
 public:
  Evaluator(const std::vector<Indicator>& catalogue, const OrgIndex& org,
            const std::map<std::string, std::vector<Record>>& records, ViewSpec view = {});
  ~Evaluator();

  // The value for `unit`: nullopt for a ratio whose denominator is 0; 0 for a unit that counts no
  // record (also an unknown unit, or one not alive on the as-of date). kNotFound for an unknown
  // code; kInvalid for a cyclic ratio.
  Result<std::optional<double>> value(const std::string& code, int64_t unit);
  // An ad-hoc computation (its ratio references are catalogue codes).
  Result<std::optional<double>> evaluate(const Computation& c, int64_t unit);
  // The value with the unallocated part beside it.
  Result<Figure> figure(const std::string& code, int64_t unit);
  Result<Figure> figure_of(const Computation& c, int64_t unit);
  // What no unit counts in this view (see the header comment); 0 for ratios. Sums and counts only
  // are additive: for count_distinct it is the number of distinct values among those records.
  Result<double> outside(const Computation& c);

  const ViewSpec& view() const { return view_; }

 private:
  struct Table;
  struct Tree;
  // Where a record of `owner` counts in the as-of view: {dense index or -1 for outside,
  // allocated}. Memoised per owner.
  std::pair<int, bool> place(int64_t owner);
  std::pair<int, bool> place_rec(int64_t owner, std::vector<int64_t>& path);
  Result<const Table*> table(const std::string& key, const Computation& c);
  Result<Figure> eval(const std::string& key, const Computation& c, int64_t unit, int depth);
  const Tree& tree_at(const std::string& date);

  std::map<std::string, const Indicator*> by_code_;
  const OrgIndex& org_;
  const std::map<std::string, std::vector<Record>>& records_;
  ViewSpec view_;
  std::vector<int64_t> ids_;                                             // dense index -> unit id
  std::unordered_map<int64_t, int> index_;                               // unit id -> dense index
  std::unordered_map<int64_t, std::vector<model::Succession>> forward_;  // from -> links
  std::map<std::string, std::unique_ptr<Tree>> trees_;                   // by day
  std::map<std::string, std::unique_ptr<Table>> tables_;      // by code or computation JSON
  std::unordered_map<int64_t, std::pair<int, bool>> places_;  // as-of view, by owner
};

}  // namespace atgt::indicators
