// Loading the organisation catalogues from data/org/: unit types (unit_types.csv) and which roles
// each unit type may hold (role_unit_types.csv), each into an empty table only, so that an
// administrator's edits are never overwritten. Run by `migrate`, `serve` and `seed-demo` after
// the migrations.
#pragma once

#include <string>

#include "store/db.h"

namespace atgt::app {

Status load_org_reference(store::Db& db, const std::string& data_dir);

}  // namespace atgt::app
