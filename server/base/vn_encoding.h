// Text encodings of uploaded tables: UTF-8 and the legacy Vietnamese encodings old spreadsheets
// still carry (Windows-1258, TCVN3/ABC, VNI-Windows), their decoding to UTF-8 NFC, the `auto`
// detection, and the Vietnamese syllable check the detection rests on. The TCVN3 and VNI tables
// are data/reference/encodings/*.csv (sources there), compiled into the binary. Pure functions,
// thread-safe; nothing here reads files or the database.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace atgt {

enum class Encoding { kAuto, kUtf8, kCp1258, kTcvn3, kVni };

// "auto", "utf-8", "cp1258", "tcvn3", "vni" (case-insensitive; also "utf8", "windows-1258",
// "abc", "vni-windows"). kInvalid naming the accepted values for anything else.
Result<Encoding> parse_encoding(std::string_view name);
// The canonical name: "auto", "utf-8", "cp1258", "tcvn3", "vni".
std::string_view encoding_name(Encoding e);

struct DecodedText {
  std::string text;   // UTF-8, NFC, without a BOM
  Encoding encoding;  // the encoding used (for kAuto: the one detected; never kAuto)
};

// Decodes an uploaded text file to UTF-8 NFC. Refused (kInvalid, Vietnamese message):
// - a NUL byte (the message names the line), or a UTF-16 byte-order mark;
// - with kUtf8: invalid UTF-8 (the line is named; the message suggests --encoding);
// - with a legacy encoding: a UTF-8 byte-order mark (the file is UTF-8, the choice is wrong);
// - with kAuto: text that is not valid UTF-8 and for which no single legacy encoding passes the
//   rule below; the message asks for an explicit encoding and names `--encoding`.
// A UTF-8 BOM is dropped. Bytes a legacy table does not map as letters are read as
// Windows-1252 (the code page those fonts were built on); its 5 unassigned bytes become U+FFFD.
//
// Detection (kAuto): valid UTF-8 is UTF-8. Otherwise the bytes are cut into words (maximal runs
// of ASCII letters and bytes >= 0x80); each word holding a byte >= 0x80 is decoded under
// Windows-1258, TCVN3 and VNI and checked with is_vietnamese_syllable. An encoding passes when at
// least 98% of those words are syllables. One passing encoding is taken. When several pass, the
// best is taken only if it is clearly better: its invalid-word count is at most half the
// runner-up's and at least 3 words lower; otherwise the file is refused as ambiguous.
Result<DecodedText> decode_text(std::string_view bytes, Encoding encoding);

// The single-encoding decoders behind decode_text (no NUL/BOM checks; output NFC UTF-8).
// TCVN3 has no codes of its own for the 60 capitals with tone marks: files written with an
// upper-case ".VnTimeH" font store them at the lower-case positions. So a word whose other
// letters are all capitals (and that has at least one) has those letters upper-cased
// ("VI\xD6T" -> "VIỆT"); in any other word they stay lower case.
std::string decode_cp1258(std::string_view bytes);
std::string decode_tcvn3(std::string_view bytes);
std::string decode_vni(std::string_view bytes);

// True when `word` (UTF-8, NFC, one word without spaces or punctuation) is a well-formed
// Vietnamese syllable, case-insensitively: onset (b c ch d đ g gh gi h k kh l m n ng ngh nh p ph
// qu r s t th tr v x or none), a rhyme of the standard inventory (medial o/u, nucleus, coda c ch
// m n ng nh p t u o i y), the spelling rules (k/gh/ngh before i e ê y, c/g/ng elsewhere, qu
// before the medial), at most one tone mark, and only sắc or nặng before a stop (p t c ch).
// Either tone placement ("hoà"/"hòa") is accepted. Letters outside Vietnamese (f j w z, ç, ...)
// make it false.
bool is_vietnamese_syllable(std::string_view word);

}  // namespace atgt
