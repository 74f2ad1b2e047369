// Plans and their tasks: the occurrences of a recurring task on the calendar, the units a task
// is assigned to on a date, who supervises an assignment, and whether a report came in on time.
// Pure logic: no SQL, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "base/time.h"
#include "domain/calendar.h"
#include "domain/org.h"
#include "domain/principal.h"
#include "model/document.h"
#include "model/plan.h"

namespace atgt::plan {

struct Occurrence {
  std::string period;  // "2024" (yearly, september), "2024-2025 HK1" (semester), "" (once)
  Date due;
};

// The occurrences of `t` due from `from` to the task's until_date (default: 31 December of the
// year after `from`), in order. once: its due date (whatever `from`); yearly: MM-DD of every year;
// september: 30 September of every year (the peak month); semester: the last day of each semester
// of the school years on the calendar. kInvalid when the task's dates do not parse.
Result<std::vector<Occurrence>> occurrences(const model::PlanTask& t, const calendar::Calendar& cal,
                                            Date from);

// The units `t` is assigned to on `date`: every unit of the responsible type in the subtree of
// responsible_under alive then (not the root itself), or responsible_under alone when the type is
// empty. Sorted.
std::vector<int64_t> responsible_units(const OrgIndex& org, const model::PlanTask& t,
                                       const std::string& date);

// Checks a task as entered (content, recurrence and its dates, the responsible party): kInvalid
// with the field; `index` (from 1) names the task in messages.
Status validate_task(const model::PlanTask& t, size_t index);

// May the user review (accept or return) the report of `assignee`? Users of the plan's issuing
// unit or its partner whose side is the assignee's side, or either side for a joint task.
bool may_review(const Principal& p, const OrgIndex& org, const model::Document& plan,
                const model::PlanTask& t, int64_t assignee, const std::string& date);

// Accepted reports count as on time when submitted by the due instant (23:59:59 Vietnam time of
// the due date).
bool on_time(const model::TaskAssignment& a);

}  // namespace atgt::plan
