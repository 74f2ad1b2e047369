// Rules of violation records: the person's age at the date and what it allows (Law on Handling
// Administrative Violations 2012, amended 2020: no administrative sanction under 14 — Article 5;
// from 14 to under 16 no fine — Article 134; from 16 to under 18 a fine of at most half the adult
// fine — Article 134), the code in force on the date, the shape of a record per role, and the
// derived fields written with it. Pure functions.
#pragma once

#include <optional>
#include <string>

#include "base/status.h"
#include "base/time.h"
#include "model/violation.h"
#include "model/violation_code.h"

namespace atgt::violation_rules {

// Age in whole years on `day`: exact from a birth date; from a birth year alone the lower bound
// (day.year - year - 1: the person may not have had this year's birthday), never below 0 —
// a sanction rule then gives the benefit of the doubt to the younger age. nullopt without either.
std::optional<int> age_at(const std::optional<std::string>& birth_date,
                          std::optional<int> birth_year, const Date& day);

// "under14", "14-15", "16-17", "adult", or "" for an unknown age (summary rows).
std::string age_band(std::optional<int> age);

// The record's own fields (kInvalid naming fields): role known; a name of letters, spaces,
// apostrophes and hyphens; birth date a real day not after the violation (birth year alone
// allowed, 1900..the violation's year); a rider, passenger or pedestrian gives a birth date or
// year (the age decides the sanction); a personal id of 12 digits; sex Nam/Nữ; sanction none,
// warning or fine with a positive amount only for a fine; an involved person has no code and no
// sanction, everyone else a code.
Status check_record(const model::ViolationRecord& r, const Date& day);

// The sanction against the age and the code in force (kInvalid on "sanction" or "fine_amount",
// the message naming the rule): under 14 none; 14 to under 16 a warning or none; 16 to under 18
// a fine within half the code's range; adults within the range; a fine only for a code with one.
Status check_sanction(const model::ViolationRecord& r, std::optional<int> age,
                      const model::ViolationCode& code);

// "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS" in Vietnam time (UTC+7, no daylight saving) ->
// microseconds since the epoch; nullopt when malformed or not a real day and time.
std::optional<int64_t> parse_local_datetime(std::string_view text);

// "ND168:7.2.h".
std::string legal_code(const model::ViolationCode& code);

}  // namespace atgt::violation_rules
