// Planning a bulk import of user accounts from CSV: header names (Vietnamese or English), one
// account per row, every row checked before anything is written. Pure: the caller supplies the
// organisation, the importing administrator's scope and the logins that already exist.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "base/csv.h"
#include "base/status.h"
#include "domain/org.h"

namespace atgt {

struct ImportedUser {
  int row = 0;  // spreadsheet row (header = 1)
  std::string login, full_name, email, role, unit_code;
  int64_t unit_id = 0;
};

struct UserImportInput {
  const OrgIndex* org = nullptr;
  std::vector<int64_t> scope;  // sorted unit ids the administrator may create users in
  std::string today;
  std::function<int64_t(const std::string& code)> unit_by_code;  // 0 when unknown
  std::function<bool(const std::string& login)> login_taken;
  // May the importer give `role` at `unit` (domain/access.h check_role_grant)? Ok, or the
  // reason. Unset: every role is allowed (tests of the file format only).
  std::function<Status(int64_t unit, const std::string& role)> check_grant;
};

inline constexpr size_t kMaxImportRows = 5000;

// Every row valid -> the accounts; otherwise kInvalid with one RowError per problem (row,
// column name as in the file's header, Vietnamese message), at most 200 errors.
Result<std::vector<ImportedUser>> plan_user_import(const CsvTable& table,
                                                   const UserImportInput& in);

bool valid_login(const std::string& s);
bool valid_email(const std::string& s);

}  // namespace atgt
