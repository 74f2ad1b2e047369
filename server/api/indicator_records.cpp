// Records of the held sources for a school year.
#include "api/indicator_records.h"

#include <algorithm>

#include "base/time.h"
#include "domain/enrolment.h"
#include "store/accidents_store.h"
#include "store/enrolments_store.h"
#include "store/plans_store.h"
#include "store/students_store.h"

namespace atgt::api {
namespace ind = indicators;

const std::set<std::string>& held_sources() {
  static const std::set<std::string> held{"accidents", "commitments", "enrolment", "tasks"};
  return held;
}

Result<std::map<std::string, std::vector<ind::Record>>> school_year_records(
    store::Db& db, const std::string& year) {
  ATGT_ASSIGN_OR_RETURN(std::string start, store::school_year_start(db, year));
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_enrolments(db, year));
  std::map<std::string, std::vector<ind::Record>> records{
      {"enrolment", enrolment_records(rows, start)}};
  int first = std::stoi(year.substr(0, 4));
  ATGT_ASSIGN_OR_RETURN(
      std::string next_start,
      store::school_year_start(db, std::to_string(first + 1) + "-" + std::to_string(first + 2)));
  auto last = Date::parse(next_start);
  std::string last_day = last ? last->add_days(-1).str() : next_start;
  ATGT_ASSIGN_OR_RETURN(auto tasks, store::task_records(db, start, last_day));
  auto& task_recs = records["tasks"];
  for (const auto& t : tasks)
    task_recs.push_back({t.unit_id, t.due_date, {{"on_time", t.on_time ? 1.0 : 0.0}}});
  // Commitments: one record per rostered student and campaign kind, and per parking operator,
  // signed 0/1, dated on the signed date (kept inside the year), else on the year's first day.
  ATGT_ASSIGN_OR_RETURN(auto commitments, store::commitment_records(db, year, last_day));
  auto& com_recs = records["commitments"];
  com_recs.reserve(commitments.size());
  for (auto& r : commitments) {
    std::string date = r.signed_date ? std::clamp(*r.signed_date, start, last_day) : start;
    com_recs.push_back(
        {r.unit_id, std::move(date), {{"kind", r.kind}, {"signed", r.is_signed ? 1.0 : 0.0}}});
  }
  // Accidents: one record per (accident, school of an involved student), and one under the
  // place's police unit for the persons of no known school (store/accidents_store.h).
  ATGT_ASSIGN_OR_RETURN(auto accidents, store::accident_records(db, start, last_day));
  auto& acc_recs = records["accidents"];
  for (const auto& a : accidents)
    acc_recs.push_back({a.unit_id,
                        a.date,
                        {{"accident_id", std::to_string(a.accident_id)},
                         {"deaths", static_cast<double>(a.deaths)},
                         {"injuries", static_cast<double>(a.injuries)}}});
  return records;
}

namespace {
bool computable_depth(const std::vector<ind::Indicator>& cat, const std::string& code, int depth) {
  if (depth > 8) return false;
  for (const auto& i : cat) {
    if (i.code != code) continue;
    if (i.computation.op == ind::Op::kRatio)
      return computable_depth(cat, i.computation.numerator, depth + 1) &&
             computable_depth(cat, i.computation.denominator, depth + 1);
    return held_sources().count(i.computation.source) > 0;
  }
  return false;
}
}  // namespace

bool computable(const std::vector<ind::Indicator>& catalogue, const std::string& code) {
  return computable_depth(catalogue, code, 0);
}

}  // namespace atgt::api
