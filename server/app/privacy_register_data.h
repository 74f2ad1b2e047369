// The register of processing purposes and the first impact assessment, as shipped in
// data/reference/privacy/purposes.csv and dpia_risks.csv: loaded into empty tables (an
// administrator edits them afterwards in the product). Every row is checked by the rules of
// domain/privacy_register.h; a bad file is kInvalid with its row and column, and nothing is
// written.
#pragma once

#include <string>

#include "base/status.h"
#include "store/db.h"

namespace atgt::app {

struct PrivacyRegisterResult {
  int purposes = 0, risks = 0;  // rows loaded (0 when the table already had rows)
};

Result<PrivacyRegisterResult> load_privacy_register(store::Db& db, const std::string& data_dir);

}  // namespace atgt::app
