// Loading the demo data of data/: the unit-type catalogue, the Hai Phong / Hai Duong
// organisation with its 2025 changes (data/org/), and the demo accounts
// (data/demo_accounts.csv, only with `with_accounts`: their passwords are published, so they are
// created only when ATGT_DEMO=1). All in one transaction; does nothing when units already exist.
#pragma once

#include <string>

#include <map>
#include <string>

#include "domain/passwords.h"
#include "store/db.h"

namespace atgt::app {

struct SeedResult {
  bool loaded = false;  // false: the database already had units
  int units = 0, versions = 0, events = 0, accounts = 0;
};

Result<SeedResult> seed_demo(store::Db& db, const std::string& data_dir, PasswordHasher& hasher,
                             bool with_accounts = true);

// Demo documents (data/demo/documents.json) into a freshly seeded database, in the caller's
// transaction: unit document settings and officers (officers only `with_accounts`), documents.
Status seed_demo_documents(store::Db& db, const std::string& data_dir,
                           const std::map<std::string, int64_t>& unit_ids, bool with_accounts);

// Demo rosters (data/demo/rosters.csv) into a freshly seeded database, in the caller's
// transaction, school year by school year.
Status seed_demo_rosters(store::Db& db, const std::string& data_dir,
                         const std::map<std::string, int64_t>& unit_ids);

// Demo violations (data/demo/violations.csv) after the rosters, in the caller's transaction: each
// record matched, its notice taken to the state the file names. Nothing when the violation codes
// are not loaded (a database seeded without prepare_db).
Status seed_demo_violations(store::Db& db, const std::string& data_dir,
                            const std::map<std::string, int64_t>& unit_ids);

// Prints "DEMO role=.. user=.. password=.. unit=.." for each demo account that exists and is
// enabled in the database.
Status print_demo_logins(store::Db& db, const std::string& data_dir);

}  // namespace atgt::app
