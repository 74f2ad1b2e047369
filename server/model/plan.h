// Plain records: a plan's sections and tasks, and the assignment of a task to a unit for one
// period with the unit's report and the supervisor's review.
// No behaviour; the store reads and writes them, domain/plan.h reasons about them, api/ shows them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace atgt::model {

struct PlanSection {
  int64_t id = 0;
  int64_t document_id = 0;
  int64_t ordinal = 0;
  std::string title;
};

struct PlanTask {
  int64_t id = 0;
  int64_t document_id = 0;
  std::optional<int64_t> section_id;
  int64_t ordinal = 0;
  std::string content;
  std::string responsible_type;  // unit type code; "" = the unit `responsible_under` itself
  int64_t responsible_under = 0;
  std::string lead, cooperating;  // free text: "Sở GD&ĐT", "Công an xã/phường"
  bool joint = false;
  std::string recurrence = "once";  // once | yearly | semester | september
  std::optional<std::string> due_date, due_md, until_date;
  std::string evidence = "{}";  // {"indicators": [...], "narrative": bool, "files": bool}
};

struct TaskAssignment {
  int64_t id = 0;
  int64_t task_id = 0;
  int64_t unit_id = 0;
  std::string period;  // "2024", "2024-2025 HK1", "2024-09"
  std::string due_date;
  int64_t due_at = 0;
  std::string status = "not_started";  // not_started | in_progress | done
  std::string review;                  // "" | submitted | accepted | returned
  std::string narrative;
  std::string figures = "{}";
  std::optional<int64_t> updated_at, updated_by, submitted_at, submitted_by, reviewed_at,
      reviewed_by;
  std::string review_comment;
  bool on_time = false;
  // Filled by reads.
  int64_t document_id = 0;
  std::string task_content;
  std::string submitted_by_name, reviewed_by_name;
};

}  // namespace atgt::model
