// Notices store on every configured database: the educational measures as data (upsert by code
// and start date), an integer setting with its fallback, a notice's update guarded by its state
// (two users closing at once: the second gets kConflict), and the notice list filters.
#include "store/notices_store.h"

#include <gtest/gtest.h>

#include "app/legal_data.h"
#include "store/units_store.h"
#include "store/violations_store.h"
#include "testing/test_db.h"

namespace atgt::store {
namespace {

class NoticesStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = testing::fresh_db(GetParam());
    ASSERT_NE(db_, nullptr);
  }
  std::unique_ptr<Db> db_;
};

TEST_P(NoticesStoreTest, MeasuresAreDatedDataKeyedByCodeAndStart) {
  EXPECT_EQ(*count_measures(*db_), 0);
  model::EducationMeasure m{"NHAC_NHO",
                            "Nhắc nhở",
                            "TH|THCS",
                            "teacher",
                            "2025-10-31",
                            std::nullopt,
                            "Thông tư 19/2025/TT-BGDĐT"};
  ASSERT_TRUE(upsert_measure(*db_, m).ok());
  m.name = "Nhắc nhở (sửa)";
  ASSERT_TRUE(upsert_measure(*db_, m).ok());
  model::EducationMeasure old{
      "KHIEN_TRACH_LOP", "Khiển trách trước lớp", "THCS", "teacher", "2000-01-01",
      "2025-10-30",      "Thông tư 08/TT"};
  ASSERT_TRUE(upsert_measure(*db_, old).ok());
  auto all = list_measures(*db_);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].name, "Nhắc nhở (sửa)");  // newest rule first
  EXPECT_EQ((*all)[1].valid_to, std::optional<std::string>("2025-10-30"));
}

TEST_P(NoticesStoreTest, SettingsFallBackAndTheRosterRevisionStartsAtZero) {
  EXPECT_EQ(*int_setting(*db_, "notices.deadline_working_days", 99), 7);
  EXPECT_EQ(*int_setting(*db_, "notices.nothing", 99), 99);
  ASSERT_TRUE(
      db_->run("UPDATE settings SET value = 'bảy' WHERE key = 'notices.repeat_months'").ok());
  EXPECT_EQ(*int_setting(*db_, "notices.repeat_months", 12), 12);
  EXPECT_EQ(*roster_revision(*db_), 0);
}

TEST_P(NoticesStoreTest, AnUpdateNeedsTheStateItWasReadIn) {
  ASSERT_TRUE(app::load_legal_codes(*db_, testing::data_dir()).ok());
  ASSERT_TRUE(upsert_unit_type(*db_, {"THPT", "Trường THPT", "education", "school", 1}).ok());
  auto unit = insert_unit(*db_, "S-A", 1);
  UnitVersion uv;
  uv.unit_id = *unit;
  uv.valid_from = kSinceEver;
  uv.name = "Trường A";
  uv.type = "THPT";
  ASSERT_TRUE(insert_version(*db_, uv).ok());
  ASSERT_TRUE(db_->run("INSERT INTO students (full_name, name_fold, birth_date, created_at, "
                       "updated_at) VALUES ('Lan', 'lan', '2009-01-01', 1, 1)")
                  .ok());
  int64_t student = *db_->scalar_i64("SELECT MAX(id) FROM students");
  model::TrafficStop s;
  s.owner_unit_id = *unit;
  s.local_date = "2025-11-03";
  auto stop = insert_stop(*db_, s);
  model::ViolationRecord v;
  v.stop_id = *stop;
  v.owner_unit_id = *unit;
  v.role = "rider";
  v.full_name = "Lan";
  v.local_date = "2025-11-03";
  v.year_month = "2025-11";
  auto vid = insert_violation(*db_, v);
  ASSERT_TRUE(vid.ok()) << vid.status().message();
  model::Notice n;
  n.violation_id = *vid;
  n.student_id = student;
  n.school_unit_id = *unit;
  n.deadline_date = "2025-11-12";
  n.deadline_at = 100;
  n.created_at = n.updated_at = 1;
  auto id = insert_notice(*db_, n);
  ASSERT_TRUE(id.ok()) << id.status().message();
  n.id = *id;
  model::Notice closed = n;
  closed.state = "closed";
  closed.closed_at = 50;
  ASSERT_TRUE(update_notice(*db_, closed, "open").ok());
  model::Notice disputed = n;
  disputed.state = "disputed";
  EXPECT_EQ(update_notice(*db_, disputed, "open").kind(), Kind::kConflict);
  EXPECT_EQ(get_notice(*db_, n.id)->state, "closed");
  NoticeFilter f;
  f.schools = std::vector<int64_t>{*unit};
  EXPECT_EQ(list_notices(*db_, f)->size(), 1u);
  f.state = "open";
  EXPECT_EQ(list_notices(*db_, f)->size(), 0u);
  f.state = "";
  f.schools = std::vector<int64_t>{*unit + 1000};
  EXPECT_EQ(list_notices(*db_, f)->size(), 0u);
  EXPECT_EQ(get_notice(*db_, n.id + 1000).status().kind(), Kind::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Db, NoticesStoreTest, ::testing::ValuesIn(testing::test_backends()));

}  // namespace
}  // namespace atgt::store
