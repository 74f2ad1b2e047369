// Unicode text handling: UTF-8 validation, NFC normalisation at ingress, the accent- and
// case-insensitive search fold, and Vietnamese collation keys. All functions are thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace atgt {

bool valid_utf8(std::string_view s);

// NFC form of valid UTF-8 text. Invalid input is returned unchanged: validate first.
std::string nfc(std::string_view s);

// Search fold: lower case, Vietnamese diacritics removed, đ/Đ -> d, runs of white space collapsed
// to one space, trimmed. "Nguyễn  Văn Đức" -> "nguyen van duc". Used for the indexed *_fold
// columns and for the query side of every search, so both sides fold the same way.
std::string fold(std::string_view s);

// Upper case under Vietnamese rules, NFC ("Sở Giáo dục" -> "SỞ GIÁO DỤC").
std::string upper_vi(std::string_view s);

// Trim ASCII/Unicode white space at both ends and collapse inner runs to one space.
std::string squeeze_spaces(std::string_view s);

// A binary sort key under ICU's Vietnamese collation (compare with memcmp / std::string <).
std::string vi_sort_key(std::string_view s);

// Vietnamese person-list order: by given name (last word), then family name (first word), then
// the middle names, each compared with Vietnamese collation.
std::string vi_person_sort_key(std::string_view full_name);

}  // namespace atgt
