// The matching engine's decision: a record against the index (built in match_index.cpp, its
// state, thresholds, priors and comparators in match_engine_impl.h), and the engine's public face.
//
// Weights are bits of evidence: log2(m / u), m = P(this comparison outcome | the record is about
// this student), u = P(outcome | a random other student). The u side is counted from the roster
// (how common a family name, given name, middle name, birth date, birth year or school is), so a
// common name agreeing weighs less than a rare one. The m side is a prior about police records,
// written here once and not fitted to any benchmark: a police officer gets a given name right
// about 9 times in 10 (mark-less or capitals count as right), a date of birth right 9 times in 10,
// a school mostly right when written at all, an id exactly right 19 times in 20 when written.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "domain/match_engine_impl.h"

namespace atgt::match {

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
