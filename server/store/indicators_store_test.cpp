// Store tests for the indicator catalogue and enrolment, on each configured database.
#include "store/indicators_store.h"

#include <gtest/gtest.h>

#include "app/indicator_data.h"
#include "domain/indicators.h"
#include "store/enrolments_store.h"
#include "store/units_store.h"
#include "testing/test_db.h"

namespace atgt::store {
namespace {

class IndicatorStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = testing::fresh_db(GetParam());
    ASSERT_NE(db_, nullptr);
  }
  std::unique_ptr<Db> db_;
};

TEST_P(IndicatorStoreTest, CatalogueLoadsOnceAndParsesBack) {
  auto n = app::load_indicator_catalogue(*db_, testing::data_dir());
  ASSERT_TRUE(n.ok()) << n.status().message();
  EXPECT_GE(*n, 12);
  auto again = app::load_indicator_catalogue(*db_, testing::data_dir());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 0);
  auto rows = list_indicators(*db_);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(static_cast<int>(rows->size()), *n);
  auto cat = indicators::from_rows(*rows);
  ASSERT_TRUE(cat.ok());
  EXPECT_TRUE(indicators::check_catalogue(*cat).ok());
  for (size_t i = 1; i < rows->size(); ++i)
    EXPECT_LE((*rows)[i - 1].sort_order, (*rows)[i].sort_order);
}

TEST_P(IndicatorStoreTest, UpsertReplacesAndGetReportsNotFound) {
  IndicatorRow r{"X_TEST",     "Chỉ tiêu thử", "lượt", "sum", R"({"count":{"source":"tasks"}})",
                 std::nullopt, "nguồn",        5,      1,     std::nullopt};
  ASSERT_TRUE(upsert_indicator(*db_, r).ok());
  r.name = "Chỉ tiêu đã sửa";
  r.rollup = "ratio";
  r.updated_by = std::nullopt;
  ASSERT_TRUE(upsert_indicator(*db_, r).ok());
  auto got = get_indicator(*db_, "X_TEST");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->name, "Chỉ tiêu đã sửa");
  EXPECT_EQ(got->rollup, "ratio");
  EXPECT_EQ(got->source, "nguồn");
  EXPECT_FALSE(got->description.has_value());
  EXPECT_EQ(*count_indicators(*db_), 1);
  EXPECT_EQ(get_indicator(*db_, "NOPE").status().kind(), Kind::kNotFound);
  r.rollup = "average";
  EXPECT_FALSE(upsert_indicator(*db_, r).ok()) << "the rollup CHECK constraint";
}

TEST_P(IndicatorStoreTest, EnrolmentUpsertListAndSchoolYearStart) {
  ASSERT_TRUE(upsert_unit_type(*db_, {"THPT", "Trường THPT", "education", "school", 1}).ok());
  auto a = insert_unit(*db_, "A", 1);
  auto b = insert_unit(*db_, "B", 1);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_TRUE(
      upsert_enrolment(*db_, {*a, "2025-2026", "upper_secondary", 900, "import", 1, std::nullopt})
          .ok());
  ASSERT_TRUE(
      upsert_enrolment(*db_, {*a, "2025-2026", "upper_secondary", 950, "import", 2, std::nullopt})
          .ok());
  ASSERT_TRUE(
      upsert_enrolment(*db_, {*b, "2025-2026", "primary", 300, "roster", 2, std::nullopt}).ok());
  ASSERT_TRUE(
      upsert_enrolment(*db_, {*a, "2024-2025", "upper_secondary", 870, "import", 2, std::nullopt})
          .ok());
  auto year = list_enrolments(*db_, std::string("2025-2026"));
  ASSERT_TRUE(year.ok());
  ASSERT_EQ(year->size(), 2u);
  EXPECT_EQ((*year)[0].unit_id, *a);
  EXPECT_EQ((*year)[0].students, 950);
  EXPECT_EQ((*year)[1].source, "roster");
  auto all = list_enrolments(*db_, std::nullopt);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), 3u);
  EXPECT_FALSE(
      upsert_enrolment(*db_, {*a, "2025-2026", "university", 1, "import", 2, std::nullopt}).ok());
  EXPECT_FALSE(
      upsert_enrolment(*db_, {*a, "2025-2026", "primary", -1, "import", 2, std::nullopt}).ok());
  EXPECT_EQ(*school_year_start(*db_, "2025-2026"), "2025-09-05");
  ASSERT_TRUE(
      db_->execute(
             "INSERT INTO school_years (code, teaching_from, teaching_to, semester2_from, "
             "peak_from, "
             "peak_to, updated_at) VALUES ('2026-2027', '2026-09-04', '2027-05-31', '2027-01-18', "
             "'2026-09-01', '2026-09-30', 1)")
          .ok());
  EXPECT_EQ(*school_year_start(*db_, "2026-2027"), "2026-09-04");
}

// A database loaded with the commitment counts as first shipped (counting unsigned commitments
// too) gets today's computation at the next start; one a person changed is left alone.
TEST_P(IndicatorStoreTest, SupersededComputationsAreFixedInExistingDatabases) {
  ASSERT_TRUE(app::load_indicator_catalogue(*db_, testing::data_dir()).ok());
  auto shipped = get_indicator(*db_, "COMMITMENTS");
  ASSERT_TRUE(shipped.ok());
  auto old = *shipped;
  old.computation = R"({"count":{"source":"commitments"}})";
  ASSERT_TRUE(upsert_indicator(*db_, old).ok());
  auto edited = *get_indicator(*db_, "COMMITMENTS_PARENT");
  edited.computation = R"({"count":{"source":"commitments","where":{"kind":["student"]}}})";
  ASSERT_TRUE(upsert_indicator(*db_, edited).ok());
  auto again = app::load_indicator_catalogue(*db_, testing::data_dir());
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(*again, 0);
  EXPECT_EQ(get_indicator(*db_, "COMMITMENTS")->computation, shipped->computation);
  EXPECT_NE(shipped->computation.find("signed"), std::string::npos);
  EXPECT_EQ(get_indicator(*db_, "COMMITMENTS_PARENT")->computation, edited.computation);
}

// The violation indicators as first shipped filtered on "helmet" (no category is called so) and on
// point 32.10 (Decree 168 only): an existing database gets the category filters at the next start.
TEST_P(IndicatorStoreTest, ViolationIndicatorsOfOldDatabasesFilterOnBehaviourCategories) {
  ASSERT_TRUE(app::load_indicator_catalogue(*db_, testing::data_dir()).ok());
  for (auto [code, old_computation] :
       {std::pair{"VIOLATIONS_HELMET",
                  R"({"count":{"source":"violations","where":{"behaviour":["helmet"]}}})"},
        std::pair{"OWNERS_FINED",
                  R"({"count":{"source":"violations","where":{"legal_code":["32.10"]}}})"}}) {
    auto row = *get_indicator(*db_, code);
    row.computation = old_computation;
    ASSERT_TRUE(upsert_indicator(*db_, row).ok());
  }
  ASSERT_TRUE(app::load_indicator_catalogue(*db_, testing::data_dir()).ok());
  EXPECT_EQ(
      get_indicator(*db_, "VIOLATIONS_HELMET")->computation,
      R"({"count":{"source":"violations","where":{"behaviour":["no_helmet_rider","no_helmet_passenger"]}}})");
  EXPECT_EQ(get_indicator(*db_, "OWNERS_FINED")->computation,
            R"({"count":{"source":"violations","where":{"behaviour":["owner_handing_vehicle"]}}})");
}

INSTANTIATE_TEST_SUITE_P(Db, IndicatorStoreTest, ::testing::ValuesIn(testing::test_backends()));

}  // namespace
}  // namespace atgt::store
