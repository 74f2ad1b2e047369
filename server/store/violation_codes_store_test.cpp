// Violation codes on every configured database: the loader over the real data/reference/legal/
// files (every code of both decrees in one category, Decree 100 flagged for review), codes in force
// by date across the change of law, inserts and updates, and the indicator catalogue's behaviour
// filters naming loaded categories.
#include "store/violation_codes_store.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <set>

#include "app/indicator_data.h"
#include "app/legal_data.h"
#include "store/indicators_store.h"
#include "testing/test_db.h"

namespace atgt::store {
namespace {

class ViolationCodesStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = testing::fresh_db(GetParam());
    ASSERT_NE(db_, nullptr);
    auto r = app::load_legal_codes(*db_, testing::data_dir());
    ASSERT_TRUE(r.ok()) << r.status().message();
    loaded_ = *r;
  }
  std::unique_ptr<Db> db_;
  app::LegalDataResult loaded_;
};

TEST_P(ViolationCodesStoreTest, LoadsBothDecreesOnceWithEveryCodeInACategory) {
  EXPECT_EQ(loaded_.decrees, 2);
  EXPECT_EQ(loaded_.codes, 151 + 158);
  EXPECT_EQ(loaded_.categories, 25);
  // Every Decree 100 row (the 2022 amendments not applied) and the three single flags of 168.
  EXPECT_EQ(loaded_.flagged, 151 + 3);
  auto again = app::load_legal_codes(*db_, testing::data_dir());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->codes, 0);
  auto all = list_codes(*db_, {});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), 309u);
  EXPECT_EQ(all->front().decree, "ND100");  // the older decree first
  auto decrees = list_decrees(*db_);
  ASSERT_EQ(decrees->size(), 2u);
  EXPECT_EQ((*decrees)[1].number, "168/2024/NĐ-CP");
  EXPECT_FALSE((*decrees)[1].effective_to);
}

TEST_P(ViolationCodesStoreTest, ACodeIsItsDecreeAndPointAndInForceByDate) {
  // 9.1.a exists in both decrees with different acts; each is in force in its own period.
  auto old = find_code_in_force(*db_, "ND100", "6.2.i", "2024-12-31");
  ASSERT_TRUE(old.ok()) << old.status().message();
  EXPECT_EQ(old->category, "no_helmet_rider");
  EXPECT_TRUE(old->review_note.has_value());
  EXPECT_EQ(find_code_in_force(*db_, "ND100", "6.2.i", "2025-01-01").status().kind(),
            Kind::kNotFound);
  auto now = find_code_in_force(*db_, "ND168", "7.2.h", "2025-01-01");
  ASSERT_TRUE(now.ok());
  EXPECT_EQ(now->category, "no_helmet_rider");
  EXPECT_FALSE(now->review_note.has_value());
  EXPECT_EQ(find_code_in_force(*db_, "ND168", "7.2.h", "2024-12-31").status().kind(),
            Kind::kNotFound);
  // 6.3.m of Decree 168 is in force from 1/1/2026 only.
  EXPECT_FALSE(find_code_in_force(*db_, "ND168", "6.3.m", "2025-06-01").ok());
  EXPECT_TRUE(find_code_in_force(*db_, "ND168", "6.3.m", "2026-01-01").ok());
  auto owner = find_code_in_force(*db_, "ND168", "32.10", "2025-03-01");
  ASSERT_TRUE(owner.ok());
  EXPECT_EQ(owner->category, "owner_handing_vehicle");
  EXPECT_EQ(owner->point, "");
  // Filters.
  CodeFilter f;
  f.category = "no_helmet_rider";
  f.on_day = "2025-06-01";
  auto helmets = list_codes(*db_, f);
  ASSERT_TRUE(helmets.ok());
  std::set<std::string> got;
  for (const auto& c : *helmets) got.insert(c.decree + ":" + c.code);
  EXPECT_EQ(got, (std::set<std::string>{"ND168:7.2.h", "ND168:9.4.d"}));
  CodeFilter review;
  review.review_only = true;
  review.decree = "ND168";
  EXPECT_EQ(list_codes(*db_, review)->size(), 3u);
}

TEST_P(ViolationCodesStoreTest, AdministratorsAddAndCorrectCodes) {
  auto c = *find_code_in_force(*db_, "ND168", "7.2.h", "2025-06-01");
  model::ViolationCode amended = c;
  amended.id = 0;
  amended.effective_from = "2027-01-01";
  amended.fine_min = 500000;
  amended.fine_max = 700000;
  auto id = insert_code(*db_, amended);
  ASSERT_TRUE(id.ok()) << id.status().message();
  EXPECT_EQ(insert_code(*db_, amended).status().code(), "unique_violation");
  c.effective_to = "2026-12-31";
  c.updated_by = 7;
  ASSERT_TRUE(update_code(*db_, c).ok());
  EXPECT_EQ(find_code_in_force(*db_, "ND168", "7.2.h", "2026-12-31")->fine_max, 600000);
  EXPECT_EQ(find_code_in_force(*db_, "ND168", "7.2.h", "2027-01-01")->fine_max, 700000);
  EXPECT_EQ(get_code(*db_, c.id)->updated_by, 7);
  c.id = 999999;
  EXPECT_EQ(update_code(*db_, c).kind(), Kind::kNotFound);
  model::ViolationCode wrong = amended;
  wrong.effective_from = "2028-01-01";
  wrong.category = "no_such_category";
  EXPECT_FALSE(insert_code(*db_, wrong).ok());  // the foreign key
}

// The catalogue's violation filters name categories that exist (data/indicators.csv once filtered
// on "helmet", which no category is called).
TEST_P(ViolationCodesStoreTest, IndicatorBehaviourFiltersNameLoadedCategories) {
  ASSERT_TRUE(app::load_indicator_catalogue(*db_, testing::data_dir()).ok());
  std::set<std::string> categories;
  auto cats = list_categories(*db_);
  ASSERT_TRUE(cats.ok());
  for (const auto& c : *cats) categories.insert(c.code);
  auto indicators = list_indicators(*db_);
  ASSERT_TRUE(indicators.ok());
  int filters = 0;
  for (const auto& row : *indicators) {
    auto v = boost::json::parse(row.computation);
    std::function<void(const boost::json::value&)> walk = [&](const boost::json::value& x) {
      if (x.is_object()) {
        for (const auto& [k, child] : x.as_object()) {
          if (k == "behaviour" && child.is_array()) {
            for (const auto& b : child.as_array()) {
              ++filters;
              EXPECT_TRUE(categories.count(std::string(b.as_string())))
                  << row.code << " filters on " << b.as_string();
            }
          }
          if (k == "legal_code") ADD_FAILURE() << row.code << " filters on a single decree's point";
          walk(child);
        }
      } else if (x.is_array()) {
        for (const auto& child : x.as_array()) walk(child);
      }
    };
    walk(v);
  }
  EXPECT_GE(filters, 3);
}

INSTANTIATE_TEST_SUITE_P(Db, ViolationCodesStoreTest,
                         ::testing::ValuesIn(testing::test_backends()));

}  // namespace
}  // namespace atgt::store
