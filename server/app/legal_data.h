// Violation codes loaded at start from data/reference/legal/ (README there): decrees.csv names
// each decree and the file of its codes; behaviour_categories.csv maps every code of every decree
// to one category; review_flags.csv flags single codes for an administrator, and a decree's
// review_note flags all of its codes (Decree 100: the 2022 amendments are not applied). Loaded into
// empty tables only (edits made through the API are never overwritten), in one transaction,
// after every row of every file was checked.
#pragma once

#include <string>

#include "store/db.h"

namespace atgt::app {

struct LegalDataResult {
  int decrees = 0, categories = 0, codes = 0, flagged = 0;  // 0 when the tables had rows
};

// kInvalid naming the file, row and column of every wrong cell (a code in no category or in
// two, a category naming a code its decree lacks, a code that breaks domain/violation_codes.h).
Result<LegalDataResult> load_legal_codes(store::Db& db, const std::string& data_dir);

}  // namespace atgt::app
