// The set-based roster write on every configured database: a file of several blocks written in
// one call leaves the database exactly as writing it line by line does (students, enrolments,
// guardians, vehicles, search terms, enrolment counts, batch ids, counts), on a database where
// earlier rosters already listed many of its students; the preview does not let lines see each
// other; progress comes per block.
#include "store/roster_store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "store/search_store.h"
#include "store/students_store.h"
#include "store/units_store.h"
#include "testing/test_db.h"

namespace atgt::store {
namespace {

// Deterministic lines with many collisions: 120 name + birth date pairs (some written in capitals,
// folded alike), personal ids from a pool of 300 on half the lines, sex, guardians and vehicles on
// some lines only.
class Lines {
 public:
  explicit Lines(uint64_t seed) : s_(seed) {}
  RosterEntry next() {
    static const char* family[] = {"Nguyễn", "Trần", "Lê"};
    static const char* middle[] = {"Văn", "Thị"};
    static const char* given[] = {"An", "Bình", "Chi", "Dũng", "Hà"};
    static const char* dates[] = {"2010-01-02", "2010-05-06", "2011-03-04", "2011-09-10"};
    RosterEntry e;
    e.full_name = std::string(family[r() % 3]) + " " + middle[r() % 2] + " " + given[r() % 5];
    if (r() % 7 == 0) e.full_name = upper(e.full_name);
    e.birth_date = dates[r() % 4];
    if (r() % 2) e.personal_id = "031210" + std::to_string(100000 + r() % 300);
    if (auto x = r() % 3; x < 2) e.sex = x ? "Nam" : "Nữ";
    e.class_name = "10A" + std::to_string(r() % 9);
    for (uint64_t g = r() % 4; g > 1; --g)
      e.guardians.push_back({"Phụ huynh " + std::to_string(r() % 1000), g % 2 ? "Cha" : "Mẹ",
                             "09" + std::to_string(10000000 + r() % 90000000)});
    if (r() % 5 == 0)
      e.vehicles.push_back({"29-B1 " + std::to_string(10000 + r() % 90000), "xe máy"});
    return e;
  }

 private:
  uint64_t r() {
    s_ = s_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return s_ >> 33;
  }
  static std::string upper(const std::string& s) {
    // The ASCII letters only: enough for a name that folds like the original.
    std::string out = s;
    for (auto& c : out)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
  }
  uint64_t s_;
};

class RosterStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  struct Side {
    std::unique_ptr<Db> db;
    int64_t a = 0, b = 0;
  };
  void SetUp() override {
    for (Side* s : {&one_by_one_, &batched_}) {
      s->db = testing::fresh_db(GetParam());
      ASSERT_NE(s->db, nullptr);
      ASSERT_TRUE(upsert_unit_type(*s->db, {"THPT", "Trường THPT", "education", "school", 1}).ok());
      s->a = unit(*s->db, "S-A");
      s->b = unit(*s->db, "S-B");
    }
  }
  static int64_t unit(Db& db, const std::string& code) {
    auto id = insert_unit(db, code, 1);
    EXPECT_TRUE(id.ok());
    UnitVersion v;
    v.unit_id = *id;
    v.valid_from = kSinceEver;
    v.name = "Trường " + code;
    v.type = "THPT";
    EXPECT_TRUE(insert_version(db, v).ok());
    return *id;
  }
  // Writes `rows` line by line (one write_roster call each) in one transaction.
  static RosterCounts one_by_one(Db& db, int64_t unit, const std::string& year,
                                 const std::vector<RosterEntry>& rows, const std::string& batch,
                                 int64_t now) {
    RosterCounts total;
    Tx tx(db);
    EXPECT_TRUE(tx.status().ok());
    for (const auto& e : rows) {
      auto r = write_roster(db, unit, year, "upper_secondary", {e}, batch, now, std::nullopt);
      EXPECT_TRUE(r.ok()) << r.status().message();
      if (!r.ok()) return total;
      total.inserted += r->inserted;
      total.updated += r->updated;
    }
    EXPECT_TRUE(tx.commit().ok());
    return total;
  }
  // The database's roster data as text lines, students named by their rank in id order (the ids
  // themselves may differ on PostgreSQL, where a write draws ids from the sequence in advance).
  static std::vector<std::string> dump(Db& db) {
    std::vector<std::string> out;
    std::map<int64_t, int64_t> rank;
    auto students = *db.query(
        "SELECT id, personal_id, full_name, name_fold, birth_date, sex, created_at, updated_at, "
        "batch_id FROM students ORDER BY id");
    for (size_t i = 0; i < students.size(); ++i) {
      auto r = students[i];
      rank[r.i64(0)] = static_cast<int64_t>(i);
      out.push_back("student " + std::to_string(i) + " " + r.str(1) + "|" + r.str(2) + "|" +
                    r.str(3) + "|" + r.str(4) + "|" + r.str(5) + "|" + r.str(6) + "|" + r.str(7) +
                    "|" + r.str(8));
    }
    auto add = [&](const std::string& what, const std::string& sql) {
      auto rows = *db.query(sql);
      std::vector<std::string> lines;
      for (size_t i = 0; i < rows.size(); ++i) {
        std::string line = what + " " + std::to_string(rank.at(rows[i].i64(0)));
        for (size_t c = 1; c < rows.columns.size(); ++c) line += "|" + rows[i].str(c);
        lines.push_back(line);
      }
      std::sort(lines.begin(), lines.end());
      out.insert(out.end(), lines.begin(), lines.end());
    };
    add("enrolled",
        "SELECT student_id, unit_id, school_year, class_name, updated_at, batch_id "
        "FROM student_enrolments");
    add("guardian", "SELECT student_id, name, relation, phone, batch_id FROM guardians");
    add("vehicle", "SELECT student_id, plate, plate_fold, kind, batch_id FROM student_vehicles");
    add("term", "SELECT entity_id, term FROM search_terms WHERE entity = 'student'");
    auto counts = *db.query(
        "SELECT unit_id, school_year, level, students, source FROM enrolments ORDER BY unit_id, "
        "school_year, level");
    for (size_t i = 0; i < counts.size(); ++i)
      out.push_back("enrolments " + counts[i].str(0) + "|" + counts[i].str(1) + "|" +
                    counts[i].str(2) + "|" + counts[i].str(3) + "|" + counts[i].str(4));
    return out;
  }
  Side one_by_one_, batched_;
};

TEST_P(RosterStoreTest, SeveralBlocksWriteAsLineByLine) {
  Lines gen(7);
  std::vector<RosterEntry> earlier_a, earlier_b, now_b, file;
  for (int i = 0; i < 200; ++i) earlier_a.push_back(gen.next());
  for (int i = 0; i < 100; ++i) earlier_b.push_back(gen.next());
  for (int i = 0; i < 50; ++i) now_b.push_back(gen.next());
  // More lines than two blocks and than one statement of search terms.
  for (int i = 0; i < 1300; ++i) file.push_back(gen.next());
  for (Side* s : {&one_by_one_, &batched_}) {
    one_by_one(*s->db, s->a, "2024-2025", earlier_a, "job:1", 10);
    one_by_one(*s->db, s->b, "2024-2025", earlier_b, "job:2", 20);
    one_by_one(*s->db, s->b, "2025-2026", now_b, "job:3", 30);
  }
  ASSERT_EQ(dump(*one_by_one_.db), dump(*batched_.db));
  auto expected = one_by_one(*one_by_one_.db, one_by_one_.a, "2025-2026", file, "job:4", 40);
  std::vector<int64_t> progress;
  Tx tx(*batched_.db);
  ASSERT_TRUE(tx.status().ok());
  auto got = write_roster(
      *batched_.db, batched_.a, "2025-2026", "upper_secondary", file, "job:4", 40, std::nullopt,
      [&](int64_t done) {
        progress.push_back(done);
        return Status::Ok();
      },
      512);
  ASSERT_TRUE(got.ok()) << got.status().message();
  ASSERT_TRUE(tx.commit().ok());
  EXPECT_EQ(got->inserted, expected.inserted);
  EXPECT_EQ(got->updated, expected.updated);
  EXPECT_GT(got->inserted, 0);
  EXPECT_GT(got->updated, 500);  // the pools make most lines about a student already written
  EXPECT_EQ(progress, (std::vector<int64_t>{512, 1024, 1300}));
  auto a = dump(*one_by_one_.db), b = dump(*batched_.db);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) ASSERT_EQ(a[i], b[i]) << "line " << i;
  // The batch id on every row the write touched: the whole roster of A in 2025-2026.
  auto n = [&](const std::string& sql) { return *batched_.db->scalar_i64(sql); };
  EXPECT_EQ(n("SELECT COUNT(*) FROM student_enrolments WHERE school_year = '2025-2026' AND "
              "unit_id = " +
              std::to_string(batched_.a) + " AND batch_id <> 'job:4'"),
            0);
  EXPECT_EQ(n("SELECT COUNT(*) FROM students s JOIN student_enrolments e ON e.student_id = s.id "
              "WHERE e.school_year = '2025-2026' AND e.unit_id = " +
              std::to_string(batched_.a) + " AND s.batch_id <> 'job:4'"),
            0);
  // The school students left is recounted: its count is its roster's size, now smaller.
  const std::string b_now =
      "unit_id = " + std::to_string(batched_.b) + " AND school_year = '2025-2026'";
  int64_t b_size = n("SELECT COUNT(*) FROM student_enrolments WHERE " + b_now);
  EXPECT_LT(b_size, 50);
  EXPECT_EQ(n("SELECT students FROM enrolments WHERE source = 'roster' AND " + b_now), b_size);
  // Moves keep the history: some of B's students of 2024-2025 are at A in 2025-2026.
  EXPECT_GT(n("SELECT COUNT(*) FROM student_enrolments e JOIN student_enrolments f ON "
              "f.student_id = e.student_id WHERE e.school_year = '2024-2025' AND e.unit_id = " +
              std::to_string(batched_.b) +
              " AND f.school_year = '2025-2026' AND f.unit_id = " + std::to_string(batched_.a)),
            0);
}

// The preview identifies each line against the database as it is; the write lets a line see the
// students the lines before it wrote.
TEST_P(RosterStoreTest, PreviewLinesDoNotSeeEachOther) {
  Db& db = *batched_.db;
  RosterEntry first;
  first.full_name = "Phạm Minh Khôi";
  first.birth_date = "2010-02-03";
  first.class_name = "10A1";
  RosterEntry again = first;  // the same child, now with a personal id and a guardian
  again.personal_id = "031210999999";
  again.guardians.push_back({"Phạm Văn Long", "Cha", "0912345678"});
  auto ids = identify_students(db, {first, again}, batched_.a);
  ASSERT_TRUE(ids.ok());
  EXPECT_EQ(*ids, (std::vector<std::optional<int64_t>>{std::nullopt, std::nullopt}));
  Tx tx(db);
  auto c = write_roster(db, batched_.a, "2025-2026", "upper_secondary", {first, again}, "job:9", 5,
                        std::nullopt);
  ASSERT_TRUE(c.ok()) << c.status().message();
  ASSERT_TRUE(tx.commit().ok());
  EXPECT_EQ(c->inserted, 1);
  EXPECT_EQ(c->updated, 1);
  EXPECT_EQ(*db.scalar_i64("SELECT COUNT(*) FROM students WHERE personal_id = '031210999999'"), 1);
  EXPECT_EQ(*db.scalar_i64("SELECT COUNT(*) FROM guardians WHERE batch_id = 'job:9'"), 1);
  auto known = identify_students(db, {first, again}, batched_.a);
  ASSERT_TRUE(known.ok());
  ASSERT_TRUE((*known)[0] && (*known)[1]);
  EXPECT_EQ(*(*known)[0], *(*known)[1]);
  // Another child: same name and birth date, another personal id.
  RosterEntry other = first;
  other.personal_id = "031210888888";
  EXPECT_FALSE(*identify_student(db, other, batched_.a));
  // At another school, without a personal id: unknown.
  EXPECT_FALSE(*identify_student(db, first, batched_.b));
}

INSTANTIATE_TEST_SUITE_P(Db, RosterStoreTest, ::testing::ValuesIn(testing::test_backends()));

}  // namespace
}  // namespace atgt::store
