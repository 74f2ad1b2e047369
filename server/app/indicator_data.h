// Reference data loaded at start: the indicator catalogue of data/indicators.csv goes into an
// empty `indicators` table (once; later edits by the Department are kept).
#pragma once

#include <string>

#include "store/db.h"

namespace atgt::app {

// Loads data_dir/indicators.csv when the table is empty, in one transaction. Returns the number
// of indicators inserted (0 when the table already had rows). kInvalid when the file is wrong.
Result<int> load_indicator_catalogue(store::Db& db, const std::string& data_dir);

}  // namespace atgt::app
