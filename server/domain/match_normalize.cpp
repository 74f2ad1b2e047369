// Normalisation for the matching engine: names, schools, typed dates, ids, plates.
#include "domain/match_normalize.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "base/text.h"

namespace atgt::match {
namespace {

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool is_final_cluster(std::string_view rest) {
  static constexpr std::array<std::string_view, 9> kFinals = {"",   "c",  "ch", "m", "n",
                                                              "ng", "nh", "p",  "t"};
  return std::find(kFinals.begin(), kFinals.end(), rest) != kFinals.end();
}

bool is_name_char(UChar32 c) {
  return u_isalpha(c) || c == '\'' || c == 0x2019 || c == '-' ||
         u_charType(c) == U_NON_SPACING_MARK;
}

}  // namespace

std::string strip_telex(std::string_view w) {
  std::string s;
  s.reserve(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c == 'f' || c == 'j' || c == 'w' || c == 'z') continue;
    if ((c == 's' || c == 'r' || c == 'x') && i > 0 && is_vowel(w[i - 1]) &&
        is_final_cluster(w.substr(i + 1)))
      continue;
    s.push_back(c);
  }
  // A tone key typed after the final consonant ("hoangf" handled above; "tuanr": r after n).
  while (s.size() > 2 && (s.back() == 's' || s.back() == 'r' || s.back() == 'x')) s.pop_back();
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (!out.empty() && out.back() == c && (c == 'a' || c == 'e' || c == 'o' || c == 'd')) continue;
    out.push_back(c);
  }
  return out;
}

std::vector<NameWord> name_words(std::string_view full) {
  std::vector<NameWord> out;
  const auto* p = reinterpret_cast<const uint8_t*>(full.data());
  int32_t i = 0, n = static_cast<int32_t>(full.size());
  std::string raw;
  auto flush = [&] {
    if (raw.empty()) return;
    NameWord w;
    std::string folded = fold(raw);
    folded.erase(
        std::remove_if(folded.begin(), folded.end(), [](char c) { return c == '\'' || c == '-'; }),
        folded.end());
    w.key = strip_telex(folded);
    w.exact = raw;
    if (!w.key.empty()) out.push_back(std::move(w));
    raw.clear();
  };
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !is_name_char(c)) {
      flush();
      continue;
    }
    UChar32 lc = u_tolower(c);
    char buf[4];
    int32_t len = 0;
    UBool err = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, lc, err);
    raw.append(buf, static_cast<size_t>(len));
  }
  flush();
  return out;
}

std::string_view family_canon(std::string_view key) {
  if (key == "huynh") return "hoang";
  if (key == "vo") return "vu";
  return key;
}

bool family_variants(std::string_view a, std::string_view b) {
  return a != b && family_canon(a) == family_canon(b);
}

int edit_distance(std::string_view a, std::string_view b, int limit) {
  int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  if (n > 40 || m > 40) return a == b ? 0 : limit + 1;
  if (limit == 1) {
    // The common case, without the table: one substitution, insertion, deletion or swap of
    // neighbours after the common prefix, and the rest equal.
    size_t i = 0, sa = a.size(), sb = b.size();
    while (i < sa && i < sb && a[i] == b[i]) ++i;
    if (i == sa && i == sb) return 0;
    bool one;
    if (sa == sb)
      one = a.substr(i + 1) == b.substr(i + 1) ||
            (i + 1 < sa && a[i] == b[i + 1] && a[i + 1] == b[i] &&
             a.substr(i + 2) == b.substr(i + 2));
    else if (sa > sb)
      one = a.substr(i + 1) == b.substr(i);
    else
      one = a.substr(i) == b.substr(i + 1);
    return one ? 1 : 2;
  }
  int d[41][41];
  for (int i = 0; i <= n; ++i) d[i][0] = i;
  for (int j = 0; j <= m; ++j) d[0][j] = j;
  for (int i = 1; i <= n; ++i) {
    int row_min = limit + 1;
    for (int j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int v = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        v = std::min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
      row_min = std::min(row_min, v);
    }
    if (row_min > limit) return limit + 1;
  }
  return std::min(d[n][m], limit + 1);
}

namespace {

bool valid_ymd(int y, int m, int d) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max = kDays[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 1 : 0);
  return d <= max;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

TypedDate parse_typed_date(std::string_view s, int pivot_year) {
  TypedDate r;
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  if (s.empty()) return r;
  // "Unknown" as police write it: question marks or dashes only, "không rõ", "chưa rõ",
  // "không biết", "không", "KR": the record says it has no date, which is not an unreadable one.
  {
    std::string f = fold(s);
    bool marks_only = std::all_of(f.begin(), f.end(), [](char c) {
      return c == '?' || c == '-' || c == '.' || c == '/' || c == ' ' || c == '_';
    });
    static constexpr std::array<std::string_view, 9> kUnknown = {
        "khong ro", "chua ro", "khong biet", "khong", "kr", "k ro", "ko ro", "n/a", "khong co"};
    if (marks_only || std::find(kUnknown.begin(), kUnknown.end(), f) != kUnknown.end()) return r;
  }
  r.kind = TypedDate::kUnparsed;
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '/' || s[i] == '-' || s[i] == '.' || s[i] == ' ') {
      if (i > start) parts.push_back(s.substr(start, i - start));
      start = i + 1;
    } else if (s[i] < '0' || s[i] > '9') {
      return r;
    }
  }
  auto year_of = [&](std::string_view p) {
    int v = to_int(p);
    if (p.size() == 2) v += (2000 + v <= pivot_year) ? 2000 : 1900;
    return v;
  };
  int y = 0, m = 0, d = 0;
  if (parts.size() == 1) {
    std::string_view p = parts[0];
    if (p.size() == 4) {
      y = to_int(p);
      if (y < 1900 || y > 2200) return r;
      r.kind = TypedDate::kYear;
      r.date = Date{y, 1, 1};
      return r;
    }
    if (p.size() != 8) return r;
    int a = to_int(p.substr(0, 4));
    if ((a >= 1900 && a <= 2200) && valid_ymd(a, to_int(p.substr(4, 2)), to_int(p.substr(6, 2)))) {
      y = a, m = to_int(p.substr(4, 2)), d = to_int(p.substr(6, 2));
    } else {
      d = to_int(p.substr(0, 2)), m = to_int(p.substr(2, 2)), y = to_int(p.substr(4, 4));
    }
  } else if (parts.size() == 3) {
    for (auto p : parts)
      if (p.size() > 4 || (p.size() == 3)) return r;
    if (parts[0].size() == 4) {  // year first: y-m-d
      y = to_int(parts[0]), m = to_int(parts[1]), d = to_int(parts[2]);
      if (parts[1].size() > 2 || parts[2].size() > 2) return r;
    } else {
      if (parts[0].size() > 2 || parts[1].size() > 2) return r;
      d = to_int(parts[0]), m = to_int(parts[1]), y = year_of(parts[2]);
    }
  } else {
    return r;
  }
  bool primary = valid_ymd(y, m, d), swapped = valid_ymd(y, d, m);
  if (primary) {
    r.kind = TypedDate::kFull;
    r.date = Date{y, m, d};
    if (swapped && d != m) r.alt = Date{y, d, m};
  } else if (swapped) {
    r.kind = TypedDate::kFull;
    r.date = Date{y, d, m};
    r.swapped_only = true;
  } else if (y >= 1900 && y <= 2200 && d <= 31 && m <= 31) {
    // No calendar day either way (31/02/2009, 00/00/2009 for "year known only"): the year is
    // read, the day and month are not.
    r.kind = TypedDate::kYear;
    r.date = Date{y, 1, 1};
    r.day_month_invalid = true;
  }
  return r;
}

std::optional<std::string> parse_personal_id(std::string_view s, bool* malformed) {
  std::string digits;
  bool other = false;
  for (char c : s) {
    if (c >= '0' && c <= '9')
      digits.push_back(c);
    else if (c != ' ' && c != '.' && c != '-' && c != '\t')
      other = true;
  }
  if (malformed) *malformed = false;
  if (!other && digits.size() == 12) return digits;
  if (malformed) *malformed = !digits.empty() || other;
  return std::nullopt;
}

std::string plate_key(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= '0' && c <= '9')
      out.push_back(c);
    else if (c >= 'a' && c <= 'z')
      out.push_back(static_cast<char>(c - 'a' + 'A'));
    else if (c >= 'A' && c <= 'Z')
      out.push_back(c);
  }
  return out;
}

namespace {

struct LevelPhrase {
  std::vector<std::string_view> words;
  uint8_t level;  // 0: a word to drop
};

const std::vector<LevelPhrase>& level_phrases() {
  // Longest first: the first phrase that matches at a position wins.
  static const std::vector<LevelPhrase> p = {
      {{"trung", "tam", "giao", "duc", "nghe", "nghiep", "giao", "duc", "thuong", "xuyen"},
       kLevelGDTX},
      {{"giao", "duc", "nghe", "nghiep", "giao", "duc", "thuong", "xuyen"}, kLevelGDTX},
      {{"pho", "thong", "dan", "toc", "noi", "tru"}, kLevelPTDTNT},
      {{"trung", "tam", "giao", "duc", "thuong", "xuyen"}, kLevelGDTX},
      {{"giao", "duc", "thuong", "xuyen"}, kLevelGDTX},
      {{"trung", "hoc", "pho", "thong"}, kLevelTHPT},
      {{"trung", "hoc", "co", "so"}, kLevelTHCS},
      {{"pho", "thong", "nhieu", "cap", "hoc"}, kLevelMulti},
      {{"pt", "nhieu", "cap", "hoc"}, kLevelMulti},
      {{"pho", "thong", "nhieu", "cap"}, kLevelMulti},
      {{"pt", "nhieu", "cap"}, kLevelMulti},
      {{"nhieu", "cap", "hoc"}, kLevelMulti},
      {{"lien", "cap"}, kLevelMulti},
      {{"tieu", "hoc"}, kLevelTH},
      {{"mam", "non"}, kLevelMN},
      {{"mau", "giao"}, kLevelMN},
      {{"trung", "tam"}, 0},
      {{"truong"}, 0},
      {{"ptdtnt"}, kLevelPTDTNT},
      {{"thpt"}, kLevelTHPT},
      {{"thcs"}, kLevelTHCS},
      {{"th"}, kLevelTH},
      {{"mn"}, kLevelMN},
      {{"gdtx"}, kLevelGDTX},
      {{"gdnn"}, kLevelGDTX},
      {{"ttgdnn"}, kLevelGDTX},
      {{"ttgdtx"}, kLevelGDTX},
      {{"tt"}, 0},
      {{"dn"}, 0},
      {{"hn"}, 0},
      {{"pt"}, 0},
  };
  return p;
}

// A word of some level phrase or filler ("trung", "hoc", "thpt", ...).
bool level_vocabulary(std::string_view w) {
  for (const auto& ph : level_phrases())
    for (auto x : ph.words)
      if (x == w) return true;
  return false;
}

}  // namespace

SchoolName school_name(std::string_view s) {
  SchoolName out;
  std::string f = fold(s);
  std::vector<std::string> words;
  std::string cur;
  for (char c : f) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c & 0x80);
    if (alnum) {
      cur.push_back(c);
    } else if (!cur.empty()) {
      words.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  const auto& phrases = level_phrases();
  for (size_t i = 0; i < words.size();) {
    bool hit = false;
    for (const auto& ph : phrases) {
      if (i + ph.words.size() > words.size()) continue;
      bool eq = true;
      for (size_t k = 0; k < ph.words.size() && eq; ++k) eq = words[i + k] == ph.words[k];
      if (!eq) continue;
      out.levels |= ph.level;
      i += ph.words.size();
      hit = true;
      break;
    }
    if (hit) continue;
    // A level phrase or "Trường" with one keystroke wrong ("Trung hco phổ thông", "Tiểau
    // học", "Trưnờg", "THoPT", "TPT", "GDeX"), before the proper name only: police mistype
    // these words as often as any other. A phrase of three words or more may hold one typo
    // anywhere before the name (its other words anchor it); a shorter phrase, a level
    // abbreviation or "Trường" only while no level has been read, and never when the typed word
    // is itself a word of the level phrases ("Trung" is no typo of "Trường").
    if (out.words.empty()) {
      for (const auto& ph : phrases) {
        size_t n = ph.words.size();
        if (i + n > words.size() || (ph.level == 0 && ph.words[0] != "truong")) continue;
        if (n < 3 && out.levels != 0) continue;
        if (n == 1 && (ph.words[0].size() < 4 || words[i].size() < 3 ||
                       level_vocabulary(words[i]) || (ph.level == 0 && i != 0)))
          continue;
        size_t off = 0;
        bool ok = true;
        for (size_t k = 0; k < n && ok; ++k) {
          if (words[i + k] == ph.words[k]) continue;
          ok = ++off == 1 && ph.words[k].size() >= 3 &&
               edit_distance(words[i + k], ph.words[k], 1) <= 1;
        }
        if (!ok || off != 1) continue;
        out.levels |= ph.level;
        i += n;
        hit = true;
        break;
      }
      if (hit) continue;
    }
    std::string w = words[i++];
    // A level abbreviation with one keystroke wrong ("THSC", "THTP", "TpPT"), before the name.
    if (w.size() == 4 && out.words.empty()) {
      uint8_t lv = 0;
      if (edit_distance(w, "thpt", 1) <= 1) lv |= kLevelTHPT;
      if (edit_distance(w, "thcs", 1) <= 1) lv |= kLevelTHCS;
      if (lv) {
        out.levels |= lv;
        continue;
      }
    }
    if (w == "2") w = "ii";
    if (w == "3") w = "iii";
    out.words.push_back(std::move(w));
  }
  return out;
}

namespace {

bool word_close(const std::string& a, const std::string& b) {
  if (a == b) return true;
  // One keystroke off in words of 4+ letters ("bnh" for "binh": the typed word may be the
  // shorter by the letter it lost).
  if (std::min(a.size(), b.size()) >= 3 && std::max(a.size(), b.size()) >= 4)
    return edit_distance(a, b, 1) <= 1;
  return false;
}

// One keystroke between short words (2-3 letters against 3-4), for a typed word that is no
// school's word.
bool short_typo(const std::string& a, const std::string& b) {
  return std::min(a.size(), b.size()) >= 2 && std::max(a.size(), b.size()) >= 3 &&
         edit_distance(a, b, 1) <= 1;
}

}  // namespace

SchoolAgreement compare_school(const SchoolName& rec, const SchoolName& ros) {
  // Levels: a record level that the school does not have contradicts (THCS Lê Lợi is not Tiểu
  // học Lê Lợi); multi-level schools accept any secondary level.
  bool level_missing = rec.levels == 0;
  if (!level_missing && ros.levels != 0) {
    uint8_t ros_levels = ros.levels;
    if (ros_levels & kLevelMulti) ros_levels |= kLevelTH | kLevelTHCS | kLevelTHPT;
    uint8_t rec_levels = rec.levels;
    if (rec_levels & kLevelMulti) rec_levels |= kLevelTH | kLevelTHCS | kLevelTHPT;
    if ((rec_levels & ros_levels) == 0) return SchoolAgreement::kMismatch;
  }
  if (rec.words.empty() || ros.words.empty()) return SchoolAgreement::kMismatch;
  if (rec.words == ros.words)
    return level_missing ? SchoolAgreement::kFuzzy : SchoolAgreement::kExact;
  // Initials: "nbk" for nguyen binh khiem (all or all but a leading qualifier).
  if (rec.words.size() == 1 && rec.words[0].size() >= 2) {
    std::string ini;
    for (const auto& w : ros.words) ini.push_back(w[0]);
    if (rec.words[0] == ini || (ini.size() > 1 && rec.words[0] == ini.substr(1)))
      return SchoolAgreement::kFuzzy;
  }
  // Word by word, in order: equal, one typo (words of 4+ letters) or an initial ("le q don").
  size_t i = 0, j = 0, same = 0, close = 0, skipped = 0;
  while (i < rec.words.size() && j < ros.words.size()) {
    const auto& a = rec.words[i];
    const auto& b = ros.words[j];
    if (a == b) {
      ++same, ++i, ++j;
    } else if (word_close(a, b) || (a.size() == 1 && a[0] == b[0]) ||
               (i < 64 && (rec.unknown_words >> i & 1) && short_typo(a, b))) {
      ++close, ++i, ++j;
    } else if (skipped == 0 && (b == "chuyen" || b == "noi" || b == "tru")) {
      ++skipped, ++j;  // a missing qualifier of the roster name
    } else {
      return SchoolAgreement::kMismatch;
    }
  }
  if (i != rec.words.size() || j != ros.words.size() || same == 0)
    return SchoolAgreement::kMismatch;
  if (close + skipped > 2) return SchoolAgreement::kMismatch;
  return SchoolAgreement::kFuzzy;
}

}  // namespace atgt::match
