// Matching engine tests: normalisation, one data-driven case per kind of noise
// (tests/match/cases.csv against tests/match/roster.csv), the school-year preference, and the
// small-set quality test (bench/gen_match_data.py, 2,000 records; fails below precision 0.995
// or recall 0.93).
#include "domain/match_engine.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>

#include "base/csv.h"
#include "base/text.h"
#include "domain/calendar.h"
#include "domain/match_normalize.h"

namespace atgt::match {
namespace {

const std::string kDir = std::string(ATGT_SOURCE_DIR) + "/tests/match/";

std::vector<Student> load_roster(const std::string& path) {
  auto t = read_csv_file(path);
  EXPECT_TRUE(t.ok()) << path;
  std::vector<Student> out;
  if (!t.ok()) return out;
  int c_id = t->find({"student_id"}), c_name = t->find({"full_name"}),
      c_birth = t->find({"birth_date"}), c_gender = t->find({"gender"}),
      c_code = t->find({"school_code"}), c_school = t->find({"school_name"}),
      c_pid = t->find({"personal_id"}), c_plate = t->find({"plate"}),
      c_year = t->find({"school_year"});
  for (const auto& r : t->rows) {
    Student s;
    s.id = r[c_id];
    s.full_name = r[c_name];
    s.birth = Date::parse(r[c_birth]);
    s.gender = fold(r[c_gender]) == "nam" ? 'M' : 'F';
    s.school_code = r[c_code];
    s.school_name = r[c_school];
    s.personal_id = r[c_pid];
    if (c_plate >= 0) s.plate = r[c_plate];
    if (c_year >= 0)
      if (auto y = calendar::parse_school_year_code(r[c_year])) s.school_year = *y;
    out.push_back(std::move(s));
  }
  return out;
}

Record record_of(const CsvTable& t, const std::vector<std::string>& r) {
  auto get = [&](const char* name) {
    int c = t.find({name});
    return c < 0 ? std::string() : r[c];
  };
  Record rec;
  rec.id = get("record_id");
  rec.full_name = get("full_name");
  rec.birth_date = get("birth_date");
  rec.school_name = get("school_name");
  rec.personal_id = get("personal_id");
  rec.violation_date = get("violation_date");
  rec.plate = get("plate");
  return rec;
}

TEST(MatchNormalize, Telex) {
  EXPECT_EQ(strip_telex("nguyeenx"), "nguyen");
  EXPECT_EQ(strip_telex("vawn"), "van");
  EXPECT_EQ(strip_telex("hoafng"), "hoang");
  EXPECT_EQ(strip_telex("tuaasn"), "tuan");
  EXPECT_EQ(strip_telex("ddusc"), "duc");
  // Real folded syllables are left alone.
  for (const char* w : {"nguyen", "xuan", "truong", "khanh", "son", "rang", "thuy", "hoa"})
    EXPECT_EQ(strip_telex(w), w);
  auto w = name_words("  NGUYỄN  văn   Đức ");
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[0].key, "nguyen");
  EXPECT_EQ(w[0].exact, "nguyễn");
  EXPECT_EQ(w[2].key, "duc");
}

TEST(MatchNormalize, TypedDates) {
  auto full = [](const char* s) {
    TypedDate t = parse_typed_date(s);
    return t.kind == TypedDate::kFull ? t.date.str() : std::string("-");
  };
  EXPECT_EQ(full("05/03/2009"), "2009-03-05");
  EXPECT_EQ(full("5/3/09"), "2009-03-05");
  EXPECT_EQ(full("05-03-2009"), "2009-03-05");
  EXPECT_EQ(full("2009-03-05"), "2009-03-05");
  EXPECT_EQ(full("05/03/09"), "2009-03-05");
  EXPECT_EQ(full("05.03.2009"), "2009-03-05");
  EXPECT_EQ(full("05032009"), "2009-03-05");
  EXPECT_EQ(full("03/25/2009"), "2009-03-25");  // impossible as day/month: read swapped
  EXPECT_TRUE(parse_typed_date("03/25/2009").swapped_only);
  EXPECT_EQ(parse_typed_date("05/03/2009").alt->str(), "2009-05-03");
  EXPECT_EQ(parse_typed_date("2009").kind, TypedDate::kYear);
  EXPECT_EQ(parse_typed_date("").kind, TypedDate::kMissing);
  // No calendar day either way: the year is still read.
  EXPECT_EQ(parse_typed_date("31/02/2009").kind, TypedDate::kYear);
  EXPECT_TRUE(parse_typed_date("31/02/2009").day_month_invalid);
  EXPECT_EQ(parse_typed_date("00/00/09").date.year, 2009);
  EXPECT_EQ(parse_typed_date("45/45/2009").kind, TypedDate::kUnparsed);
  // "Unknown" written out is no date, not an unreadable one.
  EXPECT_EQ(parse_typed_date("không rõ").kind, TypedDate::kMissing);
  EXPECT_EQ(parse_typed_date("??").kind, TypedDate::kMissing);
  EXPECT_EQ(parse_typed_date("abc").kind, TypedDate::kUnparsed);
}

TEST(MatchNormalize, Schools) {
  auto a = school_name("Trường THPT chuyên Trần Phú");
  EXPECT_EQ(a.levels, kLevelTHPT);
  EXPECT_EQ(a.words, (std::vector<std::string>{"chuyen", "tran", "phu"}));
  auto b = school_name("Trung học phổ thông Trần Phú");
  EXPECT_EQ(compare_school(b, a), SchoolAgreement::kFuzzy);  // qualifier missing
  EXPECT_EQ(compare_school(school_name("THPT NBK"), school_name("Trường THPT Nguyễn Bỉnh Khiêm")),
            SchoolAgreement::kFuzzy);
  EXPECT_EQ(compare_school(school_name("Tiểu học Lê Lợi"), school_name("Trường THCS Lê Lợi")),
            SchoolAgreement::kMismatch);
  EXPECT_EQ(
      compare_school(school_name("truong thpt ngo quyen"), school_name("Trường THPT Ngô Quyền")),
      SchoolAgreement::kExact);
  EXPECT_EQ(compare_school(school_name("TTGDNN-GDTX Kiến An"), school_name("TT GDNN-GDTX Kiến An")),
            SchoolAgreement::kExact);
  EXPECT_EQ(compare_school(school_name("THPT Thanh Mien 3"), school_name("THPT Thanh Miện III")),
            SchoolAgreement::kExact);
  // One keystroke wrong in the level phrase or in "Trường", before the proper name.
  auto kim = school_name("Trường THPT Kim Thành");
  for (const char* typed :
       {"Trung hco pho thong Kim Thanh", "Trưnờg THPT Kim Thành", "TPT Kim Thành",
        "THoPT Kim Thành", "Trường THCS - Trug học phổ thông Kim Thành"})
    EXPECT_NE(compare_school(school_name(typed), kim), SchoolAgreement::kMismatch) << typed;
  EXPECT_EQ(school_name("Tiểau học Trại Chuối").levels, kLevelTH);
  EXPECT_EQ(school_name("TT GDeX Hải Phòng").levels, kLevelGDTX);
  // ... but a word of the phrases is no typo of another ("Trung" is not "Trường").
  EXPECT_EQ(school_name("THPT Trung Vương").words, (std::vector<std::string>{"trung", "vuong"}));
  EXPECT_EQ(school_name("Trung Vương").words, (std::vector<std::string>{"trung", "vuong"}));
  // A short proper-name word one keystroke off counts only when it is no known school word.
  auto cam = school_name("THPT Cmẩ Giàng");
  EXPECT_EQ(compare_school(cam, school_name("Trường THPT Cẩm Giàng")), SchoolAgreement::kMismatch);
  cam.unknown_words = 1;
  EXPECT_EQ(compare_school(cam, school_name("Trường THPT Cẩm Giàng")), SchoolAgreement::kFuzzy);
}

TEST(MatchEngine, Cases) {
  auto roster = load_roster(kDir + "roster.csv");
  ASSERT_GT(roster.size(), 100u);
  Engine engine(roster);
  auto t = read_csv_file(kDir + "cases.csv");
  ASSERT_TRUE(t.ok());
  for (const auto& row : t->rows) {
    Record r = record_of(*t, row);
    std::string name = row[t->find({"case"})] + " (" + row[t->find({"kind"})] + ")";
    Decision d = engine.match(r);
    std::string want_status = row[t->find({"expect_status"})];
    std::string want = row[t->find({"expect_student"})];
    std::string got = d.best >= 0 ? roster[static_cast<size_t>(d.best)].id : "";
    std::string got_status = status_name(d.status);
    EXPECT_NE(("|" + want_status + "|").find("|" + got_status + "|"), std::string::npos)
        << name << ": status " << got_status << " score " << d.score << " best " << got;
    if (!want.empty() && want[0] == '!')
      EXPECT_FALSE(got == want.substr(1) && d.status == Status::kMatched) << name;
    else if (!want.empty())
      EXPECT_EQ(got, want) << name;
    EXPECT_GE(d.score, 0.0);
    EXPECT_LE(d.score, 1.0);
    // Every candidate carries its evidence and its Vietnamese reasons.
    for (const auto& c : d.candidates) EXPECT_GE(reasons_vi(c.evidence).size(), 4u) << name;
  }
}

TEST(MatchEngine, SchoolThatCannotBeReadIsNoEvidence) {
  auto roster = load_roster(kDir + "roster.csv");
  Engine engine(roster);
  auto score = [&](const char* school) {
    Record r;
    r.full_name = "Đặng Hoàng Long";
    r.birth_date = "2008";
    r.school_name = school;
    r.violation_date = "2025-12-01";
    return engine.match(r).score;
  };
  double none = score("");
  // A level alone, or initials that are no roster school's: as if no school were written.
  EXPECT_DOUBLE_EQ(score("THPT"), none);
  EXPECT_DOUBLE_EQ(score("THPT TLTT"), none);
  // A school named in full that the roster does not hold points away from the roster.
  EXPECT_LT(score("Trường THPT Tiên Du"), none);
}

TEST(MatchEngine, SummerViolationPrefersTheYearJustEnded) {
  // The same child on two rosters (2024-2025 at one school, 2025-2026 at another) and a
  // namesake: a violation on 15 July 2025 belongs to 2024-2025.
  std::vector<Student> roster;
  auto add = [&](const char* id, const char* name, const char* school, int year) {
    Student s;
    s.id = id, s.full_name = name, s.birth = Date{2009, 3, 5}, s.gender = 'M';
    s.school_code = school, s.school_name = std::string("Trường THPT ") + school;
    s.school_year = year;
    roster.push_back(s);
  };
  add("A", "Nguyễn Văn An", "Ngô Quyền", 2024);
  add("A", "Nguyễn Văn An", "Trần Phú", 2025);
  add("B", "Nguyễn Văn An", "Lê Chân", 2025);
  Engine e(roster);
  Record r;
  r.full_name = "Nguyen Van An";
  r.birth_date = "05/03/2009";
  r.violation_date = "2025-07-15";
  Decision d = e.match(r);
  ASSERT_GE(d.best, 0);
  EXPECT_EQ(roster[static_cast<size_t>(d.best)].id, "A");
  EXPECT_EQ(d.candidates[0].evidence.year, YearLevel::kSame);
  // Two students with the same name and date and no school: never an automatic match.
  EXPECT_NE(d.status, Status::kMatched);
}

// The small-set quality test: the benchmark generator (fixed seed) with 2,000 records.
TEST(MatchEngine, SmallSetQuality) {
  // python3 is installed by tools/deps.sh: its absence is a set-up failure, not a reason to skip.
  ASSERT_EQ(std::system("python3 --version > /dev/null 2>&1"), 0)
      << "python3 missing (tools/deps.sh)";
  auto dir =
      std::filesystem::temp_directory_path() / ("atgt-match-quality-" + std::to_string(::getpid()));
  std::string cmd = "python3 " + std::string(ATGT_SOURCE_DIR) + "/bench/gen_match_data.py " +
                    dir.string() + " --seed 11 --records 2000 2>/dev/null";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  auto roster = load_roster((dir / "roster.csv").string());
  Engine engine(roster);
  auto recs = read_csv_file((dir / "records.csv").string());
  auto truth = read_csv_file((dir / "truth.csv").string());
  ASSERT_TRUE(recs.ok() && truth.ok());
  ASSERT_EQ(recs->rows.size(), 2000u);
  int matched = 0, correct = 0, rostered = 0, review = 0;
  for (size_t i = 0; i < recs->rows.size(); ++i) {
    Decision d = engine.match(record_of(*recs, recs->rows[i]));
    const std::string& want = truth->rows[i][1];
    rostered += !want.empty();
    if (d.status == Status::kMatched) {
      ++matched;
      correct += roster[static_cast<size_t>(d.best)].id == want;
    }
    review += d.status == Status::kReview;
  }
  std::filesystem::remove_all(dir);
  double precision = matched ? double(correct) / matched : 1, recall = double(correct) / rostered;
  std::printf("small set: precision %.4f recall %.4f review rate %.4f\n", precision, recall,
              review / 2000.0);
  EXPECT_GE(precision, 0.995);
  EXPECT_GE(recall, 0.93);
}

}  // namespace
}  // namespace atgt::match
