// SQL for plans.
#include "store/plans_store.h"

namespace atgt::store {
namespace {

constexpr const char* kTaskColumns =
    "id, document_id, section_id, ordinal, content, responsible_type, responsible_under, lead, "
    "cooperating, joint, recurrence, due_date, due_md, until_date, evidence";

PlanTask read_task(Row r) {
  Cursor c(r);
  PlanTask t;
  t.id = c.i64();
  t.document_id = c.i64();
  t.section_id = c.opt_i64();
  t.ordinal = c.i64();
  t.content = c.str();
  t.responsible_type = c.str();
  t.responsible_under = c.i64();
  t.lead = c.str();
  t.cooperating = c.str();
  t.joint = c.flag();
  t.recurrence = c.str();
  t.due_date = c.opt_str();
  t.due_md = c.opt_str();
  t.until_date = c.opt_str();
  t.evidence = c.str();
  return t;
}

constexpr const char* kAssignmentSelect =
    "SELECT a.id, a.task_id, a.unit_id, a.period, a.due_date, a.due_at, a.status, a.review, "
    "a.narrative, a.figures, a.updated_at, a.updated_by, a.submitted_at, a.submitted_by, "
    "a.reviewed_at, a.reviewed_by, a.review_comment, a.on_time, t.document_id, t.content, "
    "COALESCE(us.full_name, ''), COALESCE(ur.full_name, '') FROM task_assignments a JOIN "
    "plan_tasks t ON t.id = a.task_id LEFT JOIN users us ON us.id = a.submitted_by LEFT JOIN "
    "users ur ON ur.id = a.reviewed_by ";

// The fields every assignment read starts with (the matrix reads only these and on_time).
void read_assignment_head(Cursor& c, TaskAssignment& a) {
  a.id = c.i64();
  a.task_id = c.i64();
  a.unit_id = c.i64();
  a.period = c.str();
  a.due_date = c.str();
  a.due_at = c.i64();
  a.status = c.str();
  a.review = c.str();
}

TaskAssignment read_assignment(Row r) {
  Cursor c(r);
  TaskAssignment a;
  read_assignment_head(c, a);
  a.narrative = c.str();
  a.figures = c.str();
  a.updated_at = c.opt_i64();
  a.updated_by = c.opt_i64();
  a.submitted_at = c.opt_i64();
  a.submitted_by = c.opt_i64();
  a.reviewed_at = c.opt_i64();
  a.reviewed_by = c.opt_i64();
  a.review_comment = c.str();
  a.on_time = c.flag();
  a.document_id = c.i64();
  a.task_content = c.str();
  a.submitted_by_name = c.str();
  a.reviewed_by_name = c.str();
  return a;
}

Status expect_one(Result<int64_t> n, const char* msg) {
  if (!n.ok()) return n.status();
  if (*n != 1) return Conflict(msg);
  return Status::Ok();
}

}  // namespace

Status replace_plan(Db& db, int64_t document_id, const std::vector<PlanSection>& sections,
                    const std::vector<PlanTask>& tasks) {
  ATGT_TRY(db.run("DELETE FROM plan_tasks WHERE document_id = ?", {document_id}));
  ATGT_TRY(db.run("DELETE FROM plan_sections WHERE document_id = ?", {document_id}));
  std::vector<int64_t> ids;
  for (size_t i = 0; i < sections.size(); ++i) {
    ATGT_ASSIGN_OR_RETURN(auto rows,
                          db.query("INSERT INTO plan_sections (document_id, ordinal, title) "
                                   "VALUES (?, ?, ?) RETURNING id",
                                   {document_id, static_cast<int64_t>(i + 1), sections[i].title}));
    ids.push_back(rows[0].i64(0));
  }
  for (size_t i = 0; i < tasks.size(); ++i) {
    const auto& t = tasks[i];
    std::optional<int64_t> section;
    if (t.section_id && *t.section_id >= 0 && static_cast<size_t>(*t.section_id) < ids.size())
      section = ids[static_cast<size_t>(*t.section_id)];
    ATGT_TRY(db.run(
        "INSERT INTO plan_tasks (document_id, section_id, ordinal, content, responsible_type, "
        "responsible_under, lead, cooperating, joint, recurrence, due_date, due_md, until_date, "
        "evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {document_id, opt(section), static_cast<int64_t>(i + 1), t.content, t.responsible_type,
         t.responsible_under, t.lead, t.cooperating, int64_t{t.joint ? 1 : 0}, t.recurrence,
         opt(t.due_date), opt(t.due_md), opt(t.until_date), t.evidence}));
  }
  return Status::Ok();
}

Result<std::vector<PlanSection>> plan_sections(Db& db, int64_t document_id) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query("SELECT id, document_id, ordinal, title FROM plan_sections "
                                 "WHERE document_id = ? ORDER BY ordinal",
                                 {document_id}));
  return map_rows(rows, [](Row r) {
    Cursor c(r);
    PlanSection s;
    s.id = c.i64();
    s.document_id = c.i64();
    s.ordinal = c.i64();
    s.title = c.str();
    return s;
  });
}

Result<std::vector<PlanTask>> plan_tasks(Db& db, int64_t document_id) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query(std::string("SELECT ") + kTaskColumns +
                                     " FROM plan_tasks WHERE document_id = ? ORDER BY ordinal",
                                 {document_id}));
  return map_rows(rows, read_task);
}

Result<PlanTask> find_task(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query(std::string("SELECT ") + kTaskColumns + " FROM plan_tasks WHERE id = ?", {id}));
  if (rows.empty()) return NotFound("Không tìm thấy nhiệm vụ.");
  return read_task(rows[0]);
}

Status insert_assignments(Db& db, const std::vector<TaskAssignment>& rows) {
  constexpr size_t kChunk = 100;
  for (size_t i = 0; i < rows.size(); i += kChunk) {
    size_t n = std::min(kChunk, rows.size() - i);
    std::string sql =
        "INSERT INTO task_assignments (task_id, unit_id, period, due_date, due_at) VALUES ";
    Params p;
    for (size_t k = 0; k < n; ++k) {
      const auto& a = rows[i + k];
      sql += k == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)";
      p.insert(p.end(), {a.task_id, a.unit_id, a.period, a.due_date, a.due_at});
    }
    sql += " ON CONFLICT (task_id, unit_id, period) DO NOTHING";
    ATGT_TRY(db.run(sql, p));
  }
  return Status::Ok();
}

Result<std::vector<TaskAssignment>> list_assignments(Db& db, const AssignmentFilter& f) {
  Params p;
  std::string sql = std::string(kAssignmentSelect) + "WHERE 1 = 1 ";
  if (f.document_id) {
    sql += "AND t.document_id = ? ";
    p.push_back(*f.document_id);
  }
  if (f.task_id) {
    sql += "AND a.task_id = ? ";
    p.push_back(*f.task_id);
  }
  if (f.units) sql += "AND a.unit_id IN (" + in_list(*f.units, p) + ") ";
  if (f.due_from) {
    sql += "AND a.due_date >= ? ";
    p.push_back(*f.due_from);
  }
  if (f.due_to) {
    sql += "AND a.due_date <= ? ";
    p.push_back(*f.due_to);
  }
  sql += "ORDER BY a.due_date, t.ordinal, a.unit_id LIMIT ?";
  p.push_back(int64_t{f.limit});
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(sql, p));
  return map_rows(rows, read_assignment);
}

Result<std::vector<TaskAssignment>> plan_assignment_cells(Db& db, int64_t document_id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query(
          "SELECT a.id, a.task_id, a.unit_id, a.period, a.due_date, a.due_at, a.status, a.review, "
          "a.on_time FROM task_assignments a JOIN plan_tasks t ON t.id = a.task_id WHERE "
          "t.document_id = ? ORDER BY a.task_id, a.unit_id, a.period",
          {document_id}));
  std::vector<TaskAssignment> out;
  out.reserve(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    Cursor c(rows[i]);
    TaskAssignment a;
    read_assignment_head(c, a);
    a.on_time = c.flag();
    a.document_id = document_id;
    out.push_back(std::move(a));
  }
  return out;
}

Result<TaskAssignment> find_assignment(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query(std::string(kAssignmentSelect) + "WHERE a.id = ?", {id}));
  if (rows.empty()) return NotFound("Không tìm thấy nhiệm vụ được giao.");
  return read_assignment(rows[0]);
}

Status save_report(Db& db, int64_t id, const std::string& status, const std::string& narrative,
                   const std::string& figures, int64_t by, int64_t at) {
  return expect_one(
      db.execute(
          "UPDATE task_assignments SET status = ?, narrative = ?, figures = ?, updated_at = ?, "
          "updated_by = ? WHERE id = ? AND review NOT IN ('submitted', 'accepted')",
          {status, narrative, figures, at, by, id}),
      "Báo cáo đã gửi hoặc đã được chấp nhận: chỉ sửa được khi cấp trên trả lại.");
}

Status submit_report(Db& db, int64_t id, int64_t by, int64_t at) {
  return expect_one(
      db.execute("UPDATE task_assignments SET review = 'submitted', submitted_at = ?, "
                 "submitted_by = ? WHERE id = ? AND review IN ('', 'returned')",
                 {at, by, id}),
      "Báo cáo đã được gửi.");
}

Status review_report(Db& db, int64_t id, bool accept, const std::string& comment, bool on_time,
                     int64_t by, int64_t at) {
  return expect_one(
      db.execute("UPDATE task_assignments SET review = ?, review_comment = ?, on_time = ?, "
                 "reviewed_at = ?, reviewed_by = ? WHERE id = ? AND review = 'submitted'",
                 {std::string(accept ? "accepted" : "returned"), comment, int64_t{on_time ? 1 : 0},
                  at, by, id}),
      "Chỉ duyệt được báo cáo đã gửi và chưa được duyệt.");
}

Result<bool> has_assignment(Db& db, int64_t document_id, int64_t unit_id) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query("SELECT 1 FROM task_assignments a JOIN plan_tasks t ON t.id = "
                                 "a.task_id WHERE t.document_id = ? AND a.unit_id = ? LIMIT 1",
                                 {document_id, unit_id}));
  return !rows.empty();
}

Result<std::vector<TaskRecord>> task_records(Db& db, const std::string& from,
                                             const std::string& to) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query("SELECT unit_id, due_date, on_time FROM task_assignments "
                                 "WHERE due_date >= ? AND due_date <= ?",
                                 {from, to}));
  return map_rows(rows, [](Row r) { return TaskRecord{r.i64(0), r.str(1), r.i64(2) != 0}; });
}

}  // namespace atgt::store
