// Rules of violation codes (model/violation_code.h): the shape of a code (article.clause[.point]
// as the decrees number them), fines and dates, the vehicle kinds, and which code is in force on a
// day. Pure functions; the tables are loaded by app/legal_data.h and edited through
// api/violation_codes_api.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/time.h"
#include "model/violation_code.h"

namespace atgt::violation_codes {

// The kinds of the person's vehicle or role a code applies to, in display order.
const std::vector<std::string>& vehicle_kinds();

// "7.2.h" -> article 7, clause "2", point "h"; "32.10" -> 32, "10", ""; "6.1a" -> 6, "1a", "".
// nullopt when the text is not article.clause[.point] (article 1..999, clause digits with an
// optional letter, point one Vietnamese letter a..y or đ).
struct CodeParts {
  int article = 0;
  std::string clause, point;
};
std::optional<CodeParts> parse_code(std::string_view code);

// Field errors (kInvalid, fields named as in the API) for a decree, a category or a code.
// A code's parts must agree with its text, its fines be 0 <= min <= max, its dates real days with
// from <= to, its vehicle kind known and its description 1..4000 characters. Whether the decree
// and the category exist is the caller's check (it needs the tables).
Status check_decree(const model::Decree& d);
Status check_category(const model::BehaviourCategory& c);
Status check_code(const model::ViolationCode& c);

// A category code: lower-case ASCII letters, digits and '_', 2..60 characters.
bool valid_category_code(std::string_view code);

// The legal citation as Vietnamese documents write it: "điểm h khoản 2 Điều 7 Nghị định
// 168/2024/NĐ-CP"; "khoản 10 Điều 32 Nghị định ..." for a clause without points.
std::string citation(const model::ViolationCode& c, const std::string& decree_number);

// Whether the code is in force on `day` (effective_from <= day <= effective_to).
bool in_force(const model::ViolationCode& c, const Date& day);

}  // namespace atgt::violation_codes
