// Store tests: every test runs on each configured database (SQLite and PostgreSQL).
#include <gtest/gtest.h>

#include "app/seed_demo.h"
#include "domain/org.h"
#include "store/audit_store.h"
#include "store/migrate.h"
#include "store/units_store.h"
#include "store/users_store.h"
#include "testing/test_db.h"

namespace atgt::store {
namespace {

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = testing::fresh_db(GetParam());
    ASSERT_NE(db_, nullptr);
  }
  int64_t unit(const std::string& code, const std::string& from = kSinceEver,
               std::optional<std::string> to = std::nullopt, std::optional<int64_t> parent = {},
               const std::string& name = "") {
    auto id = insert_unit(*db_, code, 1);
    EXPECT_TRUE(id.ok());
    UnitVersion v;
    v.unit_id = *id;
    v.valid_from = from;
    v.valid_to = to;
    v.name = name.empty() ? "Đơn vị " + code : name;
    v.type = "SO_GDDT";
    v.parent_id = parent;
    EXPECT_TRUE(insert_version(*db_, v).ok());
    return *id;
  }
  void add_type() {
    ASSERT_TRUE(upsert_unit_type(*db_, {"SO_GDDT", "Sở", "education", "city", 1}).ok());
  }
  std::unique_ptr<Db> db_;
};

TEST_P(StoreTest, MigrationsAreRecordedAndIdempotent) {
  auto st = migration_state(*db_);
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(st->current, st->latest);
  EXPECT_GE(st->current, 1);
  auto again = migrate(*db_);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 0);
}

TEST_P(StoreTest, ValuesRoundTripWithTypes) {
  ASSERT_TRUE(db_->exec_script("CREATE TABLE t (i BIGINT, r DOUBLE PRECISION, s TEXT)").ok());
  ASSERT_TRUE(db_->execute("INSERT INTO t VALUES (?, ?, ?)", {int64_t{1} << 40, 2.5, std::string("Hải Phòng")}).ok());
  ASSERT_TRUE(db_->execute("INSERT INTO t VALUES (?, ?, ?)", {null_value(), null_value(), null_value()}).ok());
  auto rows = db_->query("SELECT i, r, s FROM t ORDER BY i");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2u);
  // NULLs sort first on SQLite and last on PostgreSQL: find the non-null row.
  size_t k = (*rows)[0].is_null(0) ? 1 : 0;
  EXPECT_EQ((*rows)[k].i64(0), int64_t{1} << 40);
  EXPECT_DOUBLE_EQ((*rows)[k].f64(1), 2.5);
  EXPECT_EQ((*rows)[k].str(2), "Hải Phòng");
  EXPECT_TRUE((*rows)[1 - k].is_null(2));
}

TEST_P(StoreTest, TransactionRollsBackOnDestruction) {
  add_type();
  {
    Tx tx(*db_);
    ASSERT_TRUE(tx.status().ok());
    unit("A");
  }
  EXPECT_EQ(*count_units(*db_), 0);
  {
    Tx tx(*db_);
    unit("B");
    ASSERT_TRUE(tx.commit().ok());
  }
  EXPECT_EQ(*count_units(*db_), 1);
}

TEST_P(StoreTest, DuplicateCodeIsAConflict) {
  ASSERT_TRUE(insert_unit(*db_, "X", 1).ok());
  auto again = insert_unit(*db_, "X", 1);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.status().kind(), Kind::kConflict);
  EXPECT_EQ(again.status().code(), "unique_violation");
}

TEST_P(StoreTest, VersionsAsOfADateFollowInclusiveValidity) {
  add_type();
  int64_t root = unit("ROOT");
  int64_t old_office = unit("PGD", kSinceEver, "2025-06-30", root);
  int64_t new_office = unit("VHXH", "2025-07-01", std::nullopt, root);
  auto on_30_june = versions_as_of(*db_, "2025-06-30");
  auto on_1_july = versions_as_of(*db_, "2025-07-01");
  ASSERT_TRUE(on_30_june.ok() && on_1_july.ok());
  auto has = [](const std::vector<UnitVersion>& vs, int64_t id) {
    return std::any_of(vs.begin(), vs.end(), [&](const auto& v) { return v.unit_id == id; });
  };
  EXPECT_TRUE(has(*on_30_june, old_office));
  auto versions = unit_versions(*db_, new_office);
  ASSERT_TRUE(versions.ok());
  EXPECT_EQ(versions->at(0).parent_name, "Đơn vị ROOT");
  EXPECT_EQ(unit_versions(*db_, 424242).status().kind(), Kind::kNotFound);
  EXPECT_FALSE(has(*on_30_june, new_office));
  EXPECT_FALSE(has(*on_1_july, old_office));
  EXPECT_TRUE(has(*on_1_july, new_office));
}

TEST_P(StoreTest, SearchIsAccentAndCaseInsensitive) {
  add_type();
  unit("HB", kSinceEver, std::nullopt, std::nullopt, "Phòng Giáo dục và Đào tạo quận Hồng Bàng");
  unit("DS", kSinceEver, std::nullopt, std::nullopt, "Trường THCS Đồ Sơn");
  auto r = search_units(*db_, "hong bang", std::nullopt, 10);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].code, "HB");
  auto words = search_units(*db_, "phong hong bang", std::nullopt, 10);
  ASSERT_TRUE(words.ok());
  EXPECT_EQ(words->size(), 1u);  // words in any order, not one phrase
  auto d = search_units(*db_, "do son", std::string("2024-01-01"), 10);
  ASSERT_TRUE(d.ok());
  ASSERT_EQ(d->size(), 1u);
  EXPECT_EQ((*d)[0].code, "DS");
}

TEST_P(StoreTest, EventsAndSuccessionsAreLinked) {
  add_type();
  int64_t a = unit("A", kSinceEver, "2025-06-30"), b = unit("B", kSinceEver, "2025-06-30");
  int64_t c = unit("C", "2025-07-01");
  UnitEvent e;
  e.kind = "merge";
  e.date = "2025-07-01";
  e.links = {{a, "", "", "predecessor", false}, {b, "", "", "predecessor", true}, {c, "", "", "successor", false}};
  ASSERT_TRUE(insert_event(*db_, e, 1).ok());
  auto events = events_for_unit(*db_, b);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].links.size(), 3u);
  auto succ = all_successions(*db_);
  ASSERT_TRUE(succ.ok());
  ASSERT_EQ(succ->size(), 2u);
  EXPECT_EQ((*succ)[0].to, c);
}

TEST_P(StoreTest, RegistryRevisionIncrements) {
  EXPECT_EQ(*registry_revision(*db_), 0);
  ASSERT_TRUE(bump_registry_revision(*db_).ok());
  ASSERT_TRUE(bump_registry_revision(*db_).ok());
  EXPECT_EQ(*registry_revision(*db_), 2);
}

TEST_P(StoreTest, UsersRolesAndUniqueLogin) {
  add_type();
  int64_t u = unit("SGD");
  NewUser nu{"gv.an", "Nguyễn Văn An", std::string("an@example.vn"), u, {"school_staff"}, "hash", true};
  auto id = insert_user(*db_, nu, 5);
  ASSERT_TRUE(id.ok());
  auto dup = insert_user(*db_, nu, 5);
  EXPECT_EQ(dup.status().kind(), Kind::kConflict);
  auto found = find_user_by_login(*db_, "gv.an");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->full_name, "Nguyễn Văn An");
  EXPECT_EQ(found->roles, std::vector<std::string>{"school_staff"});
  EXPECT_TRUE(found->must_change_password);
  EXPECT_EQ(found->unit_code, "SGD");
  ASSERT_TRUE(set_user_roles(*db_, *id, {"admin", "department"}).ok());
  auto list = list_users(*db_, {u}, "nguyen van", 10);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].roles, (std::vector<std::string>{"admin", "department"}));
  EXPECT_EQ(find_user(*db_, 99999).status().kind(), Kind::kNotFound);
}

TEST_P(StoreTest, SessionsAndThrottleCounts) {
  add_type();
  int64_t u = unit("SGD");
  auto id = insert_user(*db_, {"a.b", "A B", std::nullopt, u, {"admin"}, "h", false}, 1);
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(insert_session(*db_, "hash1", *id, "csrf", 100, "127.0.0.1").ok());
  auto s = find_session(*db_, "hash1");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->user.login, "a.b");
  EXPECT_EQ(s->csrf_token, "csrf");
  ASSERT_TRUE(delete_user_sessions(*db_, *id, "").ok());
  EXPECT_EQ(find_session(*db_, "hash1").status().kind(), Kind::kNotFound);
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(record_login_attempt(*db_, "a.b", "1.2.3.4", false, 10 + i).ok());
  EXPECT_EQ(*recent_login_failures(*db_, "a.b", 0), 3);
  ASSERT_TRUE(record_login_attempt(*db_, "a.b", "1.2.3.4", true, 20).ok());
  EXPECT_EQ(*recent_login_failures(*db_, "a.b", 0), 0);  // a success resets the count
  EXPECT_EQ(*recent_ip_failures(*db_, "1.2.3.4", 0), 3);
  EXPECT_EQ(*recent_ip_failures(*db_, "1.2.3.4", 12), 1);
}

TEST_P(StoreTest, AuditEntriesFilterAndPage) {
  for (int i = 0; i < 5; ++i) {
    AuditEntry e;
    e.at = 1000 + i;
    e.action = i % 2 ? "update" : "create";
    e.entity = i < 3 ? "user" : "unit";
    e.entity_id = std::to_string(i);
    e.changes_json = "{\"n\":" + std::to_string(i) + "}";
    ASSERT_TRUE(append_audit(*db_, e).ok());
  }
  AuditFilter f;
  f.entity = "user";
  f.limit = 2;
  auto page1 = list_audit(*db_, f);
  ASSERT_TRUE(page1.ok());
  ASSERT_EQ(page1->size(), 2u);
  EXPECT_EQ((*page1)[0].entity_id, "2");
  f.before_id = page1->back().id;
  auto page2 = list_audit(*db_, f);
  ASSERT_EQ(page2->size(), 1u);
  EXPECT_EQ((*page2)[0].entity_id, "0");
}

TEST_P(StoreTest, DemoDataShowsTheReform) {
  PasswordHasher hasher(2);
  auto r = app::seed_demo(*db_, testing::data_dir(), hasher);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(r->loaded);
  EXPECT_GT(r->units, 900);
  auto again = app::seed_demo(*db_, testing::data_dir(), hasher);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->loaded);

  auto pgd = unit_id_by_code(*db_, "PGD-HB");
  auto vhxh = unit_id_by_code(*db_, "VHXH-11311");
  ASSERT_TRUE(pgd.ok() && vhxh.ok());
  OrgIndex org(*all_versions(*db_), *all_successions(*db_));
  EXPECT_TRUE(org.alive(*pgd, "2024-12-31"));
  EXPECT_FALSE(org.alive(*pgd, "2025-12-31"));
  EXPECT_TRUE(org.alive(*vhxh, "2025-12-31"));
  auto succ = org.successors_as_of(*pgd, "2025-12-31");
  EXPECT_NE(std::find(succ.begin(), succ.end(), *vhxh), succ.end());
  // A school moved from the district office to the commune office on 1/7/2025.
  auto hd = unit_id_by_code(*db_, "SGDDT-HD");
  auto hp = unit_id_by_code(*db_, "SGDDT-HP");
  ASSERT_TRUE(hd.ok() && hp.ok());
  auto preds = org.predecessors(*hp);
  EXPECT_NE(std::find(preds.begin(), preds.end(), *hd), preds.end());
}

INSTANTIATE_TEST_SUITE_P(Db, StoreTest, ::testing::ValuesIn(testing::test_backends()));

}  // namespace
}  // namespace atgt::store
