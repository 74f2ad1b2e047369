// Violations store on every configured database: a stop with several persons, the daily summary
// rows written with the records (one per owner x day x filter fields, withdrawn records left
// out), the idempotency key of pushed records, listing by owner and date, the view log.
#include "store/violations_store.h"

#include <gtest/gtest.h>

#include <map>

#include "app/legal_data.h"
#include "store/units_store.h"
#include "store/violation_codes_store.h"
#include "testing/test_db.h"

namespace atgt::store {
namespace {

class ViolationsStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = testing::fresh_db(GetParam());
    ASSERT_NE(db_, nullptr);
    ASSERT_TRUE(app::load_legal_codes(*db_, testing::data_dir()).ok());
    ASSERT_TRUE(upsert_unit_type(*db_, {"CA_XA", "Công an cấp xã", "police", "commune", 1}).ok());
    auto id = insert_unit(*db_, "CA-X", 1);
    ASSERT_TRUE(id.ok());
    UnitVersion v;
    v.unit_id = *id;
    v.valid_from = kSinceEver;
    v.name = "Công an xã X";
    v.type = "CA_XA";
    ASSERT_TRUE(insert_version(*db_, v).ok());
    unit_ = *id;
  }
  model::ViolationRecord record(int64_t stop, const std::string& name) {
    auto code = find_code_in_force(*db_, "ND168", "7.2.h", "2025-03-01");
    EXPECT_TRUE(code.ok());
    model::ViolationRecord r;
    r.stop_id = stop;
    r.owner_unit_id = unit_;
    r.role = "rider";
    r.full_name = name;
    r.birth_year = 2009;
    r.code_id = code->id;
    r.sanction = "warning";
    r.local_date = "2025-03-01";
    r.year_month = "2025-03";
    r.age_years = 15;
    r.age_band = "14-15";
    r.behaviour = code->category;
    r.legal_code = "ND168:7.2.h";
    r.place_unit_id = unit_;
    r.created_at = r.updated_at = 1;
    return r;
  }
  std::unique_ptr<Db> db_;
  int64_t unit_ = 0;
};

TEST_P(ViolationsStoreTest, AStopWithTwoRidersAndTheirSummary) {
  model::TrafficStop s;
  s.owner_unit_id = unit_;
  s.occurred_at = 1740800000000000;
  s.local_date = "2025-03-01";
  s.place_unit_id = unit_;
  s.address = "Ngã tư Lạch Tray";
  s.latitude = 20.85;
  s.longitude = 106.68;
  s.officer_name = "Trung úy Nguyễn Văn B";
  s.created_at = 1;
  auto stop = insert_stop(*db_, s);
  ASSERT_TRUE(stop.ok()) << stop.status().message();
  auto a = insert_violation(*db_, record(*stop, "Phạm Thị Thu Hằng"));
  ASSERT_TRUE(a.ok()) << a.status().message();
  auto b = insert_violation(*db_, record(*stop, "Lê Văn Nam"));
  ASSERT_TRUE(b.ok());
  auto withdrawn = record(*stop, "Trần Văn C");
  withdrawn.status = "withdrawn";
  ASSERT_TRUE(insert_violation(*db_, withdrawn).ok());
  auto got = get_violation(*db_, *a);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->full_name, "Phạm Thị Thu Hằng");
  EXPECT_EQ(got->birth_year, 2009);
  EXPECT_FALSE(got->birth_date.has_value());
  EXPECT_EQ(got->age_band, "14-15");
  EXPECT_EQ(got->behaviour, "no_helmet_rider");
  EXPECT_EQ(get_stop(*db_, *stop)->latitude, 20.85);
  EXPECT_EQ(stop_violations(*db_, *stop)->size(), 3u);
  auto daily = list_violation_daily(*db_, {unit_}, "2025-01-01", "2025-12-31");
  ASSERT_TRUE(daily.ok());
  ASSERT_EQ(daily->size(), 1u);
  EXPECT_EQ((*daily)[0].records, 2);  // the withdrawn record is not counted
  EXPECT_EQ((*daily)[0].behaviour, "no_helmet_rider");
  EXPECT_EQ((*daily)[0].legal_code, "ND168:7.2.h");
  auto list = list_violations(*db_, {unit_}, "2025-03-01", "2025-03-01", 2, std::nullopt);
  ASSERT_EQ(list->size(), 2u);
  auto next = list_violations(*db_, {unit_}, "", "", 10, list->back().id);
  EXPECT_EQ(next->size(), 1u);
  EXPECT_TRUE(list_violations(*db_, {unit_}, "2025-04-01", "", 10, std::nullopt)->empty());
  ASSERT_TRUE(log_violation_views(*db_, {*a, *b}, 7, 5, "list").ok());
  ASSERT_TRUE(log_violation_views(*db_, {*a}, 7, 6, "detail").ok());
  EXPECT_EQ(*count_violation_views(*db_, *a), 2);
  EXPECT_EQ(*count_violation_views(*db_, *b), 1);
  auto views = list_violation_views(*db_, *a);
  ASSERT_TRUE(views.ok());
  ASSERT_EQ(views->size(), 2u);
  EXPECT_EQ((*views)[0].context, "detail");  // newest first
  EXPECT_EQ((*views)[0].user_id, 7);
}

TEST_P(ViolationsStoreTest, APushedRecordIsKeyedBySystemAndExternalId) {
  model::TrafficStop s;
  s.owner_unit_id = unit_;
  s.local_date = "2025-03-01";
  auto stop = insert_stop(*db_, s);
  ASSERT_TRUE(stop.ok());
  auto r = record(*stop, "Phạm Thị Thu Hằng");
  r.source_system = "VNeID-CSGT";
  r.external_id = "BB-001";
  auto id = insert_violation(*db_, r);
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(insert_violation(*db_, r).status().code(), "unique_violation");
  EXPECT_EQ(*find_external_violation(*db_, "VNeID-CSGT", "BB-001"), *id);
  EXPECT_FALSE(find_external_violation(*db_, "VNeID-CSGT", "BB-002")->has_value());
}

TEST_P(ViolationsStoreTest, CorrectionsAndWithdrawalsMoveTheSummaryAndKeepVersions) {
  model::TrafficStop s;
  s.owner_unit_id = unit_;
  s.local_date = "2025-03-01";
  auto stop = insert_stop(*db_, s);
  ASSERT_TRUE(stop.ok());
  auto r = record(*stop, "Phạm Thị Thu Hằng");
  auto id = insert_violation(*db_, r);
  ASSERT_TRUE(id.ok());
  auto old = *get_violation(*db_, *id);
  auto fixed = old;
  fixed.version = 2;
  fixed.behaviour = "no_helmet_passenger";
  fixed.legal_code = "ND168:7.2.i";
  fixed.updated_at = 9;
  ASSERT_TRUE(replace_violation(*db_, old, fixed, R"({"v":1})", std::string("Sai điểm")).ok());
  // A second writer holding version 1 is refused.
  EXPECT_EQ(replace_violation(*db_, old, fixed, "{}", std::nullopt).kind(), Kind::kConflict);
  auto daily = *list_violation_daily(*db_, {unit_}, "2025-01-01", "2025-12-31");
  std::map<std::string, int64_t> by;
  for (const auto& d : daily) by[d.behaviour] += d.records;
  EXPECT_EQ(by["no_helmet_rider"], 0);
  EXPECT_EQ(by["no_helmet_passenger"], 1);
  auto withdrawn = fixed;
  withdrawn.version = 3;
  withdrawn.status = "withdrawn";
  ASSERT_TRUE(
      replace_violation(*db_, fixed, withdrawn, R"({"v":2})", std::string("Nhầm người")).ok());
  int64_t total = 0;
  for (const auto& d : *list_violation_daily(*db_, {unit_}, "2025-01-01", "2025-12-31"))
    total += d.records;
  EXPECT_EQ(total, 0);
  auto versions = list_violation_versions(*db_, *id);
  ASSERT_EQ(versions->size(), 2u);
  EXPECT_EQ((*versions)[0].state, R"({"v":1})");
  EXPECT_EQ((*versions)[1].reason, "Nhầm người");
  EXPECT_EQ(get_violation(*db_, *id)->status, "withdrawn");
}

INSTANTIATE_TEST_SUITE_P(Db, ViolationsStoreTest, ::testing::ValuesIn(testing::test_backends()));

}  // namespace
}  // namespace atgt::store
