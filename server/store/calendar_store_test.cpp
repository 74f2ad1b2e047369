// Calendar store tests, on each configured database; also the reference-data loader and
// jobs::load_calendar over the real data/calendar files.
#include "store/calendar_store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "jobs/calendar_data.h"
#include "app/reference_data.h"
#include "base/time.h"
#include "testing/test_db.h"

namespace atgt::store {
namespace {

class CalendarStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = testing::fresh_db(GetParam());
    ASSERT_NE(db_, nullptr);
  }
  std::unique_ptr<Db> db_;
};

TEST_P(CalendarStoreTest, SchoolYearsUpsertAndList) {
  SchoolYearRecord y{"2025-2026",
                     "2025-09-05",
                     "2026-05-31",
                     "2026-01-19",
                     "2025-09-01",
                     "2025-09-30",
                     std::string("QĐ 2269/QĐ-BGDĐT"),
                     std::nullopt,
                     10};
  ASSERT_TRUE(upsert_school_year(*db_, y).ok());
  y.semester2_from = "2026-01-20";
  y.note = "Hải Phòng";
  y.updated_at = 11;
  ASSERT_TRUE(upsert_school_year(*db_, y).ok());
  ASSERT_TRUE(upsert_school_year(*db_, {"2024-2025", "2024-09-05", "2025-05-31", "2025-01-20",
                                        "2024-09-01", "2024-09-30", std::nullopt, std::nullopt, 1})
                  .ok());
  auto all = list_school_years(*db_);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].code, "2024-2025");
  EXPECT_FALSE((*all)[0].source);
  const auto& b = (*all)[1];
  EXPECT_EQ(b.semester2_from, "2026-01-20");
  EXPECT_EQ(b.note, "Hải Phòng");
  EXPECT_EQ(b.source, "QĐ 2269/QĐ-BGDĐT");
  EXPECT_EQ(b.updated_at, 11);
  EXPECT_EQ(*count_school_years(*db_), 2);
  EXPECT_EQ(get_school_year(*db_, "2030-2031").status().kind(), Kind::kNotFound);
  EXPECT_EQ(get_school_year(*db_, "2025-2026")->peak_to, "2025-09-30");
}

TEST_P(CalendarStoreTest, HolidaysByRangeUpsertDelete) {
  ASSERT_TRUE(
      upsert_holiday(*db_, {"2025-01-01", "holiday", "Tết Dương lịch", std::nullopt, "", 1}).ok());
  ASSERT_TRUE(
      upsert_holiday(*db_, {"2024-12-31", "day_off", "Thử", std::nullopt, "unverified", 1}).ok());
  ASSERT_TRUE(
      upsert_holiday(*db_, {"2026-01-10", "working_day", "Làm bù", std::string("VPCP"), "", 1})
          .ok());
  ASSERT_TRUE(upsert_holiday(*db_, {"2024-12-31", "holiday", "Sửa", std::nullopt, "", 2}).ok());
  auto y2025 = list_holidays(*db_, std::string("2025-01-01"), std::string("2025-12-31"));
  ASSERT_TRUE(y2025.ok());
  ASSERT_EQ(y2025->size(), 1u);
  EXPECT_EQ((*y2025)[0].name, "Tết Dương lịch");
  auto all = list_holidays(*db_, std::nullopt, std::nullopt);
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].day, "2024-12-31");
  EXPECT_EQ((*all)[0].kind, "holiday");
  EXPECT_EQ((*all)[0].flags, "");
  EXPECT_EQ((*all)[2].source, "VPCP");
  auto from = list_holidays(*db_, std::string("2025-06-01"), std::nullopt);
  ASSERT_EQ(from->size(), 1u);
  EXPECT_EQ(get_holiday(*db_, "2026-01-10")->kind, "working_day");
  ASSERT_TRUE(delete_holiday(*db_, "2026-01-10").ok());
  EXPECT_EQ(delete_holiday(*db_, "2026-01-10").kind(), Kind::kNotFound);
  EXPECT_EQ(get_holiday(*db_, "2026-01-10").status().kind(), Kind::kNotFound);
  EXPECT_EQ(*count_holidays(*db_), 2);
}

TEST_P(CalendarStoreTest, StatisticalYearStartSetting) {
  EXPECT_EQ(*statistical_year_start(*db_), "12-15");  // the migration's default
  ASSERT_TRUE(set_statistical_year_start(*db_, "01-01").ok());
  EXPECT_EQ(*statistical_year_start(*db_), "01-01");
  ASSERT_TRUE(
      db_->execute("DELETE FROM settings WHERE key = ?", {std::string(kStatisticalYearStartKey)})
          .ok());
  EXPECT_EQ(*statistical_year_start(*db_), kDefaultStatisticalYearStart);
  ASSERT_TRUE(set_statistical_year_start(*db_, "06-30").ok());
  EXPECT_EQ(*statistical_year_start(*db_), "06-30");
}

TEST_P(CalendarStoreTest, ReferenceDataLoadsOnceIntoEmptyTables) {
  auto first = app::load_reference_data(*db_, testing::data_dir());
  ASSERT_TRUE(first.ok()) << first.status().message() << " "
                          << (first.status().rows().empty() ? ""
                                                            : first.status().rows()[0].message);
  EXPECT_GE(first->school_years, 4);
  EXPECT_GE(first->holidays, 40);
  // An edit is kept: the loader never touches a table that has rows.
  ASSERT_TRUE(delete_holiday(*db_, "2024-01-01").ok());
  auto again = app::load_reference_data(*db_, testing::data_dir());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->school_years, 0);
  EXPECT_EQ(again->holidays, 0);
  EXPECT_EQ(get_holiday(*db_, "2024-01-01").status().kind(), Kind::kNotFound);

  auto cal = jobs::load_calendar(*db_);
  ASSERT_TRUE(cal.ok());
  auto D = [](const char* s) { return *Date::parse(s); };
  // Tết Bính Ngọ: closed 14/2–22/2/2026.
  EXPECT_EQ(cal->add_working_days(D("2026-02-13"), 1), D("2026-02-23"));
  // Quốc khánh 2026: Saturday 22/8 worked, 31/8–2/9 off.
  EXPECT_TRUE(cal->is_working_day(D("2026-08-22")));
  EXPECT_EQ(cal->add_working_days(D("2026-08-28"), 1), D("2026-09-03"));
  EXPECT_EQ(cal->school_year_of(D("2024-07-01")).code(), "2023-2024");
  EXPECT_TRUE(cal->school_year_of(D("2025-10-01")).from_data);
  EXPECT_EQ(cal->semester_of(D("2024-01-15")), 1);
  EXPECT_EQ(cal->semester_of(D("2024-01-16")), 2);
}

TEST_P(CalendarStoreTest, ReferenceDataReportsBadRowsWithNumbers) {
  std::string dir = (std::filesystem::temp_directory_path() /
                     ("atgt-cal-bad-" + GetParam() + "-" + std::to_string(now_micros())))
                        .string();
  std::filesystem::create_directories(dir + "/calendar");
  {
    std::ofstream y(dir + "/calendar/school_years.csv");
    y << "code,teaching_from,teaching_to,semester2_from,peak_from,peak_to,source,note\n"
         "2025-2027,2025-09-05,2026-05-31,2026-01-19,2025-09-01,2025-09-30,,\n";
    std::ofstream h(dir + "/calendar/holidays.csv");
    h << "day,kind,name,flags,source\n2026-01-09,working_day,Thứ Sáu,,\n";
  }
  auto r = app::load_reference_data(*db_, dir);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().kind(), Kind::kInvalid);
  ASSERT_FALSE(r.status().rows().empty());
  EXPECT_EQ(r.status().rows()[0].row, 2);
  EXPECT_EQ(r.status().rows()[0].column, "code");
  EXPECT_EQ(*count_school_years(*db_), 0);
  std::filesystem::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Db, CalendarStoreTest, ::testing::ValuesIn(testing::test_backends()));

}  // namespace
}  // namespace atgt::store
