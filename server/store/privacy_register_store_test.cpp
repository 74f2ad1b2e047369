// The register of processing purposes and the impact assessment on every configured database: the
// shipped files load once into empty tables (an administrator's edit is never overwritten by a
// restart), every shipped row obeys the rules, a purpose's retention is what the purge applies
// (NULL: the general setting), risks are listed in the purposes' order and a deleted one is gone,
// reviews come newest first.
#include "store/privacy_register_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "app/privacy_register_data.h"
#include "store/notice_retention_store.h"
#include "testing/test_db.h"

namespace atgt::store {
namespace {

class PrivacyRegisterStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = testing::fresh_db(GetParam());
    ASSERT_NE(db_, nullptr);
  }
  std::unique_ptr<Db> db_;
};

TEST_P(PrivacyRegisterStoreTest, TheShippedRegisterLoadsOnceAndDrivesTheRetention) {
  auto first = app::load_privacy_register(*db_, testing::data_dir());
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_GE(first->purposes, 4);
  EXPECT_GE(first->risks, 4);
  auto purposes = list_purposes(*db_);
  ASSERT_TRUE(purposes.ok());
  ASSERT_EQ(static_cast<int>(purposes->size()), first->purposes);
  for (size_t i = 1; i < purposes->size(); ++i)
    EXPECT_LE((*purposes)[i - 1].sort_order, (*purposes)[i].sort_order);
  auto loop = get_purpose(*db_, kViolationPurpose);
  ASSERT_TRUE(loop.ok());
  ASSERT_TRUE(loop->retention_days.has_value());
  EXPECT_EQ(*purpose_retention_days(*db_, kViolationPurpose, 10), *loop->retention_days);
  EXPECT_EQ(*purpose_retention_days(*db_, "student_roster", 10), 10);  // NULL: the general one
  EXPECT_EQ(*purpose_retention_days(*db_, "no_such_purpose", 10), 10);

  // An administrator's edit survives a restart; nothing is loaded twice.
  loop->retention_days = 400;
  loop->updated_by = 7;
  ASSERT_TRUE(upsert_purpose(*db_, *loop).ok());
  auto again = app::load_privacy_register(*db_, testing::data_dir());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->purposes, 0);
  EXPECT_EQ(again->risks, 0);
  EXPECT_EQ(*purpose_retention_days(*db_, kViolationPurpose, 10), 400);
  EXPECT_EQ(*count_risks(*db_), first->risks);
  EXPECT_EQ(get_purpose(*db_, "nope").status().kind(), Kind::kNotFound);
}

TEST_P(PrivacyRegisterStoreTest, RisksAndReviews) {
  ASSERT_TRUE(upsert_purpose(*db_, {"b", "B", "", "cơ sở", "dữ liệu", "học sinh", "trường",
                                    std::nullopt, "", 2, "", std::nullopt, std::nullopt})
                  .ok());
  ASSERT_TRUE(upsert_purpose(*db_, {"a", "A", "", "cơ sở", "dữ liệu", "học sinh", "trường", 30, "",
                                    1, "", std::nullopt, std::nullopt})
                  .ok());
  model::DpiaRisk r{0, "b", "Lộ dữ liệu", "low", "high", "Phân quyền", "low", 1, 1, 5};
  auto rb = insert_risk(*db_, r);
  r.purpose_code = "a";
  auto ra = insert_risk(*db_, r);
  ASSERT_TRUE(rb.ok() && ra.ok());
  auto list = list_risks(*db_);
  ASSERT_TRUE(list.ok() && list->size() == 2);
  EXPECT_EQ((*list)[0].id, *ra);  // purpose a sorts first
  r.id = *rb;
  r.residual = "medium";
  r.updated_at = 9;
  ASSERT_TRUE(update_risk(*db_, r).ok());
  EXPECT_EQ(get_risk(*db_, *rb)->residual, "medium");
  EXPECT_EQ(get_risk(*db_, *rb)->updated_at, 9);
  ASSERT_TRUE(delete_risk(*db_, *ra).ok());
  EXPECT_EQ(delete_risk(*db_, *ra).kind(), Kind::kNotFound);
  r.id = 999;
  EXPECT_EQ(update_risk(*db_, r).kind(), Kind::kNotFound);
  EXPECT_EQ(list_risks(*db_)->size(), 1u);

  ASSERT_TRUE(insert_review(*db_, {0, "2026-01-10", "Đạt", "2027-01-10", 5, 1}).ok());
  ASSERT_TRUE(insert_review(*db_, {0, "2026-06-01", "Bổ sung", std::nullopt, 5, 2}).ok());
  auto reviews = list_reviews(*db_);
  ASSERT_TRUE(reviews.ok() && reviews->size() == 2);
  EXPECT_EQ((*reviews)[0].reviewed_on, "2026-06-01");
  EXPECT_FALSE((*reviews)[0].next_review_on.has_value());
  EXPECT_EQ((*reviews)[1].next_review_on, "2027-01-10");
}

// A shipped file an administrator edited badly: every bad cell named by row and column, nothing
// written (not even the good rows, nor the other file).
TEST_P(PrivacyRegisterStoreTest, ABadFileIsRefusedWithItsRowsAndNothingIsWritten) {
  auto dir = std::filesystem::temp_directory_path() /
             ("atgt-privacy-" + std::to_string(::getpid()) + "-" + GetParam());
  std::filesystem::create_directories(dir / "reference" / "privacy");
  auto write = [&](const char* name, const std::string& text) {
    std::ofstream(dir / "reference" / "privacy" / name) << text;
  };
  const std::string header =
      "code,name,description,legal_basis,data_categories,data_subjects,recipients,"
      "retention_days,retention_note,sort_order,source\n";
  write("purposes.csv", header +
                            "a,Mục đích A,,Luật X,Họ tên,Học sinh,Trường,,,1,\n"
                            "b,Mục đích B,,,Họ tên,Học sinh,Trường,0,,2,\n"
                            ",Mục đích C,,Luật X,Họ tên,Học sinh,Trường,10,,3,\n");
  write("dpia_risks.csv",
        "purpose_code,risk,likelihood,impact,measures,residual\n"
        "a,Lộ dữ liệu,low,high,Phân quyền,low\n");
  auto r = app::load_privacy_register(*db_, dir.string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().kind(), Kind::kInvalid);
  std::set<std::pair<int, std::string>> cells;
  for (const auto& e : r.status().rows()) cells.insert({e.row, e.column});
  EXPECT_TRUE(cells.count({3, "legal_basis"})) << r.status().message();
  EXPECT_TRUE(cells.count({3, "retention_days"}));
  EXPECT_TRUE(cells.count({4, "code"}));
  EXPECT_FALSE(cells.count({2, "code"}));
  EXPECT_EQ(*count_purposes(*db_), 0);

  // Good purposes, a risk of an unknown purpose and one with a level out of the list.
  write("purposes.csv", header + "a,Mục đích A,,Luật X,Họ tên,Học sinh,Trường,,,1,\n");
  write("dpia_risks.csv",
        "purpose_code,risk,likelihood,impact,measures,residual\n"
        "z,Lộ dữ liệu,low,high,Phân quyền,low\n"
        "a,Lộ dữ liệu,low,severe,Phân quyền,low\n");
  r = app::load_privacy_register(*db_, dir.string());
  ASSERT_FALSE(r.ok());
  cells.clear();
  for (const auto& e : r.status().rows()) cells.insert({e.row, e.column});
  EXPECT_TRUE(cells.count({2, "purpose_code"})) << r.status().message();
  EXPECT_TRUE(cells.count({3, "impact"}));
  EXPECT_EQ(*count_purposes(*db_), 0);
  EXPECT_EQ(*count_risks(*db_), 0);

  // A missing column is named on row 1.
  write("purposes.csv", "code,name\na,A\n");
  r = app::load_privacy_register(*db_, dir.string());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("purposes.csv"), std::string::npos);
  EXPECT_EQ(r.status().rows().at(0).row, 1);
  std::filesystem::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Db, PrivacyRegisterStoreTest,
                         ::testing::ValuesIn(testing::test_backends()));

}  // namespace
}  // namespace atgt::store
