// Records of the held sources for a school year.
#include "api/indicator_records.h"

#include "base/time.h"
#include "domain/enrolment.h"
#include "store/enrolments_store.h"
#include "store/plans_store.h"

namespace atgt::api {
namespace ind = indicators;

const std::set<std::string>& held_sources() {
  static const std::set<std::string> held{"enrolment", "tasks"};
  return held;
}

Result<std::map<std::string, std::vector<ind::Record>>> school_year_records(store::Db& db, const std::string& year) {
  ATGT_ASSIGN_OR_RETURN(std::string start, store::school_year_start(db, year));
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_enrolments(db, year));
  std::map<std::string, std::vector<ind::Record>> records{{"enrolment", enrolment_records(rows, start)}};
  int first = std::stoi(year.substr(0, 4));
  ATGT_ASSIGN_OR_RETURN(std::string next_start,
                        store::school_year_start(db, std::to_string(first + 1) + "-" + std::to_string(first + 2)));
  auto last = Date::parse(next_start);
  ATGT_ASSIGN_OR_RETURN(auto tasks, store::task_records(db, start, last ? last->add_days(-1).str() : next_start));
  auto& task_recs = records["tasks"];
  for (const auto& t : tasks) task_recs.push_back({t.unit_id, t.due_date, {{"on_time", t.on_time ? 1.0 : 0.0}}});
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
