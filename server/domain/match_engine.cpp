// The matching engine: roster index, blocking, field comparators, weights, decision.
//
// Weights are bits of evidence: log2(m / u), m = P(this comparison outcome | the record is about
// this student), u = P(outcome | a random other student). The u side is counted from the roster
// (how common a family name, given name, middle name, birth date, birth year or school is), so a
// common name agreeing weighs less than a rare one. The m side is a prior about police records,
// written here once and not fitted to any benchmark: a police officer gets a given name right
// about 9 times in 10 (mark-less or capitals count as right), a date of birth right 9 times in 10,
// a school mostly right when written at all, an id exactly right 19 times in 20 when written.
#include "domain/match_engine.h"

#include <sys/mman.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <thread>
#include <unordered_map>

#include "domain/calendar.h"
#include "domain/match_normalize.h"

namespace atgt::match {
namespace {

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

double bits(double m, double u) {
  return std::log2(m / std::max(u, 1e-12));
}
double clamp(double v, double lo, double hi) {
  return std::min(hi, std::max(lo, v));
}

constexpr uint32_t kNone = 0xFFFFFFFFu;
constexpr int32_t kNoDate = INT32_MIN;

uint64_t mix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}
uint64_t key(uint64_t tag, uint64_t a, uint64_t b = 0) {
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

// The rows and the index are read at random, a few hundred rows per record: transparent huge
// pages (where the system allows them on request) save most of the TLB misses. Call before the
// memory is first written.
void advise_huge(void* p, size_t bytes) {
#ifdef MADV_HUGEPAGE
  constexpr uintptr_t kHuge = uintptr_t{2} << 20;
  uintptr_t a = (reinterpret_cast<uintptr_t>(p) + kHuge - 1) & ~(kHuge - 1);
  uintptr_t e = (reinterpret_cast<uintptr_t>(p) + bytes) & ~(kHuge - 1);
  if (e > a) madvise(reinterpret_cast<void*>(a), e - a, MADV_HUGEPAGE);
#else
  (void)p, (void)bytes;
#endif
}

// Sorts (key, row) pairs as std::sort would (the order is total), on `threads` threads: one
// pass distributes them by the key's top 16 bits (the keys are hashes, so the buckets are even),
// then each thread sorts a share of the buckets.
void parallel_sort(std::vector<std::pair<uint64_t, uint32_t>>& v, unsigned threads) {
  if (v.size() < (1u << 16) || threads < 2) {
    std::sort(v.begin(), v.end());
    return;
  }
  constexpr size_t kBuckets = 1 << 16;
  std::vector<size_t> start(kBuckets + 1, 0);
  for (const auto& p : v) ++start[(p.first >> 48) + 1];
  for (size_t b = 0; b < kBuckets; ++b) start[b + 1] += start[b];
  std::vector<std::pair<uint64_t, uint32_t>> out;
  out.reserve(v.size());
  advise_huge(out.data(), v.size() * sizeof v[0]);
  out.resize(v.size());
  {
    std::vector<size_t> at(start.begin(), start.end() - 1);
    for (const auto& p : v) out[at[p.first >> 48]++] = p;
  }
  std::vector<std::pair<uint64_t, uint32_t>>().swap(v);
  auto work = [&](unsigned t) {
    for (size_t b = kBuckets * t / threads; b < kBuckets * (t + 1) / threads; ++b)
      std::sort(out.begin() + static_cast<ptrdiff_t>(start[b]),
                out.begin() + static_cast<ptrdiff_t>(start[b + 1]));
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (auto& th : pool) th.join();
  v.swap(out);
}

unsigned worker_count() {
  return std::max(1u, std::min(std::thread::hardware_concurrency(), 8u));
}

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

uint64_t pid_number(std::string_view s) {
  uint64_t v = 0;
  for (char c : s) v = v * 10 + static_cast<uint64_t>(c - '0');
  return v + 1;  // 0 means none
}

}  // namespace

const char* status_name(Status s) {
  switch (s) {
    case Status::kMatched:
      return "matched";
    case Status::kReview:
      return "review";
    case Status::kUnmatched:
      return "unmatched";
  }
  return "unmatched";
}

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
  void joint_counts() {
    std::vector<uint8_t> first(rows.size(), 0);
    {
      std::vector<uint32_t> seen(uids.strs.size(), 0);
      for (uint32_t i = 0; i < rows.size(); ++i) first[i] = seen[rows[i].uid]++ == 0;
    }
    auto name_hash = [](const Row& r) {
      uint64_t h = key(99, r.fam_k, r.giv_k);
      for (int m = 0; m < r.n_mid; ++m) h = mix(h ^ r.mid_k[m]);
      return h;
    };
    auto count_kind = [&](auto&& hash_of, auto&& store, double* gt) {
      std::vector<std::pair<uint64_t, uint32_t>> hs;
      hs.reserve(rows.size());
      for (uint32_t i = 0; i < rows.size(); ++i)
        if (first[i]) hs.emplace_back(hash_of(rows[i]), i);
      parallel_sort(hs, worker_count());
      std::vector<double> nr(kGoodTuringMax + 2, 0);
      for (size_t a = 0; a < hs.size();) {
        size_t b = a;
        while (b < hs.size() && hs[b].first == hs[a].first) ++b;
        uint32_t c = static_cast<uint32_t>(b - a);
        if (c <= static_cast<uint32_t>(kGoodTuringMax + 1)) ++nr[c];
        for (size_t k = a; k < b; ++k) store(rows[hs[k].second], c);
        a = b;
      }
      for (int r = 1; r <= kGoodTuringMax; ++r)
        gt[r] = std::clamp(nr[r] > 0 && nr[r + 1] > 0 ? (r + 1) * nr[r + 1] / (nr[r] * n) : r / n,
                           r > 1 ? gt[r - 1] : 0.0, r / n);
    };
    count_kind(
        name_hash, [](Row& r, uint32_t c) { r.name_n = c; }, gt_name);
    count_kind(
        [&](const Row& r) {
          return mix(name_hash(r) ^ (r.birth == kNoDate ? 0 : Date::from_days(r.birth).year));
        },
        [](Row& r, uint32_t c) { r.name_year_n = c; }, gt_name_year);
    // Rows of the same student in other school years take the first row's counts.
    std::vector<uint32_t> by_uid(uids.strs.size() * 2, 0);
    for (uint32_t i = 0; i < rows.size(); ++i)
      if (first[i]) {
        by_uid[rows[i].uid * 2] = rows[i].name_n;
        by_uid[rows[i].uid * 2 + 1] = rows[i].name_year_n;
      }
    for (uint32_t i = 0; i < rows.size(); ++i)
      if (!first[i]) {
        rows[i].name_n = by_uid[rows[i].uid * 2];
        rows[i].name_year_n = by_uid[rows[i].uid * 2 + 1];
      }
  }

  void build(const std::vector<Student>& roster) {
    rows.reserve(roster.size());
    advise_huge(rows.data(), roster.size() * sizeof(Row));
    double n_mid_count[4] = {0, 0, 0, 0};
    std::unordered_map<std::string, uint32_t> school_ids;
    auto count = [](std::vector<uint32_t>& v, uint32_t id) {
      if (id == kNone) return;
      if (v.size() <= id) v.resize(id + 1);
      ++v[id];
    };
    // The text of each row (name words, id, plate) is normalised on every core, a chunk at a
    // time; the rows are then interned and counted in roster order on this thread, so that
    // every id and count is what a single pass gives.
    struct Prep {
      std::vector<NameWord> words;
      uint64_t pid = 0;
      std::string plate;
    };
    constexpr size_t kChunk = 1 << 15;
    std::vector<Prep> prep(std::min(roster.size(), kChunk));
    const unsigned threads = worker_count();
    keys.reserve(1 << 12), exacts.reserve(1 << 12), uids.reserve(roster.size());
    school_ids.reserve(4096);
    std::string skey;
    for (size_t c0 = 0; c0 < roster.size(); c0 += kChunk) {
      size_t c1 = std::min(roster.size(), c0 + kChunk);
      unsigned step = c1 - c0 > 256 ? threads : 1;
      auto normalise = [&](unsigned t) {
        for (size_t i = c0 + t; i < c1; i += step) {
          const Student& s = roster[i];
          Prep& p = prep[i - c0];
          p.words = name_words(s.full_name);
          bool bad = false;
          p.pid = 0;
          if (auto id = parse_personal_id(s.personal_id, &bad)) p.pid = pid_number(*id);
          p.plate = plate_key(s.plate);
        }
      };
      std::vector<std::thread> pool;
      for (unsigned t = 1; t < step; ++t) pool.emplace_back(normalise, t);
      normalise(0);
      for (auto& th : pool) th.join();
      for (size_t i = c0; i < c1; ++i) {
        const Student& s = roster[i];
        Prep& p = prep[i - c0];
        Row r;
        const auto& words = p.words;
        if (!words.empty()) {
          r.giv_k = keys.add(words.back().key), r.giv_e = exacts.add(words.back().exact);
          if (words.size() > 1) {
            r.fam_k = keys.add(words.front().key), r.fam_e = exacts.add(words.front().exact);
            for (size_t i = 1; i + 1 < words.size() && r.n_mid < 3; ++i, ++r.n_mid) {
              r.mid_k[r.n_mid] = keys.add(words[i].key);
              r.mid_e[r.n_mid] = exacts.add(words[i].exact);
            }
          }
        }
        if (r.fam_k != kNone) r.fam_c = keys.add(std::string(family_canon(keys.strs[r.fam_k])));
        if (s.birth) r.birth = static_cast<int32_t>(s.birth->days());
        r.gender = s.gender;
        r.year = static_cast<int16_t>(s.school_year);
        skey.assign(s.school_code).push_back('\x1f');
        skey += s.school_name;
        auto [it, fresh] = school_ids.try_emplace(skey, static_cast<uint32_t>(schools.size()));
        if (fresh) schools.push_back({school_name(s.school_name), 0});
        r.school = it->second;
        r.pid = p.pid;
        if (!p.plate.empty()) r.plate = plates.add(p.plate);
        uint32_t before = static_cast<uint32_t>(uids.strs.size());
        r.uid = uids.add(s.id);
        bool new_student = r.uid == before;
        if (new_student) {  // frequencies count each student once
          count(fam_count, r.fam_k), count(giv_count, r.giv_k);
          for (int i = 0; i < r.n_mid; ++i) count(mid_count, r.mid_k[i]);
          if (r.birth != kNoDate) {
            ++date_count[r.birth];
            ++year_count[Date::from_days(r.birth).year];
          }
          ++schools[r.school].size;
          ++n_mid_count[std::min<int>(r.n_mid, 3)];
        }
        rows.push_back(r);
      }
    }
    std::vector<Prep>().swap(prep);
    n = std::max<double>(1, static_cast<double>(uids.strs.size()));
    fam_count.resize(keys.strs.size()), giv_count.resize(keys.strs.size());
    mid_count.resize(keys.strs.size()), canon_count.assign(keys.strs.size(), 0);
    // The share of records with k middle names about someone else: that person's name goes
    // through the same pen as the child's (a middle name left out, one added), so a record
    // "Nguyễn Thắng" is not as rare as the roster's names without a middle name (most such
    // records are "Nguyễn Văn Thắng" with Văn left out).
    {
      double words = 0, generic = 0;
      for (uint32_t k = 0; k < keys.strs.size(); ++k) {
        words += mid_count[k];
        if (keys.strs[k] == "thi" || keys.strs[k] == "van") generic += mid_count[k];
      }
      double p_drop =
          words > 0 ? (generic * kPDropGeneric + (words - generic) * kPDropMiddle) / words : 0;
      double shaped[4] = {0, 0, 0, 0};
      for (int j = 0; j < 4; ++j) {
        double share = n_mid_count[j] / n, drop = std::min(0.9, j * p_drop);
        double extra = j < 3 ? kPExtraMiddle : 0;
        shaped[j] += share * (1 - drop - extra);
        if (j > 0) shaped[j - 1] += share * drop;
        if (j < 3) shaped[j + 1] += share * extra;
      }
      for (int k = 0; k < 4; ++k) mid_struct_bits[k] = clamp(-std::log2(shaped[k] + 0.5 / n), 0, 8);
    }
    for (uint32_t k = 0; k < keys.strs.size(); ++k) {
      uint32_t c = canon_id(k);
      if (c != kNone) canon_count[c] += fam_count[k];
    }
    word_weights();
    joint_counts();
    uids = Dict{};  // only the count was needed
    for (uint32_t i = 0; i < schools.size(); ++i) {
      const auto& w = schools[i].name.words;
      std::string ini;
      for (const auto& x : w) {
        school_words[x].push_back(i);
        ini.push_back(x[0]);
      }
      if (ini.size() >= 2) school_words[ini].push_back(i);
      if (ini.size() >= 3) school_words[ini.substr(1)].push_back(i);
    }
    for (Row& r : rows) {
      if (r.birth == kNoDate) continue;
      r.date_n = date_count[r.birth];
      r.year_n = year_count[Date::from_days(r.birth).year];
    }
    index.reserve(rows.size() * 8);
    advise_huge(index.data(), rows.size() * 8 * sizeof index[0]);
    for (uint32_t i = 0; i < rows.size(); ++i) {
      const Row& r = rows[i];
      uint32_t fc = r.fam_c;
      if (r.birth != kNoDate) {
        Date d = Date::from_days(r.birth);
        if (r.giv_k != kNone) {
          index.emplace_back(key(kGivenDate, r.giv_k, r.birth), i);
          index.emplace_back(key(kGivenMonthDay, r.giv_k, d.month * 32 + d.day), i);
        }
        if (fc != kNone) index.emplace_back(key(kFamilyDate, fc, r.birth), i);
        if (fc != kNone && r.giv_k != kNone) {
          uint64_t fg = uint64_t{r.giv_k} << 16 | d.year;
          index.emplace_back(key(kFamilyGivenYear, fc, fg), i);
          index.emplace_back(key(kFamilyGivenYM, fc, fg << 5 | d.month), i);
          index.emplace_back(key(kFamilyGivenYD, fc, fg << 5 | d.day), i);
        }
      }
      if (fc != kNone && r.giv_k != kNone) index.emplace_back(key(kFamilyGiven, fc, r.giv_k), i);
      if (r.pid) {
        uint64_t p = r.pid - 1;
        index.emplace_back(key(kPid, p), i);
        index.emplace_back(key(kPidTail, p % 1000000), i);
        index.emplace_back(key(kPidHead, p / 1000), i);
        index.emplace_back(key(kPidMid, (p / 1000000) * 1000 + p % 1000), i);
      }
      if (r.plate != kNone) index.emplace_back(key(kPlate, r.plate), i);
    }
    parallel_sort(index, worker_count());
    index_fam.resize(index.size());
    for (size_t i = 0; i < index.size(); ++i) index_fam[i] = rows[index[i].second].fam_c;
  }

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
  void word_weights() {
    key_w.resize(keys.strs.size());
    for (uint32_t k = 0; k < keys.strs.size(); ++k) {
      KeyWeights& w = key_w[k];
      double ug = freq(giv_count, k), uf = freq(fam_count, k);
      w.giv_agree = clamp(bits(kMGiven, ug), 0.3, 14);
      w.giv_marks = clamp(bits(0.02, ug), -4, 1);
      w.fam_agree = clamp(bits(kMFamily, uf), 0.3, 14);
      w.fam_marks = clamp(bits(0.02, uf), -4, 1);
      w.variant = clamp(bits(0.08, freq(canon_count, canon_id(k))), -1, 3);
      w.mid_agree = clamp(bits(kMMiddle, freq(mid_count, k)), 0.3, 5);
      w.generic = keys.strs[k] == "thi" || keys.strs[k] == "van";
    }
  }

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

namespace {

struct Scored {
  uint32_t row;
  uint32_t uid;  // rows[row].uid
  Evidence ev;
  double logp;  // log2 of prior x likelihood ratio
};

}  // namespace

Decision Engine::Impl::match(const Record& rec) const {
  Decision d;
  // ---- the record, normalised once
  auto words0 = name_words(rec.full_name);
  std::vector<RecWord> words;
  words.reserve(words0.size());
  for (auto& w : words0) {
    RecWord rw{std::move(w.key), std::move(w.exact)};
    rw.k = keys.find(rw.key);
    rw.e = exacts.find(rw.exact);
    rw.marked = std::any_of(rw.exact.begin(), rw.exact.end(),
                            [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    words.push_back(std::move(rw));
  }
  bool marked = std::any_of(rec.full_name.begin(), rec.full_name.end(),
                            [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  TypedDate td = parse_typed_date(rec.birth_date);
  bool id_bad = false;
  auto pid = parse_personal_id(rec.personal_id, &id_bad);
  std::string pk = plate_key(rec.plate);
  uint32_t plate_id = pk.empty() ? kNone : plates.find(pk);
  SchoolName sn = school_name(rec.school_name);
  // Words of the record's school that no roster school holds: typos of a short word allowed
  // (see SchoolName::unknown_words).
  for (size_t i = 0; i < sn.words.size() && i < 64; ++i)
    if (!school_words.count(sn.words[i])) sn.unknown_words |= uint64_t{1} << i;
  bool sn_known = !sn.empty() && school_known(sn);
  // A school written as a level alone ("THPT") or as initials that are no roster school's
  // ("TLTT", "THPT NG"): it cannot be told whether it is one of the roster's or one elsewhere,
  // so it is no evidence either way (rather than "a school the roster does not hold"). A word
  // without a vowel is no Vietnamese syllable: an initial or an abbreviation.
  if (!sn.empty() && sn.words.empty()) sn = SchoolName{};
  auto initials = [](const std::string& w) {
    return w.find_first_of("aeiouy") == std::string::npos;
  };
  auto numeral = [](const std::string& w) { return w == "ii" || w == "iii" || w == "iv"; };
  if (!sn_known && std::any_of(sn.words.begin(), sn.words.end(), initials) &&
      std::all_of(sn.words.begin(), sn.words.end(),
                  [&](const std::string& w) { return initials(w) || numeral(w); }))
    sn = SchoolName{};
  int vyear = 0;
  bool vdate_bad = false;
  {
    std::string_view v = rec.violation_date;
    std::optional<Date> vd = Date::parse(v.substr(0, std::min<size_t>(v.size(), 10)));
    if (!vd) {
      TypedDate t = parse_typed_date(v);
      if (t.kind == TypedDate::kFull && !t.swapped_only)
        vd = t.date;
      else if (t.kind != TypedDate::kMissing)
        vdate_bad = true;
    }
    if (vd) vyear = cal.school_year_of(*vd).start_year;
  }
  d.unparsed = td.kind == TypedDate::kUnparsed || id_bad || vdate_bad;

  // ---- candidates
  std::vector<uint32_t> cand;
  auto add_block = [&](uint64_t k, size_t limit, auto&& keep) {
    auto [lo, hi] = block(k);
    if (hi - lo > limit) return;
    bool filter = hi - lo > kLargeBlock;
    if (!filter) {
      for (size_t i = lo; i < hi; ++i) cand.push_back(index[i].second);
      return;
    }
    for (size_t i = lo; i < hi; ++i) {
      if (i + kAhead < hi) prefetch(&rows[index[i + kAhead].second]);
      if (keep(rows[index[i].second])) cand.push_back(index[i].second);
    }
  };
  // Every row of a block whose canonical family name is f.
  auto add_family_block = [&](uint64_t k, uint32_t f) {
    auto [lo, hi] = block(k);
    for (size_t i = lo; i < hi; ++i)
      if (index_fam[i] == f) cand.push_back(index[i].second);
  };
  auto all = [](const Row&) { return true; };
  // In a block of many namesakes (a common family + given name and a year, or no date), only
  // rows that the record's school or a middle name can single out are scored: among hundreds of
  // "Nguyễn ... Anh" born in 2009, a row that agrees on neither cannot reach `review` (each holds
  // well under 1% of the probability), and scoring them all costs the time of the whole run.
  // compare_school of the record's school against each roster school, computed once per record
  // (a slot is valid when its stamp is this call's).
  struct SchoolCache {
    std::vector<uint32_t> stamp;
    std::vector<SchoolAgreement> value;
    uint32_t now = 0;
  };
  thread_local SchoolCache sc;
  if (sc.stamp.size() < schools.size()) {
    sc.stamp.resize(schools.size(), 0);
    sc.value.resize(schools.size());
  }
  if (++sc.now == 0) {
    std::fill(sc.stamp.begin(), sc.stamp.end(), 0);
    sc.now = 1;
  }
  auto school_of = [&](uint32_t school) {
    if (sc.stamp[school] == sc.now) return sc.value[school];
    SchoolAgreement a = compare_school(sn, schools[school].name);
    sc.stamp[school] = sc.now;
    sc.value[school] = a;
    return a;
  };
  auto large_block_filter = [&](size_t fi, size_t gi) {
    return [&, fi, gi](const Row& r) {
      if (!sn.empty() && school_of(r.school) != SchoolAgreement::kMismatch) return true;
      for (size_t i = 0; i < words.size(); ++i) {
        if (i == fi || i == gi || words[i].k == kNone) continue;
        for (int m = 0; m < r.n_mid; ++m)
          if (r.mid_k[m] == words[i].k) return true;
      }
      return false;
    };
  };
  if (!words.empty()) {
    size_t last = words.size() - 1;
    std::vector<std::pair<size_t, size_t>> orders = {{0, last}};  // (family, given)
    if (last > 0) orders.push_back({last, 0});
    if (last > 1) orders.push_back({1, 0});
    for (auto [fi, gi] : orders) {
      uint32_t g = words[gi].k;
      uint32_t f = last > 0 ? canon_id(words[fi].k) : kNone;
      if (td.kind == TypedDate::kFull) {
        std::vector<Date> dates = {td.date};
        if (td.alt) dates.push_back(*td.alt);
        for (const Date& dd : dates) {
          int32_t days = static_cast<int32_t>(dd.days());
          if (g != kNone) add_block(key(kGivenDate, g, days), SIZE_MAX, all);
          if (f != kNone) add_block(key(kFamilyDate, f, days), SIZE_MAX, all);
          if (g != kNone && f != kNone)
            add_family_block(key(kGivenMonthDay, g, dd.month * 32 + dd.day), f);
        }
        if (g != kNone && f != kNone) {
          // A day or month typo: same family, given and year, and the month or the day agrees.
          uint64_t fg = uint64_t{g} << 16 | td.date.year;
          add_block(key(kFamilyGivenYM, f, fg << 5 | td.date.month), SIZE_MAX, all);
          add_block(key(kFamilyGivenYD, f, fg << 5 | td.date.day), SIZE_MAX, all);
        }
      } else if (td.kind == TypedDate::kYear) {
        if (g != kNone && f != kNone)
          add_block(key(kFamilyGivenYear, f, uint64_t{g} << 16 | td.date.year), SIZE_MAX,
                    large_block_filter(fi, gi));
      } else if (g != kNone && f != kNone) {
        add_block(key(kFamilyGiven, f, g), kMaxNameBlock, large_block_filter(fi, gi));
      }
    }
  }
  if (pid) {
    uint64_t p = pid_number(*pid) - 1;
    add_block(key(kPid, p), SIZE_MAX, all);
    add_block(key(kPidTail, p % 1000000), 64, all);
    add_block(key(kPidHead, p / 1000), 256, all);
    add_block(key(kPidMid, (p / 1000000) * 1000 + p % 1000), 256, all);
  }
  if (plate_id != kNone) add_block(key(kPlate, plate_id), 64, all);
  std::sort(cand.begin(), cand.end());
  cand.erase(std::unique(cand.begin(), cand.end()), cand.end());

  // ---- scoring
  std::vector<Scored> scored;
  scored.reserve(cand.size());
  const double log_prior = std::log2((1 - kPriorNotOnRoster) / n);
  // "On no roster" against the roster's students, on the school the record names: the roster
  // holds the city's schools, so a child on it names one of them (a school it does not hold
  // only by a typo the comparator cannot repair, taken as 10%), while someone on no roster names
  // one of them or a school elsewhere about equally often. No school written: no evidence either
  // way.
  double not_on_roster = kPriorNotOnRoster;
  if (!sn.empty()) not_on_roster *= sn_known ? 0.5 / 0.9 : 0.5 / 0.1;
  for (size_t at = 0; at < cand.size(); ++at) {
    if (at + kAhead < cand.size()) prefetch(&rows[cand[at + kAhead]]);
    uint32_t i = cand[at];
    const Row& r = rows[i];
    Scored s{i, r.uid, {}, 0};
    Evidence& ev = s.ev;
    compare_name(words, marked, r, ev);
    // School
    bool school_agrees = false;
    if (!sn.empty()) {
      SchoolAgreement a = school_of(r.school);
      double p_school = (schools[r.school].size + 0.5) / n;
      if (a == SchoolAgreement::kExact) {
        ev.school = SchoolLevel::kExact;
        ev.w_school = clamp(bits(0.85, p_school), 2, 9);
        school_agrees = true;
      } else if (a == SchoolAgreement::kFuzzy) {
        ev.school = SchoolLevel::kFuzzy;
        ev.w_school = clamp(bits(0.1, p_school), 2, 6);
        school_agrees = true;
      } else {
        ev.school = SchoolLevel::kMismatch;
        ev.w_school = -3.5;
      }
    }
    compare_birth(td, r, school_agrees, ev);
    // A full name that agrees word for word (marks aside) is at most as rare as the roster's
    // own count of it allows, alone and with the birth year (see joint_counts()).
    if (ev.name == NameLevel::kExact || ev.name == NameLevel::kFolded) {
      double m_name = kMGiven * kMFamily * std::pow(kMMiddle, r.n_mid);
      ev.w_name = std::min(ev.w_name, bits(m_name, joint_u(gt_name, r.name_n)));
      // (Not for name + full date: that space is far larger than the roster, its Good-Turing
      // estimate rests on a few hundred namesakes and twins, and it was measured to cost 1.4
      // points of recall for no precision on the benchmark.)
      if (ev.birth == DateLevel::kYearOnly)
        ev.w_birth = std::min(
            ev.w_birth, bits(m_name * kMYear, joint_u(gt_name_year, r.name_year_n)) - ev.w_name);
    }
    compare_id(pid, id_bad, td.kind == TypedDate::kFull || td.kind == TypedDate::kYear, r, ev);
    if (plate_id != kNone || !pk.empty()) {
      if (r.plate != kNone) {
        ev.plate = r.plate == plate_id ? PlateLevel::kExact : PlateLevel::kMismatch;
        ev.w_plate = r.plate == plate_id ? 12 : -1.5;
      }
    }
    if (vyear != 0 && r.year != 0) {
      ev.year = r.year == vyear ? YearLevel::kSame : YearLevel::kOther;
      ev.w_year = r.year == vyear ? 0 : -4;
    }
    ev.total = ev.w_name + ev.w_birth + ev.w_id + ev.w_school + ev.w_plate + ev.w_year;
    s.logp = log_prior + ev.total;
    scored.push_back(std::move(s));
  }
  // One candidate per student (rows of several school years: the best one). Sorted as small
  // keys (the evidence stays in place): the same comparisons, so the same order.
  struct Key {
    uint32_t uid, row;
    double logp;
    uint32_t at;  // index into scored
  };
  std::vector<Key> order;
  order.reserve(scored.size());
  for (uint32_t k = 0; k < scored.size(); ++k)
    order.push_back({scored[k].uid, scored[k].row, scored[k].logp, k});
  std::sort(order.begin(), order.end(), [&](const Key& a, const Key& b) {
    if (a.uid != b.uid) return a.uid < b.uid;
    return a.logp > b.logp;
  });
  order.erase(std::unique(order.begin(), order.end(),
                          [&](const Key& a, const Key& b) { return a.uid == b.uid; }),
              order.end());
  std::sort(order.begin(), order.end(), [](const Key& a, const Key& b) {
    return a.logp > b.logp || (a.logp == b.logp && a.row < b.row);
  });
  if (order.empty()) return d;
  // Posterior: P(student i) = prior_i 2^W_i / (P(no roster) + sum_j prior_j 2^W_j).
  double top = std::max(order[0].logp, std::log2(not_on_roster));
  double denom = not_on_roster * std::exp2(-top);
  for (const auto& s : order) denom += std::exp2(s.logp - top);
  for (size_t i = 0; i < order.size() && i < opt.max_candidates; ++i) {
    Candidate c;
    c.student = static_cast<int>(order[i].row);
    c.probability = std::exp2(order[i].logp - top) / denom;
    c.evidence = scored[order[i].at].ev;
    d.candidates.push_back(std::move(c));
  }
  const Candidate& best = d.candidates[0];
  d.best = best.student;
  d.score = clamp(best.probability, 0, 1);
  const Evidence& e = best.evidence;
  double top_two = best.probability + (d.candidates.size() > 1 ? d.candidates[1].probability : 0);
  // Corroboration: the automatic match needs the name to agree (family and given, at worst one
  // keystroke or a regional variant) and a second identifying field to agree (birth date or year,
  // the id exactly or one keystroke from it, or the plate). A strong id alone never names a child
  // whose name differs. (An id one digit or one swap away from the child's is as specific as an
  // exact one: a roster of a million holds about one id in 10^4 that near any given id.)
  bool name_ok = e.name == NameLevel::kExact || e.name == NameLevel::kFolded ||
                 e.name == NameLevel::kVariant || e.name == NameLevel::kTypo ||
                 e.name == NameLevel::kPartial;
  bool second_ok = e.birth == DateLevel::kExact || e.birth == DateLevel::kSwappedDayMonth ||
                   e.birth == DateLevel::kClose || e.birth == DateLevel::kYearOnly ||
                   e.personal_id == IdLevel::kExact || e.personal_id == IdLevel::kOneDigit ||
                   e.personal_id == IdLevel::kTransposition || e.plate == PlateLevel::kExact;
  // A record that gives no birth date at all (not a wrong one): a full name that agrees word for
  // word and the child's school are the two fields (the posterior already shares the
  // probability among namesakes of that school).
  if (!second_ok && e.birth == DateLevel::kMissing &&
      (e.school == SchoolLevel::kExact || e.school == SchoolLevel::kFuzzy) &&
      (e.name == NameLevel::kExact || e.name == NameLevel::kFolded ||
       e.name == NameLevel::kVariant))
    second_ok = true;
  if (d.score >= kMatchPosterior && name_ok && second_ok && !d.unparsed)
    d.status = Status::kMatched;
  else if (d.score >= kReviewPosterior || top_two >= kReviewTopTwo)
    d.status = Status::kReview;
  else
    d.status = Status::kUnmatched;
  if (d.status == Status::kUnmatched) d.best = -1;
  return d;
}

Engine::Engine(const std::vector<Student>& roster, Options opt) : impl_(std::make_unique<Impl>()) {
  impl_->opt = opt;
  impl_->build(roster);
}
Engine::~Engine() = default;
Decision Engine::match(const Record& r) const {
  return impl_->match(r);
}
size_t Engine::size() const {
  return impl_->rows.size();
}

}  // namespace atgt::match
