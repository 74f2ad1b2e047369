// Multi-row statements on every configured database: chunk sizes, an insert, a look-up, an
// UPDATE ... FROM a VALUES list and a DELETE ... IN over more rows than one statement carries;
// Db::copy_rows with the characters COPY escapes.
#include "store/bulk.h"

#include <gtest/gtest.h>

#include <numeric>

#include "testing/test_db.h"

namespace atgt::store {
namespace {

TEST(BulkChunks, PowersOfTwoUnderTheLimits) {
  EXPECT_TRUE(bulk_chunks(0, 3).empty());
  EXPECT_EQ(bulk_chunks(1, 3), (std::vector<size_t>{1}));
  EXPECT_EQ(bulk_chunks(2500, 3), (std::vector<size_t>{1024, 1024, 256, 128, 64, 4}));
  // 9 values a row: 1024 rows are 9216 values, under the limit.
  EXPECT_EQ(bulk_chunks(1024, 9), (std::vector<size_t>{1024}));
  // 40 values a row: 32000 / 40 = 800, so 512 rows a statement.
  EXPECT_EQ(bulk_chunks(1300, 40), (std::vector<size_t>{512, 512, 256, 16, 4}));
  for (size_t n : {0, 1, 7, 1023, 1025, 5000}) {
    auto c = bulk_chunks(n, 5);
    EXPECT_EQ(std::accumulate(c.begin(), c.end(), size_t{0}), n);
  }
}

class BulkTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = testing::fresh_db(GetParam());
    ASSERT_NE(db_, nullptr);
    ASSERT_TRUE(db_->exec_script("CREATE TABLE bulk_t (id BIGINT PRIMARY KEY, name TEXT NOT NULL, "
                                 "note TEXT)")
                    .ok());
  }
  int64_t count(const std::string& sql) { return *db_->scalar_i64(sql); }
  std::unique_ptr<Db> db_;
};

TEST_P(BulkTest, InsertLookUpUpdateDelete) {
  const int64_t n = 2500;  // statements of 1024, 1024, 256, 128, 64 and 4 rows
  Params rows;
  for (int64_t i = 1; i <= n; ++i) {
    rows.emplace_back(i);
    rows.emplace_back("tên " + std::to_string(i));
    rows.push_back(i % 2 ? null_value() : Value(std::string("chẵn")));
  }
  auto ins =
      bulk_execute(*db_, "INSERT INTO bulk_t (id, name, note) VALUES {rows}", "(?, ?, ?)", 3, rows);
  ASSERT_TRUE(ins.ok()) << ins.status().message();
  EXPECT_EQ(*ins, n);
  EXPECT_EQ(count("SELECT COUNT(*) FROM bulk_t WHERE note IS NULL"), n / 2);
  // A look-up of a VALUES list joined to the table, with a value bound after the list.
  Params names;
  for (int64_t i = 1; i <= n; i += 2) names.emplace_back("tên " + std::to_string(i));
  names.emplace_back("không có");
  auto found = bulk_query(*db_,
                          "WITH k(n) AS (VALUES {rows}) SELECT t.id FROM k CROSS JOIN bulk_t t "
                          "WHERE t.name = k.n AND t.id > ? ORDER BY t.id",
                          "(CAST(? AS TEXT))", 1, names, {int64_t{100}});
  ASSERT_TRUE(found.ok()) << found.status().message();
  ASSERT_EQ(found->size(), static_cast<size_t>(n / 2 - 50));
  EXPECT_EQ((*found)[0].i64(0), 101);
  // UPDATE ... FROM a typed VALUES list.
  Params upd;
  for (int64_t i = 1; i <= 1500; ++i) {
    upd.emplace_back(i);
    upd.emplace_back("mới " + std::to_string(i));
  }
  auto changed =
      bulk_execute(*db_,
                   "WITH v(id, name) AS (VALUES {rows}) UPDATE bulk_t SET name = v.name, "
                   "note = ? FROM v WHERE bulk_t.id = v.id",
                   "(CAST(? AS BIGINT), CAST(? AS TEXT))", 2, upd, {std::string("x")});
  ASSERT_TRUE(changed.ok()) << changed.status().message();
  EXPECT_EQ(*changed, 1500);
  EXPECT_EQ(count("SELECT COUNT(*) FROM bulk_t WHERE name LIKE 'mới %' AND note = 'x'"), 1500);
  // DELETE ... IN (list).
  Params ids;
  for (int64_t i = 2; i <= n; i += 2) ids.emplace_back(i);
  auto del = bulk_execute(*db_, "DELETE FROM bulk_t WHERE id IN ({rows})", "?", 1, ids);
  ASSERT_TRUE(del.ok());
  EXPECT_EQ(*del, n / 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM bulk_t"), n / 2);
  // Nothing to do: no statement, no error.
  EXPECT_EQ(*bulk_execute(*db_, "DELETE FROM bulk_t WHERE id IN ({rows})", "?", 1, {}), 0);
  // A list that is not whole rows is refused.
  EXPECT_FALSE(bulk_execute(*db_, "DELETE FROM bulk_t WHERE id IN ({rows})", "(?, ?)", 2,
                            {int64_t{1}, int64_t{2}, int64_t{3}})
                   .ok());
}

// Db::copy_rows (COPY on PostgreSQL): text that COPY's format escapes comes back as written;
// NULL stays NULL; a duplicate key fails the call.
TEST_P(BulkTest, CopyRowsKeepsEveryCharacter) {
  const std::vector<std::string> texts = {
      "tab\there", "line\nbreak", "cr\rhere", "back\\slash", "\\N", "\\.", "Nguyễn Thị Ánh", ""};
  Params rows;
  for (size_t i = 0; i < 2000; ++i) {
    rows.emplace_back(static_cast<int64_t>(i + 1));
    rows.emplace_back(texts[i % texts.size()]);
    rows.push_back(i % 3 ? Value(texts[(i + 1) % texts.size()]) : null_value());
  }
  ASSERT_TRUE(db_->copy_rows("bulk_t", "id, name, note", 3, rows).ok());
  auto back = db_->query("SELECT id, name, note FROM bulk_t ORDER BY id");
  ASSERT_TRUE(back.ok());
  ASSERT_EQ(back->size(), 2000u);
  for (size_t i = 0; i < 2000; ++i) {
    EXPECT_EQ((*back)[i].i64(0), static_cast<int64_t>(i + 1));
    EXPECT_EQ((*back)[i].str(1), texts[i % texts.size()]) << i;
    if (i % 3)
      EXPECT_EQ((*back)[i].opt_str(2), texts[(i + 1) % texts.size()]) << i;
    else
      EXPECT_TRUE((*back)[i].is_null(2)) << i;
  }
  EXPECT_TRUE(db_->copy_rows("bulk_t", "id, name", 2, {}).ok());
  auto dup = db_->copy_rows("bulk_t", "id, name", 2,
                            {int64_t{5000}, std::string("x"), int64_t{1}, std::string("again")});
  EXPECT_FALSE(dup.ok());
  EXPECT_TRUE(db_->healthy());
}

INSTANTIATE_TEST_SUITE_P(Db, BulkTest, ::testing::ValuesIn(testing::test_backends()));

}  // namespace
}  // namespace atgt::store
