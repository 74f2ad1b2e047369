// Building the matching engine's index from a roster (see match_engine.cpp for the model):
// the names interned and split into family, middle and given words, the frequencies that make
// the u side of every weight, the Good-Turing counts of whole names, and the sorted blocking keys.
// Parallel on up to eight threads; the memory read at random is put on huge pages.
#include <sys/mman.h>

#include <thread>

#include "domain/match_engine_impl.h"

namespace atgt::match {
namespace {

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

}  // namespace

void Engine::Impl::word_weights() {
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

void Engine::Impl::joint_counts() {
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

void Engine::Impl::build(const std::vector<Student>& roster) {
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

}  // namespace atgt::match
