// The indicator catalogue table (`indicators`): rows as stored, the computation as JSON text.
// SQL only; validation lives in domain/indicators.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/indicator.h"
#include "store/db.h"

namespace atgt::store {

using model::IndicatorRow;

// Every indicator, by sort_order then code.
Result<std::vector<IndicatorRow>> list_indicators(Db& db);
// kNotFound when there is no such code.
Result<IndicatorRow> get_indicator(Db& db, const std::string& code);
Result<int64_t> count_indicators(Db& db);
// Inserts or replaces the row with this code.
Status upsert_indicator(Db& db, const IndicatorRow& r);

}  // namespace atgt::store
