// The records the product holds for the indicator engine in one school year (enrolment of the
// year, plan tasks due in it, commitments), shared by the indicator preview and the task reports
// (the value a figure has in the product, shown beside the figure a unit types).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/indicators.h"
#include "store/db.h"

namespace atgt::api {

// Record sources the product stores records for today.
const std::set<std::string>& held_sources();

// The records of every held source in the school year `year` ("2025-2026"): enrolment of the
// year, dated on its first day; assignments due from its first day to the day before the next
// year's first day; commitments (student and parent, per rostered student; parking operators
// listed or signed by the year's end), signed 0/1.
Result<std::map<std::string, std::vector<indicators::Record>>> school_year_records(
    store::Db& db, const std::string& year);

// Whether every source the indicator `code` reads (through ratios too) is held; false for an
// unknown code.
bool computable(const std::vector<indicators::Indicator>& catalogue, const std::string& code);

}  // namespace atgt::api
