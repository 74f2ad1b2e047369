// Reference data loaded at start: the indicator catalogue of data/indicators.csv goes into an
// empty `indicators` table (once; later edits by the Department are kept). A computation the
// catalogue once shipped and later fixed (a short list in indicator_data.cpp) is replaced in an
// existing database while it is still exactly the shipped one.
#pragma once

#include <string>

#include "store/db.h"

namespace atgt::app {

// Loads data_dir/indicators.csv when the table is empty, in one transaction. Returns the number
// of indicators inserted (0 when the table already had rows; superseded computations are then
// fixed). kInvalid when the file is wrong.
Result<int> load_indicator_catalogue(store::Db& db, const std::string& data_dir);

}  // namespace atgt::app
