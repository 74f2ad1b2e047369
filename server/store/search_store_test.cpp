// Search index tests on every configured database: folding, prefixes, all names of a unit,
// updates in the same transaction, backfill, and that the lookups use the index (no scans).
#include "store/search_store.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "store/units_store.h"
#include "store/users_store.h"
#include "testing/test_db.h"

namespace atgt::store {
namespace {

class SearchStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = testing::fresh_db(GetParam());
    ASSERT_NE(db_, nullptr);
    ASSERT_TRUE(upsert_unit_type(*db_, {"SO_GDDT", "Sở", "education", "city", 1}).ok());
  }
  int64_t unit(const std::string& code, const std::string& name,
               const std::string& from = kSinceEver, std::optional<std::string> to = std::nullopt,
               int64_t id = 0) {
    if (!id) {
      auto r = insert_unit(*db_, code, 1);
      EXPECT_TRUE(r.ok());
      id = *r;
    }
    UnitVersion v;
    v.unit_id = id;
    v.valid_from = from;
    v.valid_to = to;
    v.name = name;
    v.type = "SO_GDDT";
    EXPECT_TRUE(insert_version(*db_, v).ok());
    return id;
  }
  int64_t user(const std::string& login, const std::string& name, int64_t unit_id) {
    auto id = insert_user(*db_, {login, name, std::nullopt, unit_id, {"observer"}, "h", false}, 1);
    EXPECT_TRUE(id.ok());
    return *id;
  }
  std::vector<std::string> codes(const std::string& q, std::optional<std::string> date = {}) {
    auto r = search_units(*db_, q, date, 50);
    EXPECT_TRUE(r.ok());
    std::vector<std::string> out;
    if (r.ok())
      for (const auto& v : *r) out.push_back(v.code);
    std::sort(out.begin(), out.end());
    return out;
  }
  std::vector<std::string> logins(const std::string& q) {
    auto r = list_users(*db_, {}, q, 50);
    EXPECT_TRUE(r.ok());
    std::vector<std::string> out;
    if (r.ok())
      for (const auto& u : *r) out.push_back(u.login);
    std::sort(out.begin(), out.end());
    return out;
  }
  std::unique_ptr<Db> db_;
};

using V = std::vector<std::string>;

TEST(SearchWords, FoldAndSplit) {
  EXPECT_EQ(search_words("Nguyễn  Văn ĐỨC"), (V{"duc", "nguyen", "van"}));
  EXPECT_EQ(search_words("gv.hong-bang (cũ)"), (V{"bang", "cu", "gv", "hong"}));
  EXPECT_EQ(search_words(" ,.; "), V{});
}

TEST_P(SearchStoreTest, PeopleAndUnitsAreFoundWithoutAccentsByWordPrefixes) {
  int64_t hb = unit("HB", "Phòng Giáo dục và Đào tạo quận Hồng Bàng");
  unit("DS", "Trường THCS Đồ Sơn");
  user("gv.an", "Nguyễn Văn An", hb);
  user("gv.anh", "Đặng Thị Ánh", hb);
  user("gv.binh", "Nguyễn Văn Bình", hb);
  EXPECT_EQ(logins("nguyen van an"), V{"gv.an"});
  EXPECT_EQ(logins("NGUYỄN văn"), (V{"gv.an", "gv.binh"}));
  EXPECT_EQ(logins("dang"), V{"gv.anh"});           // 'đ' matches 'd'
  EXPECT_EQ(logins("an"), (V{"gv.an", "gv.anh"}));  // a prefix of "anh" too
  EXPECT_EQ(logins("gv.binh"), V{"gv.binh"});
  EXPECT_EQ(logins("van an nguyen"), V{"gv.an"});  // any order
  EXPECT_EQ(logins("nguyen xyz"), V{});
  EXPECT_EQ(codes("hong bang"), V{"HB"});
  EXPECT_EQ(codes("do so"), V{"DS"});
  EXPECT_EQ(codes("ds"), V{"DS"});  // the code
  EXPECT_EQ(codes("do son", std::string("2024-01-01")), V{"DS"});
}

TEST_P(SearchStoreTest, FormerNamesAndRenamesAreSearchable) {
  int64_t id = unit("X1", "Trường Tiểu học Lê Lợi", kSinceEver, "2025-06-30");
  unit("X1", "Trường Tiểu học Hùng Vương", "2025-07-01", std::nullopt, id);
  EXPECT_EQ(codes("le loi"), V{"X1"});
  EXPECT_EQ(codes("hung vuong"), V{"X1"});
  EXPECT_EQ(codes("le loi", std::string("2025-07-02")), V{"X1"});  // found, shown as of the date
  int64_t u = user("gv.x", "Trần Văn Cũ", id);
  ASSERT_TRUE(update_user_profile(*db_, u, "Trần Văn Mới", std::nullopt, 2).ok());
  EXPECT_EQ(logins("van cu"), V{});
  EXPECT_EQ(logins("tran moi"), V{"gv.x"});
}

TEST_P(SearchStoreTest, ARolledBackWriteLeavesNoTerms) {
  {
    Tx tx(*db_);
    unit("RB", "Đơn vị hủy");
  }
  EXPECT_EQ(*db_->scalar_i64("SELECT COUNT(*) FROM search_terms"), 0);
}

TEST_P(SearchStoreTest, BackfillRebuildsAnEmptyIndexOnce) {
  int64_t hb = unit("HB", "Quận Hồng Bàng");
  user("gv.an", "Nguyễn Văn An", hb);
  int64_t before = *db_->scalar_i64("SELECT COUNT(*) FROM search_terms");
  ASSERT_TRUE(db_->execute("DELETE FROM search_terms").ok());
  EXPECT_EQ(logins("nguyen"), V{});
  auto n = backfill_search_terms(*db_);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(*n, before);
  EXPECT_EQ(logins("nguyen"), V{"gv.an"});
  EXPECT_EQ(codes("hong"), V{"HB"});
  EXPECT_EQ(*backfill_search_terms(*db_), 0);  // not empty: nothing to do
}

// The plan of the search queries: the terms are read through the (term, entity) index, and
// no table is scanned in full. PostgreSQL is told to avoid sequential scans: it still falls
// back to one when no index can serve the condition, which is what this test catches.
TEST_P(SearchStoreTest, LookupsUseTheTermIndexNotAScan) {
  int64_t root = unit("ROOT", "Sở Giáo dục");
  {
    Tx tx(*db_);
    for (int i = 0; i < 300; ++i) {
      int64_t u = unit("S" + std::to_string(i), "Trường số " + std::to_string(i) + " Nguyễn Trãi");
      user("u" + std::to_string(i), "Người Dùng " + std::to_string(i), i % 2 ? u : root);
    }
    ASSERT_TRUE(tx.commit().ok());
  }
  bool pg = db_->dialect() == Dialect::kPostgres;
  if (pg)
    ASSERT_TRUE(db_->exec_script("ANALYZE; SET enable_seqscan = off").ok());
  else
    ASSERT_TRUE(db_->exec_script("ANALYZE").ok());
  auto plan_of = [&](const std::string& sql, const Params& p) {
    auto rows = db_->query((pg ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + sql, p);
    EXPECT_TRUE(rows.ok());
    std::string plan;
    if (rows.ok())
      for (size_t i = 0; i < rows->size(); ++i)
        plan += (*rows)[i].str(rows->columns.size() - 1) + "\n";
    return plan;
  };
  for (const char* entity : {kSearchUnit, kSearchUser}) {
    Params p;
    std::string cond = search_filter(db_->dialect(), entity, "x.id", "nguyen tra", p);
    std::string table = entity == std::string(kSearchUnit) ? "units" : "users";
    std::string plan = plan_of("SELECT x.id FROM " + table + " x WHERE " + cond, p);
    SCOPED_TRACE(plan);
    EXPECT_NE(plan.find("search_terms_term"), std::string::npos);
    if (pg) {
      EXPECT_EQ(plan.find("Seq Scan"), std::string::npos);
    } else {
      EXPECT_EQ(plan.find("SCAN x"), std::string::npos);
      EXPECT_EQ(plan.find("SCAN search_terms"), std::string::npos);
    }
  }
  EXPECT_EQ(codes("nguyen trai truong so 299"), V{"S299"});
  EXPECT_EQ(logins("nguoi dung 299"), V{"u299"});
}

INSTANTIATE_TEST_SUITE_P(Db, SearchStoreTest, ::testing::ValuesIn(testing::test_backends()));

}  // namespace
}  // namespace atgt::store
