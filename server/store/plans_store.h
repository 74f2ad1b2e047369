// SQL for plans: sections, tasks and their assignments to units (migration 0010). Rules live in
// domain/plan.h and api/plans_api.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/plan.h"
#include "store/db.h"

namespace atgt::store {

using model::PlanSection;
using model::PlanTask;
using model::TaskAssignment;

// Replaces a plan's sections and tasks; a task's section_id holds the index of its section in
// `sections` (0-based) on input.
Status replace_plan(Db& db, int64_t document_id, const std::vector<PlanSection>& sections,
                    const std::vector<PlanTask>& tasks);
Result<std::vector<PlanSection>> plan_sections(Db& db, int64_t document_id);
Result<std::vector<PlanTask>> plan_tasks(Db& db, int64_t document_id);
Result<PlanTask> find_task(Db& db, int64_t id);

// Inserts assignments; an existing (task, unit, period) is kept as it is.
Status insert_assignments(Db& db, const std::vector<TaskAssignment>& rows);

struct AssignmentFilter {
  std::optional<int64_t> document_id, task_id;
  std::optional<std::vector<int64_t>> units;  // nullopt: any unit
  std::optional<std::string> due_from, due_to;
  int limit = 5000;
};
Result<std::vector<TaskAssignment>> list_assignments(Db& db, const AssignmentFilter& f);
// The matrix fields only (id, task, unit, period, due date and instant, status, review, on_time)
// of every assignment of a plan: the compliance matrix reads tens of thousands of them.
Result<std::vector<TaskAssignment>> plan_assignment_cells(Db& db, int64_t document_id);
Result<TaskAssignment> find_assignment(Db& db, int64_t id);

// The unit's report; kConflict when it was accepted (a later change needs the supervisor to return
// it first).
Status save_report(Db& db, int64_t id, const std::string& status, const std::string& narrative,
                   const std::string& figures, int64_t by, int64_t at);
Status submit_report(Db& db, int64_t id, int64_t by, int64_t at);
Status review_report(Db& db, int64_t id, bool accept, const std::string& comment, bool on_time,
                     int64_t by, int64_t at);

// Whether `unit` holds an assignment of a task of the plan (it then sees the plan).
Result<bool> has_assignment(Db& db, int64_t document_id, int64_t unit_id);

// The records of the `tasks` indicator source: every assignment due in [from, to].
struct TaskRecord {
  int64_t unit_id = 0;
  std::string due_date;
  bool on_time = false;
};
Result<std::vector<TaskRecord>> task_records(Db& db, const std::string& from,
                                             const std::string& to);

}  // namespace atgt::store
