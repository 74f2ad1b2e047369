// Test support: fresh, migrated databases for store tests on every configured backend.
// ATGT_TEST_DATABASES: comma list of "sqlite" and/or "postgresql" (default "sqlite");
// ATGT_TEST_PG_URL: a PostgreSQL URL with the right to CREATE DATABASE (needed for postgresql);
// ATGT_TEST_TMP: a directory for SQLite files (default /tmp).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "store/db.h"

namespace atgt::testing {

std::vector<std::string> test_backends();
// A new empty database with every migration applied. Fails the calling test on error.
std::unique_ptr<store::Db> fresh_db(const std::string& backend);
// The URL of the last database fresh_db created for the backend (to open more connections).
std::string last_url();
// The repository's data directory (for tests that load data files).
std::string data_dir();

}  // namespace atgt::testing
