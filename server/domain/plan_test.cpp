#include "domain/plan.h"

#include <gtest/gtest.h>

namespace atgt::plan {
namespace {

calendar::Calendar cal() {
  calendar::SchoolYear y24;
  y24.start_year = 2024;
  y24.teaching_from = *Date::parse("2024-09-05");
  y24.teaching_to = *Date::parse("2025-05-31");
  y24.semester2_from = *Date::parse("2025-01-20");
  y24.peak_from = *Date::parse("2024-09-01");
  y24.peak_to = *Date::parse("2024-09-30");
  return calendar::Calendar({y24}, {});
}

model::PlanTask task(const std::string& recurrence) {
  model::PlanTask t;
  t.content = "Nhiệm vụ";
  t.responsible_under = 1;
  t.recurrence = recurrence;
  t.until_date = "2025-12-31";
  return t;
}

std::vector<std::string> periods(const std::vector<Occurrence>& o) {
  std::vector<std::string> out;
  for (const auto& x : o) out.push_back(x.period + "@" + x.due.str());
  return out;
}

TEST(PlanOccurrences, RecurringTasksOver2024And2025) {
  Date from = *Date::parse("2024-01-01");
  auto sept = occurrences(task("september"), cal(), from);
  ASSERT_TRUE(sept.ok());
  EXPECT_EQ(periods(*sept), (std::vector<std::string>{"2024@2024-09-30", "2025@2025-09-30"}));
  auto yearly = task("yearly");
  yearly.due_md = "12-15";
  EXPECT_EQ(periods(*occurrences(yearly, cal(), from)),
            (std::vector<std::string>{"2024@2024-12-15", "2025@2025-12-15"}));
  auto sem = occurrences(task("semester"), cal(), from);
  ASSERT_TRUE(sem.ok());
  // 2023-2024 (default calendar rule), 2024-2025 (from the data), 2025-2026 HK1 ends after 2025.
  auto p = periods(*sem);
  EXPECT_NE(std::find(p.begin(), p.end(), "2024-2025 HK1@2025-01-19"), p.end());
  EXPECT_NE(std::find(p.begin(), p.end(), "2024-2025 HK2@2025-05-31"), p.end());
  for (const auto& x : *sem) EXPECT_LE(x.due.str(), "2025-12-31");
  auto once = task("once");
  once.due_date = "2024-04-30";
  EXPECT_EQ(periods(*occurrences(once, cal(), from)), (std::vector<std::string>{"@2024-04-30"}));
  auto late = task("september");
  EXPECT_TRUE(occurrences(late, cal(), *Date::parse("2025-10-01"))->empty())
      << "nothing due after until";
}

TEST(PlanOccurrences, BadDatesRefused) {
  auto t = task("once");
  EXPECT_FALSE(validate_task(t, 1).ok()) << "once needs a due date";
  t.due_date = "2025-02-30";
  EXPECT_FALSE(validate_task(t, 1).ok());
  auto y = task("yearly");
  y.due_md = "13-01";
  EXPECT_FALSE(validate_task(y, 1).ok());
  auto noone = task("september");
  noone.responsible_under = 0;
  EXPECT_FALSE(validate_task(noone, 1).ok()) << "a task without a responsible party";
  EXPECT_TRUE(validate_task(task("september"), 1).ok());
}

model::UnitVersion v(int64_t id, const std::string& type, std::optional<int64_t> parent,
                     const std::string& side_type_from = "1900-01-01") {
  model::UnitVersion x;
  x.unit_id = id;
  x.code = "U" + std::to_string(id);
  x.name = x.code;
  x.type = type;
  x.parent_id = parent;
  x.valid_from = side_type_from;
  return x;
}

TEST(PlanResponsible, UnitsOfTheTypeOnTheDate) {
  OrgIndex org({v(1, "SO_GDDT", std::nullopt), v(2, "THPT", 1), v(3, "THPT", 1, "2025-07-01"),
                v(4, "TH", 1)},
               {}, {{"SO_GDDT", "education"}, {"THPT", "education"}, {"TH", "education"}});
  auto t = task("september");
  t.responsible_type = "THPT";
  EXPECT_EQ(responsible_units(org, t, "2024-03-18"), (std::vector<int64_t>{2}));
  EXPECT_EQ(responsible_units(org, t, "2025-09-15"), (std::vector<int64_t>{2, 3}));
  t.responsible_type = "";
  EXPECT_EQ(responsible_units(org, t, "2024-03-18"), (std::vector<int64_t>{1}));
}

TEST(PlanOnTime, AcceptedAndSubmittedByTheDueInstant) {
  model::TaskAssignment a;
  a.due_at = 1000;
  a.review = "accepted";
  a.submitted_at = 1000;
  EXPECT_TRUE(on_time(a));
  a.submitted_at = 1001;
  EXPECT_FALSE(on_time(a));
  a.submitted_at = 10;
  a.review = "returned";
  EXPECT_FALSE(on_time(a));
}

}  // namespace
}  // namespace atgt::plan
