// The matching engine (issue 11): finds, for a police record, the one student of a roster it is
// about, or says it cannot tell. Pure: the roster is given, nothing is read from a clock or a
// database. One engine serves the form, the bulk import, the API push and `atgt match`.
//
// Method (docs/architecture.md "Matching"): candidates are gathered by blocking on several keys
// (given name + birth year, family + birth date, given + birth date, given + day and month,
// personal id and its halves, plate, family + given); each candidate is scored with
// log-likelihood weights (Fellegi–Sunter in spirit) from field comparators written for
// Vietnamese names, dates as typed, ids, schools and plates, where agreement on a common name or
// date weighs less than on a rare one (frequencies are counted from the roster itself); the
// weights of all candidates and of "this person is on no roster" become posterior
// probabilities, and the decision is taken on those (thresholds in match_engine.cpp).
//
// Threading: an Engine is immutable once built; match() may run on many threads at once.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/time.h"

namespace atgt::match {

// One roster row. A student may appear once per school year (same id, several rows).
struct Student {
  std::string id;         // the roster's student id (copied to the output)
  std::string full_name;  // as in the roster (NFC)
  std::optional<Date> birth;
  char gender = 0;  // 'M' (Nam), 'F' (Nữ) or 0
  std::string school_code, school_name, class_name;
  std::string personal_id;  // 12 digits or empty
  std::string plate;        // registered plate or empty
  int school_year = 0;  // start year of the roster's school year (2025 for 2025-2026), 0: not said
};

// One police record, fields as typed.
struct Record {
  std::string id, full_name, birth_date, school_name, personal_id, violation_date, plate;
};

enum class Status { kMatched, kReview, kUnmatched };
const char* status_name(Status s);  // "matched" | "review" | "unmatched"

// How one field of a candidate compared. Each level carries the weight (bits of evidence) it
// added; the Vietnamese labels are for the review screen.
enum class NameLevel {
  kExact,     // every word equal with its marks
  kFolded,    // equal once marks are removed (typed without diacritics, capitals, spaces, Telex)
  kVariant,   // family name a regional variant (Huỳnh≈Hoàng, Vũ≈Võ)
  kTypo,      // one word one keystroke off
  kPartial,   // family and given agree, a middle name missing, extra or different
  kWeak,      // only one of family and given agrees
  kMismatch,  // the given name differs
  kMissing,   // no name on the record
};
enum class DateLevel {
  kExact,
  kSwappedDayMonth,
  kClose,     // one part off by a keystroke (day, month or year)
  kYearOnly,  // the record gives the year only, and it agrees
  kMismatch,
  kMissing,   // no date on the record
  kUnparsed,  // a date that cannot be read
};
enum class IdLevel {
  kExact,
  kOneDigit,       // one digit different
  kTransposition,  // two neighbouring digits swapped
  kMismatch,
  kConsistent,    // the roster has no id; the record's id agrees with the birth year and sex
  kInconsistent,  // ... and disagrees
  kMissing,       // no id on one side
  kUnparsed,      // the record's id is not 12 digits
};
enum class SchoolLevel { kExact, kFuzzy, kMissing, kMismatch };
enum class PlateLevel { kExact, kMismatch, kMissing };
enum class YearLevel { kSame, kOther, kUnknown };

struct Evidence {
  NameLevel name = NameLevel::kMissing;
  bool name_swapped = false;    // family and given names typed the other way round
  bool middle_missing = false;  // a middle name of the roster is absent from the record
  bool middle_extra = false;    // the record has a middle name the roster lacks
  DateLevel birth = DateLevel::kMissing;
  IdLevel personal_id = IdLevel::kMissing;
  SchoolLevel school = SchoolLevel::kMissing;
  PlateLevel plate = PlateLevel::kMissing;
  YearLevel year = YearLevel::kUnknown;
  // Bits of evidence per field (log2 of the likelihood ratio), and their sum.
  double w_name = 0, w_birth = 0, w_id = 0, w_school = 0, w_plate = 0, w_year = 0, total = 0;
};

// One reason per field, in Vietnamese, with the field's weight: "Họ tên: trùng khi bỏ dấu
// (+9.1)", "Ngày sinh: chỉ có năm sinh, trùng (+3.2)", ...
std::vector<std::string> reasons_vi(const Evidence& e);

struct Candidate {
  int student = -1;        // index into the roster given to the engine
  double probability = 0;  // posterior that the record is about this student
  Evidence evidence;
};

struct Decision {
  Status status = Status::kUnmatched;
  int best = -1;                      // the best candidate's roster index (-1: none)
  double score = 0;                   // the best candidate's posterior probability, in [0, 1]
  bool unparsed = false;              // a field could not be read: never `matched`
  std::vector<Candidate> candidates;  // best first, at most Options::max_candidates
};

struct Options {
  // A violation's school year (from its date) is preferred among roster rows of several years.
  size_t max_candidates = 5;
};

class Engine {
 public:
  // Indexes the roster (copied into compact form; `roster` may be freed afterwards).
  explicit Engine(const std::vector<Student>& roster, Options opt = {});
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  Decision match(const Record& r) const;
  size_t size() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace atgt::match
