// The matching engine's private state, shared by its files and by no one else: the decision
// constants and field priors, the interned words (Dict), the roster rows and the index, and the
// comparators the decision runs for every candidate (in the class, so that they inline into
// match()). match_index.cpp builds the state from a roster; match_engine.cpp decides a record;
// match_reasons.cpp words the evidence. See match_engine.cpp for the model.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "domain/calendar.h"
#include "domain/match_engine.h"
#include "domain/match_normalize.h"

namespace atgt::match {
namespace engine_detail {

// ---- Decision thresholds -------------------------------------------------------------------
// The prior that a record is about nobody on the roster (the issue: about one record in five).
// The rest of the prior is spread evenly over the roster's students.
constexpr double kPriorNotOnRoster = 0.2;
// `matched` needs the best candidate's posterior at or above this, plus corroboration (see
// match()). The posteriors are only roughly calibrated (hand-set m, fields assumed independent),
// so the threshold was checked on the generated benchmark rather than derived: at 0.95 the
// share of wrong automatic matches was 0.2-0.45% on three seeds and three noise mixes, at 0.97
// 0.18% but recall fell under the 0.93 of the small-set test, at 0.995 0.03% with twice the
// reviews (docs/benchmarks.md "Matching"). A runner-up within about 4 bits of the best makes
// 0.95 unreachable (both share the probability), so the margin over the second candidate is
// part of the same rule.
constexpr double kMatchPosterior = 0.95;
// `review` below that and at or above this: the best candidate is more likely than not. Below:
// `unmatched` (a review queue full of long shots is not read). The best candidate is reported
// for `review`.
constexpr double kReviewPosterior = 0.5;
// ... or when the two best candidates together are this likely: homonyms (the same name and
// birth date in two schools, no school on the record) are exactly what a person must settle.
constexpr double kReviewTopTwo = 0.8;
// Blocks larger than this are skipped for the family+given key without a date (a very common
// name with no usable date cannot be matched anyway).
constexpr size_t kMaxNameBlock = 4000;
// Name blocks larger than this are filtered (see large_block_filter in match()).
constexpr size_t kLargeBlock = 200;

// ---- Field m-probabilities (priors, see the file comment) ----------------------------------
constexpr double kMGiven = 0.92, kMFamily = 0.93, kMMiddle = 0.9;
// Middle names as police write them: one of the child's middle names left out (per word), one
// added, one written as another. The alternative ("someone else, whose name is what the record
// says") is weighed by how many middle names a name has in the roster (most have one, a two-word
// name is rare): a record "Nguyễn Đức Anh" is a complete, common name, so it is weak evidence for
// "Nguyễn Đức Hoàng Anh", while "Nguyễn Anh" is itself rare and points to a dropped middle name.
// "Văn" and "Thị", the generic middle names, are left out far more often in everyday writing.
constexpr double kPDropMiddle = 0.05, kPDropGeneric = 0.3, kPExtraMiddle = 0.02,
                 kPOtherMiddle = 0.02;
constexpr double kMDate = 0.9, kMYear = 0.97;

inline double bits(double m, double u) {
  return std::log2(m / std::max(u, 1e-12));
}
inline double clamp(double v, double lo, double hi) {
  return std::min(hi, std::max(lo, v));
}

constexpr uint32_t kNone = 0xFFFFFFFFu;
constexpr int32_t kNoDate = INT32_MIN;

inline uint64_t mix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}
inline uint64_t key(uint64_t tag, uint64_t a, uint64_t b = 0) {
  return mix(mix(tag * 1000003u + a) ^ b);
}

enum Tag : uint64_t {
  kGivenDate = 1,    // given + birth date
  kFamilyDate,       // canonical family + birth date
  kGivenMonthDay,    // given + month/day (a year typo)
  kFamilyGivenYear,  // canonical family + given + birth year
  kFamilyGivenYM,    // ... + month (a day typo)
  kFamilyGivenYD,    // ... + day (a month typo)
  kFamilyGiven,      // canonical family + given (no usable date)
  kPid,              // personal id, exact
  kPidTail,          // its last six digits (an error in the first six)
  kPidHead,          // its first nine digits (an error in the last three)
  kPidMid,           // first six + last three (an error in digits 7-9)
  kPlate,
};

// Interned strings: open addressing over indices into `strs` (no node per entry, no
// allocation on a look-up; the roster adds millions of words and ids).
struct Dict {
  std::vector<std::string> strs;
  std::vector<uint64_t> slots;  // (hash >> 32) << 32 | (index + 1); 0: empty
  static uint64_t hash(std::string_view s) { return std::hash<std::string_view>{}(s); }
  void reserve(size_t n) {
    strs.reserve(n);
    size_t want = 16;
    while (want < n * 2) want *= 2;
    if (want > slots.size()) rehash(want);
  }
  void rehash(size_t size) {
    slots.assign(size, 0);
    for (size_t i = 0; i < strs.size(); ++i) place(hash(strs[i]), static_cast<uint32_t>(i));
  }
  void place(uint64_t h, uint32_t idx) {
    size_t mask = slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask)
      if (slots[i] == 0) {
        slots[i] = (h >> 32) << 32 | (uint64_t{idx} + 1);
        return;
      }
  }
  // `s` must not point into `strs` (it may grow).
  uint32_t add(std::string_view s) {
    if ((strs.size() + 1) * 2 > slots.size()) rehash(std::max<size_t>(16, slots.size() * 2));
    uint64_t h = hash(s);
    size_t mask = slots.size() - 1;
    uint64_t tag = (h >> 32) << 32;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      uint64_t v = slots[i];
      if (v == 0) {
        uint32_t idx = static_cast<uint32_t>(strs.size());
        strs.emplace_back(s);
        slots[i] = tag | (uint64_t{idx} + 1);
        return idx;
      }
      if ((v & 0xFFFFFFFF00000000ull) == tag && strs[static_cast<uint32_t>(v) - 1] == s)
        return static_cast<uint32_t>(v) - 1;
    }
  }
  uint32_t find(std::string_view s) const {
    if (slots.empty()) return kNone;
    uint64_t h = hash(s);
    size_t mask = slots.size() - 1;
    uint64_t tag = (h >> 32) << 32;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      uint64_t v = slots[i];
      if (v == 0) return kNone;
      if ((v & 0xFFFFFFFF00000000ull) == tag && strs[static_cast<uint32_t>(v) - 1] == s)
        return static_cast<uint32_t>(v) - 1;
    }
  }
};

struct Row {
  uint32_t fam_k = kNone, fam_e = kNone, giv_k = kNone, giv_e = kNone, fam_c = kNone;
  uint32_t mid_k[3] = {kNone, kNone, kNone}, mid_e[3] = {kNone, kNone, kNone};
  uint8_t n_mid = 0;
  char gender = 0;
  int16_t year = 0;  // school year start
  int32_t birth = kNoDate;
  uint32_t date_n = 0, year_n = 0;  // students sharing the birth date / birth year
  // Students sharing the folded full name; ... and the birth year.
  uint32_t name_n = 0, name_year_n = 0;
  uint32_t school = 0, uid = 0, plate = kNone;
  uint64_t pid = 0;
};

struct SchoolInfo {
  SchoolName name;
  uint32_t size = 0;
};

struct RecWord {
  std::string key, exact;
  uint32_t k = kNone, e = kNone;
  bool marked = false;  // typed with marks (a byte outside ASCII)
};

enum class WordLevel { kExact, kFolded, kMarksDiffer, kVariant, kTypo, kMismatch };

// Rows are read in index order, which is random in memory: fetched this many ahead.
constexpr size_t kAhead = 8;
inline void prefetch(const void* p) {
  __builtin_prefetch(p);
  __builtin_prefetch(static_cast<const char*>(p) + 64);
}

inline uint64_t pid_number(std::string_view s) {
  uint64_t v = 0;
  for (char c : s) v = v * 10 + static_cast<uint64_t>(c - '0');
  return v + 1;  // 0 means none
}

}  // namespace engine_detail
using namespace engine_detail;

struct Engine::Impl {
  Options opt;
  Dict keys, exacts, plates, uids;
  std::vector<Row> rows;
  std::vector<SchoolInfo> schools;
  std::vector<uint32_t> fam_count, giv_count, mid_count, canon_count;  // by key id
  double mid_struct_bits[4] = {0, 0, 0, 0};  // -log2(share of names with k middle names)
  // Good-Turing frequencies of a full name and of name + birth year seen r times
  // in the roster (r = 1..kGoodTuringMax; above: r / n). See joint_u().
  static constexpr int kGoodTuringMax = 6;
  double gt_name[kGoodTuringMax + 1] = {}, gt_name_year[kGoodTuringMax + 1] = {};
  // The record names a school of the roster / a school the roster does not hold (weights of
  // the "on no roster" alternative, see match()).
  std::unordered_map<std::string, std::vector<uint32_t>> school_words;

  double joint_u(const double* gt, uint32_t r) const {
    if (r == 0) r = 1;
    return r <= kGoodTuringMax ? gt[r] : r / n;
  }
  std::unordered_map<int32_t, uint32_t> date_count;
  std::unordered_map<int, uint32_t> year_count;
  std::vector<std::pair<uint64_t, uint32_t>> index;  // sorted by key
  std::vector<uint32_t> index_fam;  // rows[index[i].second].fam_c: block filters read it in order
  double n = 1;                     // distinct students
  calendar::Calendar cal{{}, {}};

  uint32_t canon_id(uint32_t k) const {
    if (k == kNone) return kNone;
    return keys.find(family_canon(keys.strs[k]));
  }

  // The roster's own frequency of each full name (folded), and of the name with the birth year
  // for the u of a record that agrees on both: the product of
  // the parts' frequencies says "Trịnh Thị Chi born 2012" is one in millions, but a combination
  // seen once in a roster of n is, by Good-Turing, about (2 N2 / N1) / n likely for the next
  // person (N_r: combinations seen r times) - that bounds how rare it can be taken to be.
  void joint_counts();

  void build(const std::vector<Student>& roster);

  std::pair<size_t, size_t> block(uint64_t k) const {
    auto lo = std::lower_bound(index.begin(), index.end(), std::make_pair(k, uint32_t{0}));
    auto hi = lo;
    while (hi != index.end() && hi->first == k) ++hi;
    return {static_cast<size_t>(lo - index.begin()), static_cast<size_t>(hi - index.begin())};
  }

  // ---- comparators ----------------------------------------------------------------------
  WordLevel compare_word(const RecWord& w, uint32_t k, uint32_t e, bool marked, bool family) const {
    if (k == kNone) return WordLevel::kMismatch;
    if (w.k == k) {
      // Marks compare only when this word was typed with marks (a record may mix words with
      // and without them).
      if (!marked || !w.marked) return WordLevel::kFolded;
      return w.e == e ? WordLevel::kExact : WordLevel::kMarksDiffer;
    }
    const std::string& rk = keys.strs[k];
    if (family && family_variants(w.key, rk)) return WordLevel::kVariant;
    // One keystroke off; a two-letter word ("Hy" for Huy) only when it is no name of the
    // roster itself (An is not a typo of Anh).
    size_t lo = std::min(w.key.size(), rk.size()), hi = std::max(w.key.size(), rk.size());
    if ((lo >= 3 || (lo == 2 && hi == 3 && w.k == kNone)) && edit_distance(w.key, rk, 1) <= 1)
      return WordLevel::kTypo;
    return WordLevel::kMismatch;
  }

  double freq(const std::vector<uint32_t>& v, uint32_t k) const {
    return (k == kNone || k >= v.size() ? 0.0 : v[k]) / n + 0.5 / n;
  }

  // The weights of a word that agrees, by key id, computed once (the u of a key is fixed once
  // the roster is counted): given and family names agreeing, agreeing but for the marks, a
  // family name agreeing as a regional variant, a middle name agreeing.
  struct KeyWeights {
    double giv_agree, giv_marks, fam_agree, fam_marks, variant, mid_agree;
    bool generic;  // "thi" or "van"
  };
  std::vector<KeyWeights> key_w;
  void word_weights();

  double word_weight(WordLevel l, bool family, uint32_t k) const {
    switch (l) {
      case WordLevel::kExact:
      case WordLevel::kFolded:
        return family ? key_w[k].fam_agree : key_w[k].giv_agree;
      case WordLevel::kMarksDiffer:
        return family ? key_w[k].fam_marks : key_w[k].giv_marks;
      case WordLevel::kVariant:
        return key_w[k].variant;
      case WordLevel::kTypo:
        return family ? 1.0 : 1.3;
      case WordLevel::kMismatch:
        return -5.0;
    }
    return 0;
  }

  // Name: tries the orders police use (family first; given first; family last) and keeps the
  // best.
  void compare_name(const std::vector<RecWord>& w, bool marked, const Row& r, Evidence& ev) const {
    if (w.empty()) {
      ev.name = NameLevel::kMissing;
      ev.w_name = 0;
      return;
    }
    size_t last = w.size() - 1;
    struct Order {
      size_t fam, giv;
      bool swapped;
    };
    Order orders[3] = {{0, last, false}, {last, 0, true}, {1, 0, true}};
    int n_orders = w.size() >= 3 ? 3 : (w.size() == 2 ? 2 : 1);
    if (w.size() == 1) orders[0] = {kNone, 0, false};
    double best = -1e9;
    for (int o = 0; o < n_orders; ++o) {
      const Order& ord = orders[o];
      if (o > 0 && (ev.name == NameLevel::kExact || ev.name == NameLevel::kFolded ||
                    ev.name == NameLevel::kPartial || ev.name == NameLevel::kVariant))
        break;  // the natural order agrees: another order can only be worse
      Evidence e;
      double total = ord.swapped ? -1.5 : 0;
      WordLevel gl = compare_word(w[ord.giv], r.giv_k, r.giv_e, marked, false);
      total += word_weight(gl, false, r.giv_k);
      WordLevel fl = WordLevel::kMismatch;
      if (ord.fam != kNone && r.fam_k != kNone) {
        fl = compare_word(w[ord.fam], r.fam_k, r.fam_e, marked, true);
        total += word_weight(fl, true, r.fam_k);
      } else if (r.fam_k != kNone) {
        total -= 2;  // a one-word record name
      }
      // Middle names: the record's other words, in order, against the roster's.
      bool used[8] = {};
      size_t n_rec_mid = 0;
      for (size_t i = 0; i < w.size() && i < 8; ++i)
        if (i != ord.fam && i != ord.giv) ++n_rec_mid;
      bool missing = false, extra = false, differ = false;
      double drop_bits[3] = {0, 0, 0};
      int n_unhit = 0;
      size_t agreed = 0;
      // Equal words first, then one-keystroke typos ("Thu" is Thu, not a typo of "Thị").
      bool hit_m[3] = {false, false, false};
      for (int pass = 0; pass < 2; ++pass)
        for (int m = 0; m < r.n_mid; ++m) {
          if (hit_m[m]) continue;
          for (size_t i = 0; i < w.size() && i < 8 && !hit_m[m]; ++i) {
            if (i == ord.fam || i == ord.giv || used[i]) continue;
            WordLevel l = compare_word(w[i], r.mid_k[m], r.mid_e[m], marked, false);
            bool equal = l == WordLevel::kExact || l == WordLevel::kFolded;
            if (equal || (pass == 1 && l == WordLevel::kTypo)) {
              used[i] = hit_m[m] = true;
              ++agreed;
              total += equal ? key_w[r.mid_k[m]].mid_agree : 0.5;
            }
          }
        }
      for (int m = 0; m < r.n_mid; ++m)
        if (!hit_m[m]) {
          missing = true;
          drop_bits[n_unhit++] =
              std::log2(key_w[r.mid_k[m]].generic ? kPDropGeneric : kPDropMiddle);
        }
      std::sort(drop_bits, drop_bits + n_unhit, std::greater<double>());
      size_t unused = n_rec_mid - agreed;
      size_t roster_left = r.n_mid - agreed;
      size_t paired = std::min(unused, roster_left);
      // log2 P(record's middle names | this child) - log2 P(... | someone else): each agreeing
      // word above; each left out, added or different word its noise rate; and the share of
      // names shaped like the record's (with k middle names) on the other side.
      if (w.size() > 1) total += mid_struct_bits[std::min<size_t>(n_rec_mid, 3)];
      if (paired > 0)
        differ = true, total += std::log2(kPOtherMiddle) * static_cast<double>(paired);
      for (size_t k = 0; k < roster_left - paired && k < 3; ++k) total += drop_bits[k];
      if (unused > paired)
        extra = true, total += std::log2(kPExtraMiddle) * static_cast<double>(unused - paired);
      if (total <= best) continue;
      best = total;
      auto ok = [](WordLevel l) {
        return l == WordLevel::kExact || l == WordLevel::kFolded || l == WordLevel::kVariant ||
               l == WordLevel::kTypo || l == WordLevel::kMarksDiffer;
      };
      NameLevel lvl;
      if (!ok(gl))
        lvl = ok(fl) ? NameLevel::kWeak : NameLevel::kMismatch;
      else if (!ok(fl))
        lvl = NameLevel::kWeak;
      else if (gl == WordLevel::kTypo || fl == WordLevel::kTypo || fl == WordLevel::kMarksDiffer ||
               gl == WordLevel::kMarksDiffer)
        lvl = NameLevel::kTypo;
      else if (fl == WordLevel::kVariant)
        lvl = NameLevel::kVariant;
      else if (missing || extra || differ)
        lvl = NameLevel::kPartial;
      else
        lvl = (marked && gl == WordLevel::kExact && fl == WordLevel::kExact) ? NameLevel::kExact
                                                                             : NameLevel::kFolded;
      ev.name = lvl;
      ev.name_swapped = ord.swapped;
      ev.middle_missing = missing && !differ;
      ev.middle_extra = extra;
      ev.w_name = total;
    }
  }

  void compare_birth(const TypedDate& td, const Row& r, bool school_agrees, Evidence& ev) const {
    if (td.kind == TypedDate::kMissing) return void(ev.birth = DateLevel::kMissing);
    if (td.kind == TypedDate::kUnparsed) return void(ev.birth = DateLevel::kUnparsed);
    if (r.birth == kNoDate) return void(ev.birth = DateLevel::kMissing);
    Date rd = Date::from_days(r.birth);
    double p_year = std::max(0.5, static_cast<double>(r.year_n)) / n;
    if (td.kind == TypedDate::kYear) {
      if (td.date.year == rd.year) {
        ev.birth = DateLevel::kYearOnly;
        ev.w_birth = clamp(bits(kMYear, p_year), 0.5, 8);
      } else {
        ev.birth = DateLevel::kMismatch;
        ev.w_birth = -7;
      }
      return;
    }
    double p_date = std::max(0.5, static_cast<double>(r.date_n)) / n;
    // A school holds a few birth years only: given the school, a date is far less rare than in
    // the whole roster. Cap the date's weight then (independence would count the school twice).
    double cap = school_agrees ? 10.5 : 16;
    if (td.date == rd && !td.swapped_only) {
      ev.birth = DateLevel::kExact;
      ev.w_birth = clamp(bits(kMDate, p_date), 1, cap);
    } else if ((td.date == rd && td.swapped_only) || (td.alt && *td.alt == rd)) {
      ev.birth = DateLevel::kSwappedDayMonth;
      ev.w_birth = clamp(bits(0.03, p_date), 0, std::min(cap, 8.0));
    } else {
      const Date& d = td.date;
      auto digit_off = [](int a, int b) {  // the last two digits, as "%02d" writes them
        a %= 100, b %= 100;
        char x[2] = {static_cast<char>('0' + a / 10), static_cast<char>('0' + a % 10)};
        char y[2] = {static_cast<char>('0' + b / 10), static_cast<char>('0' + b % 10)};
        return edit_distance(std::string_view(x, 2), std::string_view(y, 2), 1) <= 1;
      };
      bool close = (d.year == rd.year && d.month == rd.month && digit_off(d.day, rd.day)) ||
                   (d.year == rd.year && d.day == rd.day && digit_off(d.month, rd.month)) ||
                   (d.month == rd.month && d.day == rd.day && std::abs(d.year - rd.year) <= 10 &&
                    digit_off(d.year, rd.year));
      if (close) {
        // P(close | match) about 0.03 (a keystroke in the date); P(close | other) about the
        // share of that birth year times the few days, months or years one keystroke away.
        ev.birth = DateLevel::kClose;
        ev.w_birth = clamp(bits(0.03, p_year * 0.04), 0, 6);
      } else {
        ev.birth = DateLevel::kMismatch;
        ev.w_birth = d.year == rd.year ? -3 : -7;
      }
    }
  }

  void compare_id(const std::optional<std::string>& pid, bool malformed, bool year_given,
                  const Row& r, Evidence& ev) const {
    if (malformed) return void(ev.personal_id = IdLevel::kUnparsed);
    if (!pid) return void(ev.personal_id = IdLevel::kMissing);
    if (!r.pid) {
      // The roster has no id: the record's id still says the sex and the birth year.
      if (r.birth == kNoDate || r.gender == 0) return void(ev.personal_id = IdLevel::kMissing);
      Date rd = Date::from_days(r.birth);
      int cs = (*pid)[3] - '0';
      int yy = ((*pid)[4] - '0') * 10 + ((*pid)[5] - '0');
      int century = 1900 + (cs / 2) * 100;
      bool female = cs % 2 == 1;
      bool ok = century + yy == rd.year && female == (r.gender == 'F');
      ev.personal_id = ok ? IdLevel::kConsistent : IdLevel::kInconsistent;
      // With a birth date or year on the record, the year in the id repeats it: only the sex
      // is new evidence then.
      ev.w_id = ok ? (year_given ? 1.0 : 2.5) : -3;
      return;
    }
    char ros[12];  // the roster's id, 12 digits (pid_number read 12 digits)
    for (uint64_t v = r.pid - 1, i = 12; i-- > 0; v /= 10) ros[i] = static_cast<char>('0' + v % 10);
    std::string_view a = *pid, b(ros, 12);
    if (a == b) {
      ev.personal_id = IdLevel::kExact;
      ev.w_id = clamp(bits(0.95, 1 / n), 10, 20);
      return;
    }
    int diff = 0, first = -1;
    for (int i = 0; i < 12; ++i)
      if (a[i] != b[i]) {
        if (first < 0) first = i;
        ++diff;
      }
    if (diff == 1) {
      ev.personal_id = IdLevel::kOneDigit;
      ev.w_id = 7;
    } else if (diff == 2 && first < 11 && a[first] == b[first + 1] && a[first + 1] == b[first]) {
      ev.personal_id = IdLevel::kTransposition;
      ev.w_id = 7;
    } else {
      // A well-formed id that is neither this child's nor one keystroke from it: police copy ids
      // from papers, so this is about someone else (m about 0.005 against u about 1).
      ev.personal_id = IdLevel::kMismatch;
      ev.w_id = -7.5;
    }
  }

  // Whether the record's school is one of the roster's (equal or close to one of them).
  bool school_known(const SchoolName& sn) const {
    std::vector<uint32_t> seen;
    for (const auto& w : sn.words) {
      auto it = school_words.find(w);
      if (it == school_words.end()) continue;
      for (uint32_t i : it->second) {
        if (std::find(seen.begin(), seen.end(), i) != seen.end()) continue;
        seen.push_back(i);
        if (compare_school(sn, schools[i].name) != SchoolAgreement::kMismatch) return true;
      }
    }
    return false;
  }

  Decision match(const Record& rec) const;
};

}  // namespace atgt::match
