// Students store on every configured database: a roster write inserts then updates (by personal
// id, else name + birth date + school), a move between schools keeps the history, the batch id on
// every row, enrolment counts from the roster, commitments coverage and the unsigned list,
// parking operators, the search index.
#include "store/students_store.h"

#include <gtest/gtest.h>

#include <map>
#include <tuple>

#include "store/search_store.h"
#include "store/units_store.h"
#include "testing/test_db.h"

namespace atgt::store {
namespace {

class StudentsStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = testing::fresh_db(GetParam());
    ASSERT_NE(db_, nullptr);
    ASSERT_TRUE(upsert_unit_type(*db_, {"THCS", "Trường THCS", "education", "school", 1}).ok());
    a_ = unit("S-A");
    b_ = unit("S-B");
  }
  int64_t unit(const std::string& code) {
    auto id = insert_unit(*db_, code, 1);
    EXPECT_TRUE(id.ok());
    UnitVersion v;
    v.unit_id = *id;
    v.valid_from = kSinceEver;
    v.name = "Trường " + code;
    v.type = "THCS";
    EXPECT_TRUE(insert_version(*db_, v).ok());
    return *id;
  }
  RosterCounts write(int64_t unit, const std::string& year, std::vector<RosterEntry> rows,
                     const std::string& batch) {
    Tx tx(*db_);
    EXPECT_TRUE(tx.status().ok());
    auto r = write_roster(*db_, unit, year, "lower_secondary", rows, batch, 100, std::nullopt);
    EXPECT_TRUE(r.ok()) << r.status().message();
    EXPECT_TRUE(tx.commit().ok());
    return r.ok() ? *r : RosterCounts{};
  }
  int64_t count(const std::string& sql) { return *db_->scalar_i64(sql); }
  static RosterEntry entry(std::optional<std::string> pid, std::string name, std::string birth,
                           std::string cls) {
    RosterEntry e;
    e.personal_id = std::move(pid);
    e.full_name = std::move(name);
    e.birth_date = std::move(birth);
    e.class_name = std::move(cls);
    return e;
  }
  std::unique_ptr<Db> db_;
  int64_t a_ = 0, b_ = 0;
};

TEST_P(StudentsStoreTest, ReimportUpdatesAndAMoveKeepsHistory) {
  auto an = entry("031213000123", "Nguyễn Văn An", "2013-03-05", "6A1");
  auto binh = entry(std::nullopt, "Trần Thị Bình", "2013-04-01", "6A1");
  binh.guardians.push_back({"Trần Văn Cường", "Cha", "0912345678"});
  auto c1 = write(a_, "2024-2025", {an, binh}, "job:1");
  EXPECT_EQ(c1.inserted, 2);
  EXPECT_EQ(c1.updated, 0);
  // Same file again next year, one name corrected: updates, no duplicates.
  an.class_name = "7A1";
  binh.class_name = "7A1";
  binh.full_name = "Trần Thị Bình";
  auto c2 = write(a_, "2025-2026", {an, binh}, "job:2");
  EXPECT_EQ(c2.inserted, 0);
  EXPECT_EQ(c2.updated, 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM students"), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM students WHERE batch_id = 'job:2'"), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM student_enrolments WHERE batch_id = 'job:2'"), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM guardians WHERE batch_id = 'job:2'"), 1);  // replaced by job 2
  // An moves to school B in 2026-2027 (found by personal id); his history keeps school A.
  an.class_name = "8C";
  auto c3 = write(b_, "2026-2027", {an}, "job:3");
  EXPECT_EQ(c3.updated, 1);
  auto id = identify_student(*db_, an, b_);
  ASSERT_TRUE(id.ok() && *id);
  auto hist = student_history(*db_, **id);
  ASSERT_TRUE(hist.ok());
  ASSERT_EQ(hist->size(), 3u);
  EXPECT_EQ((*hist)[0].unit_id, a_);
  EXPECT_EQ((*hist)[2].unit_id, b_);
  EXPECT_EQ((*hist)[2].class_name, "8C");
  // Without a personal id, a student is known by name + birth date at the same school only.
  EXPECT_FALSE(*identify_student(*db_, binh, b_));
  EXPECT_TRUE(*identify_student(*db_, binh, a_));
  // Enrolment counts follow the roster.
  EXPECT_EQ(count("SELECT students FROM enrolments WHERE unit_id = " + std::to_string(a_) +
                  " AND school_year = '2025-2026' AND source = 'roster'"),
            2);
  // Search.
  StudentFilter f;
  f.unit_ids = {a_};
  f.school_year = "2025-2026";
  f.query = "binh tran";
  auto found = list_roster(*db_, f);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ(found->at(0).student.full_name, "Trần Thị Bình");
}

TEST_P(StudentsStoreTest, CommitmentCoverageAndUnsigned) {
  write(a_, "2025-2026",
        {entry(std::nullopt, "An", "2013-01-01", "6A"), entry(std::nullopt, "Bình", "2013-01-02", "6A"),
         entry(std::nullopt, "Chi", "2013-01-03", "6B")},
        "job:1");
  StudentFilter f;
  f.unit_ids = {a_};
  f.school_year = "2025-2026";
  auto roster = *list_roster(*db_, f);
  ASSERT_EQ(roster.size(), 3u);
  auto camp = campaign_id(*db_, "2025-2026", "parent", 1);
  ASSERT_TRUE(camp.ok());
  EXPECT_EQ(*campaign_id(*db_, "2025-2026", "parent", 2), *camp);
  ASSERT_TRUE(set_signature(*db_, *camp, roster[0].student.id, a_, true, "2025-09-10", 1, std::nullopt, "b1").ok());
  ASSERT_TRUE(set_signature(*db_, *camp, roster[1].student.id, a_, false, std::nullopt, 1, std::nullopt, "b1").ok());
  auto counts = commitment_counts(*db_, "2025-2026", "parent", {a_, b_});
  ASSERT_TRUE(counts.ok());
  ASSERT_EQ(counts->size(), 2u);
  EXPECT_EQ((*counts)[0].class_name, "6A");
  EXPECT_EQ((*counts)[0].roster, 2);
  EXPECT_EQ((*counts)[0].signed_count, 1);
  EXPECT_EQ((*counts)[0].recorded, 2);
  EXPECT_EQ((*counts)[1].signed_count, 0);
  auto student_counts = commitment_counts(*db_, "2025-2026", "student", {a_});
  EXPECT_EQ((*student_counts)[0].signed_count, 0);
  auto missing = unsigned_students(*db_, "2025-2026", "parent", a_, "6A");
  ASSERT_TRUE(missing.ok());
  ASSERT_EQ(missing->size(), 1u);
  EXPECT_EQ(missing->at(0).student.full_name, "Bình");
}

TEST_P(StudentsStoreTest, ParkingOperators) {
  ParkingOperator p;
  p.unit_id = a_;
  p.name = "Bãi xe ông Tư";
  p.address = "Số 5 Hùng Vương";
  p.created_at = p.updated_at = 1;
  auto id = insert_parking_operator(*db_, p);
  ASSERT_TRUE(id.ok());
  p.id = *id;
  p.signed_date = "2025-09-15";
  ASSERT_TRUE(update_parking_operator(*db_, p).ok());
  auto all = list_parking_operators(*db_, {a_});
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ(all->at(0).signed_date, "2025-09-15");
  ASSERT_TRUE(delete_parking_operator(*db_, *id).ok());
  EXPECT_EQ(get_parking_operator(*db_, *id).status().kind(), Kind::kNotFound);
}

// The records of the indicator source `commitments`: per rostered student and kind (signed or
// not, of that year's campaign only), and per parking operator listed or signed by the year's end.
TEST_P(StudentsStoreTest, CommitmentRecordsOfAYear) {
  write(a_, "2025-2026",
        {entry(std::nullopt, "An", "2013-01-01", "6A"), entry(std::nullopt, "Bình", "2013-01-02", "6A")},
        "job:1");
  write(b_, "2024-2025", {entry(std::nullopt, "Chi", "2012-01-03", "5B")}, "job:2");
  StudentFilter f;
  f.unit_ids = {a_};
  f.school_year = "2025-2026";
  auto roster = *list_roster(*db_, f);
  ASSERT_EQ(roster.size(), 2u);
  auto parent = *campaign_id(*db_, "2025-2026", "parent", 1);
  auto student = *campaign_id(*db_, "2025-2026", "student", 1);
  auto last_year = *campaign_id(*db_, "2024-2025", "parent", 1);
  ASSERT_TRUE(set_signature(*db_, parent, roster[0].student.id, a_, true, "2025-09-10", 1, std::nullopt, "b").ok());
  ASSERT_TRUE(set_signature(*db_, student, roster[1].student.id, a_, false, std::nullopt, 1, std::nullopt, "b").ok());
  ASSERT_TRUE(set_signature(*db_, last_year, roster[1].student.id, a_, true, "2024-09-10", 1, std::nullopt, "b").ok());
  // Operators listed in 1970: one signed in the year, one never signed, one signed the year
  // after; and one listed in 2027 and never signed (not yet there in 2025-2026).
  const int64_t y2027 = int64_t{1798761600} * 1000000;
  for (auto [name, signed_date, created] :
       std::vector<std::tuple<std::string, std::optional<std::string>, int64_t>>{
           {"Ký", "2025-10-01", 1},
           {"Chưa ký", std::nullopt, 1},
           {"Ký năm sau", "2026-10-01", 1},
           {"Mới", std::nullopt, y2027}}) {
    ParkingOperator p;
    p.unit_id = a_;
    p.name = name;
    p.signed_date = signed_date;
    p.created_at = p.updated_at = created;
    ASSERT_TRUE(insert_parking_operator(*db_, p).ok());
  }
  auto r = commitment_records(*db_, "2025-2026", "2026-09-04");
  ASSERT_TRUE(r.ok()) << r.status().message();
  std::map<std::string, std::pair<int, int>> by_kind;  // kind -> (records, signed)
  for (const auto& c : *r) {
    EXPECT_EQ(c.unit_id, a_);
    auto& k = by_kind[c.kind];
    ++k.first;
    k.second += c.is_signed ? 1 : 0;
    if (c.is_signed) EXPECT_TRUE(c.signed_date.has_value());
  }
  EXPECT_EQ(by_kind["parent"], std::make_pair(2, 1));
  EXPECT_EQ(by_kind["student"], std::make_pair(2, 0));
  EXPECT_EQ(by_kind["parking"], std::make_pair(3, 1));
  EXPECT_EQ(commitment_records(*db_, "2024-2025", "2025-09-04")->size(), 2u + 3u);  // Chi; 3 operators
  EXPECT_EQ(commitment_records(*db_, "2027-2028", "2028-09-04")->size(), 4u);  // no roster; 4 operators
}

TEST_P(StudentsStoreTest, AgesTable) {
  ASSERT_TRUE(upsert_student_age(*db_, {"THCS", 10, 17, "x"}).ok());
  ASSERT_TRUE(upsert_student_age(*db_, {"THCS", 10, 18, "y"}).ok());
  auto all = list_student_ages(*db_);
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ(all->at(0).max_age, 18);
}

INSTANTIATE_TEST_SUITE_P(Db, StudentsStoreTest, ::testing::ValuesIn(testing::test_backends()));

}  // namespace
}  // namespace atgt::store
