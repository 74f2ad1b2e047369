// Normalisation for the matching engine (match_engine.h): Vietnamese person names, school names,
// dates of birth as police type them, personal identification numbers and plates. Pure and
// thread-safe; every function takes NFC UTF-8 (or anything: invalid input gives empty results).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/time.h"

namespace atgt::match {

// One word of a name. `key`: folded (no marks, lower case, đ -> d) with leftover Telex keystrokes
// removed ("Nguyeenx" -> "nguyen", "Hoafng" -> "hoang"); `exact`: lower case with its marks
// (input is NFC).
struct NameWord {
  std::string key, exact;
};

// Words of a full name, in the order typed ("  PHAM  THI THU HANG " -> pham thi thu hang).
// Characters other than letters, apostrophes and hyphens separate words.
std::vector<NameWord> name_words(std::string_view full_name);

// The Telex clean-up on a folded ASCII word. Vietnamese syllables never contain f, j, w or z and
// never end in s, r or x, nor hold aa/ee/oo/dd: all of those are keystrokes a Telex converter
// would have eaten. A tone key (s, r, x) between the vowel and a final consonant is removed too
// ("tuaasn" -> "tuan"). Safe on real folded syllables (they are left unchanged).
std::string strip_telex(std::string_view folded_word);

// The family-name family used for blocking: Huỳnh -> hoang, Võ -> vu (regional variants).
std::string_view family_canon(std::string_view key);
// True when two folded family names are regional variants of each other (Huỳnh≈Hoàng, Vũ≈Võ).
bool family_variants(std::string_view a, std::string_view b);

// Optimal-string-alignment distance (insert, delete, substitute, swap of neighbours), stopping
// early above `limit` (returns limit + 1 then).
int edit_distance(std::string_view a, std::string_view b, int limit);

// A date of birth as typed. kFull: a day (and `alt`: the day-month swapped reading when that is
// another real date); kYear: the year only; kMissing: empty; kUnparsed: something else.
struct TypedDate {
  enum Kind { kMissing, kFull, kYear, kUnparsed } kind = kMissing;
  Date date;
  std::optional<Date> alt;    // day and month swapped, when valid and different
  bool swapped_only = false;  // the day-month reading was impossible (13/25): `date` is swapped
  // kYear read from a date with no calendar day either way (31/02/2009, 00/00/2009).
  bool day_month_invalid = false;
};
// Accepts 05/03/2009, 5/3/09, 05-03-2009, 05.03.2009, 2009-03-05, 2009/03/05, 05032009,
// 20090305 and 2009; a date with no calendar day either way (31/02/2009, 00/00/2009) gives its
// year (kYear, day_month_invalid); "??", "không rõ", "chưa rõ" and the like are kMissing. A
// two-digit year yy means 20yy when that is not after `pivot_year`, else 19yy.
TypedDate parse_typed_date(std::string_view s, int pivot_year = 2030);

// A 12-digit personal identification number with separators (spaces, dots, dashes) removed, or
// nullopt when the field holds anything else (`*malformed` set when the field was not empty).
std::optional<std::string> parse_personal_id(std::string_view s, bool* malformed);

// Plates compared as upper-case letters and digits ("15b1-234.56" -> "15B123456").
std::string plate_key(std::string_view s);

// A school name reduced for comparison: the education levels it names (bit set: kLevel*) and
// its proper-name words, folded ("Trường THPT chuyên Trần Phú" -> levels THPT, words
// "chuyen tran phu"; "Trung học cơ sở Tân Thắng" -> THCS, "tan thang"; "TT GDNN-GDTX Kiến An"
// -> GDTX, "kien an"). "Trường" is dropped; "2"/"3" read as "ii"/"iii".
enum : uint8_t {
  kLevelMN = 1,
  kLevelTH = 2,
  kLevelTHCS = 4,
  kLevelTHPT = 8,
  kLevelGDTX = 16,
  kLevelPTDTNT = 32,
  kLevelMulti = 64
};
struct SchoolName {
  uint8_t levels = 0;
  std::vector<std::string> words;
  // Bit i: words[i] is no word of any school the caller knows (the engine sets it for a record
  // against its roster). Such a word cannot be another school's name typed right, so a short
  // word one keystroke from a school's ("Cmẩ" for Cẩm, "Đc" for Đức) is taken as a typo of it.
  uint64_t unknown_words = 0;
  bool empty() const { return levels == 0 && words.empty(); }
};
SchoolName school_name(std::string_view s);

enum class SchoolAgreement { kExact, kFuzzy, kMismatch };
// Record school (as typed) against a roster school: kExact when the proper names are equal and
// the levels do not contradict; kFuzzy for a typo, initials ("NBK" for Nguyễn Bỉnh Khiêm), a
// missing qualifier ("chuyên") or a missing level; kMismatch otherwise.
SchoolAgreement compare_school(const SchoolName& record, const SchoolName& roster);

}  // namespace atgt::match
