// ICU-backed text helpers. The fold uses a table built once from ICU's NFD decomposition of the
// Latin blocks (where every Vietnamese letter lives), so the hot path is a table look-up.
#include "base/text.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <vector>

namespace atgt {
namespace {

constexpr UChar32 kTableEnd = 0x1F00;  // Basic Latin .. Latin Extended Additional

struct FoldTable {
  std::vector<std::string> map;  // index: code point < kTableEnd -> folded UTF-8
  FoldTable() : map(kTableEnd) {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
    for (UChar32 c = 0; c < kTableEnd; ++c) {
      if (c == 0x0110 || c == 0x0111) {  // Đ đ
        map[c] = "d";
        continue;
      }
      icu::UnicodeString in(c), out;
      UErrorCode e = U_ZERO_ERROR;
      nfd->normalize(in, out, e);
      icu::UnicodeString kept;
      for (int32_t i = 0; i < out.length();) {
        UChar32 ch = out.char32At(i);
        if (u_charType(ch) != U_NON_SPACING_MARK) kept.append(u_tolower(ch));
        i += U16_LENGTH(ch);
      }
      std::string s;
      kept.toUTF8String(s);
      map[c] = s;
    }
  }
};

const FoldTable& fold_table() {
  static const FoldTable t;
  return t;
}

bool is_space(UChar32 c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || u_isUWhiteSpace(c); }

}  // namespace

bool valid_utf8(std::string_view s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
    if (c == 0) return false;  // NUL is never valid text here
  }
  return true;
}

std::string nfc(std::string_view s) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return std::string(s);
  // Fast paths: ASCII is always NFC, and most text is already NFC (checked on the UTF-8 bytes).
  if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return std::string(s);
  if (n->isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), err) &&
      U_SUCCESS(err))
    return std::string(s);
  err = U_ZERO_ERROR;
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  if (n->isNormalized(in, err) && U_SUCCESS(err)) return std::string(s);
  err = U_ZERO_ERROR;
  icu::UnicodeString out = n->normalize(in, err);
  if (U_FAILURE(err)) return std::string(s);
  std::string r;
  out.toUTF8String(r);
  return r;
}

std::string upper_vi(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  u.toUpper(icu::Locale("vi"));
  std::string out;
  u.toUTF8String(out);
  return nfc(out);
}

std::string fold(std::string_view s) {
  const auto& t = fold_table();
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  bool pending_space = false;
  // Combining marks that follow a base letter (text not yet in NFC) are dropped too.
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) continue;
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    if (c < kTableEnd) {
      out += t.map[c];
    } else {
      icu::UnicodeString u(u_tolower(c));
      u.toUTF8String(out);
    }
  }
  return out;
}

std::string squeeze_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  bool pending = false;
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && is_space(c)) {
      pending = !out.empty();
      continue;
    }
    if (pending) {
      out.push_back(' ');
      pending = false;
    }
    out.append(s.substr(start, i - start));
  }
  return out;
}

std::string vi_sort_key(std::string_view s) {
  thread_local std::unique_ptr<icu::Collator> coll = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("vi"), err));
    return c;
  }();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  if (!coll) {
    std::string r;
    u.toUTF8String(r);
    return r;
  }
  int32_t len = coll->getSortKey(u, nullptr, 0);
  std::string key(static_cast<size_t>(len), '\0');
  coll->getSortKey(u, reinterpret_cast<uint8_t*>(key.data()), len);
  if (!key.empty() && key.back() == '\0') key.pop_back();
  return key;
}

std::string vi_person_sort_key(std::string_view full_name) {
  std::string name = squeeze_spaces(full_name);
  size_t first = name.find(' ');
  size_t last = name.rfind(' ');
  if (first == std::string::npos) return vi_sort_key(name);
  std::string given = name.substr(last + 1);
  std::string family = name.substr(0, first);
  std::string middle = first < last ? name.substr(first + 1, last - first - 1) : "";
  // Separator byte 0x01 sorts below every collation key byte, so shorter parts come first.
  return vi_sort_key(given) + '\x01' + vi_sort_key(family) + '\x01' + vi_sort_key(middle);
}

}  // namespace atgt
