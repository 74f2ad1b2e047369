// SQL for decrees, behaviour categories and violation codes (migration 0012). Dates are
// 'YYYY-MM-DD' text; the rules are in domain/violation_codes.h. SQL only, no validation.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/violation_code.h"
#include "store/db.h"

namespace atgt::store {

Result<int64_t> count_decrees(Db& db);
// Every decree, by effective_from.
Result<std::vector<model::Decree>> list_decrees(Db& db);
// kNotFound when the code has no row.
Result<model::Decree> get_decree(Db& db, const std::string& code);
// Inserts or replaces the decree with this code.
Status upsert_decree(Db& db, const model::Decree& d);

// Every category, by position then code.
Result<std::vector<model::BehaviourCategory>> list_categories(Db& db);
// kNotFound when the code has no row.
Result<model::BehaviourCategory> get_category(Db& db, const std::string& code);
// Inserts or replaces the category with this code.
Status upsert_category(Db& db, const model::BehaviourCategory& c);

struct CodeFilter {
  std::optional<std::string> decree, category, vehicle_kind;
  std::optional<std::string> on_day;  // in force on this 'YYYY-MM-DD'
  bool review_only = false;           // only codes flagged for review
};
// Codes matching every set filter, in the decrees' order, then article, clause, point (a few
// hundred rows per decree: text search is the caller's, on the folded description).
Result<std::vector<model::ViolationCode>> list_codes(Db& db, const CodeFilter& f);
// kNotFound when the id has no row.
Result<model::ViolationCode> get_code(Db& db, int64_t id);
// The row of (decree, code) in force on `day`, or kNotFound.
Result<model::ViolationCode> find_code_in_force(Db& db, const std::string& decree,
                                                const std::string& code, const std::string& day);
// Inserts a code; returns its id. kConflict (from the unique index) when (decree, code,
// effective_from) exists.
Result<int64_t> insert_code(Db& db, const model::ViolationCode& c);
// Replaces every field of the row with c.id; kNotFound when none.
Status update_code(Db& db, const model::ViolationCode& c);
// Rows per category (used to refuse deleting a category in use, and shown in the list).
Result<std::vector<std::pair<std::string, int64_t>>> count_codes_by_category(Db& db);

}  // namespace atgt::store
