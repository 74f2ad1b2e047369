// SQL for matches, decisions, notices, actions, measures and the matching roster.
#include "store/notices_store.h"

namespace atgt::store {
namespace {

constexpr const char* kMatchSelect =
    "SELECT violation_id, state, student_id, school_unit_id, score, candidates, review_unit_id, "
    "disputed, created_at, updated_at FROM violation_matches ";
constexpr const char* kNoticeSelect =
    "SELECT id, violation_id, student_id, school_unit_id, state, created_at, deadline_date, "
    "deadline_at, escalated_at, closed_at, closed_by, summary, dispute_reason, updated_at, "
    "purged_at FROM notices ";

model::ViolationMatch match_from(const Row& r) {
  Cursor c(r);
  model::ViolationMatch m;
  m.violation_id = c.i64();
  m.state = c.str();
  m.student_id = c.opt_i64();
  m.school_unit_id = c.opt_i64();
  m.score = c.opt_f64();
  m.candidates = c.str();
  m.review_unit_id = c.opt_i64();
  m.disputed = c.str();
  m.created_at = c.i64();
  m.updated_at = c.i64();
  return m;
}

model::Notice notice_from(const Row& r) {
  Cursor c(r);
  model::Notice n;
  n.id = c.i64();
  n.violation_id = c.i64();
  n.student_id = c.i64();
  n.school_unit_id = c.i64();
  n.state = c.str();
  n.created_at = c.i64();
  n.deadline_date = c.str();
  n.deadline_at = c.i64();
  n.escalated_at = c.opt_i64();
  n.closed_at = c.opt_i64();
  n.closed_by = c.opt_i64();
  n.summary = c.opt_str();
  n.dispute_reason = c.opt_str();
  n.updated_at = c.i64();
  n.purged_at = c.opt_i64();
  return n;
}

// "unit IN (...)" for a unit list, "1=1" for every unit.
std::string units_clause(const char* column, const std::optional<std::vector<int64_t>>& units,
                         Params& p) {
  if (!units) return "1=1";
  return std::string(column) + " IN (" + in_list(*units, p) + ")";
}

}  // namespace

Result<int64_t> roster_revision(Db& db) {
  return int_setting(db, "roster_revision", 0);
}

Result<int64_t> int_setting(Db& db, const std::string& key, int64_t fallback) {
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query("SELECT value FROM settings WHERE key = ?", {key}));
  if (rows.empty()) return fallback;
  try {
    size_t used = 0;
    std::string v = rows[0].str(0);
    int64_t n = std::stoll(v, &used);
    return used == v.size() ? n : fallback;
  } catch (...) {
    return fallback;
  }
}

Result<std::vector<model::MatchRosterRow>> matching_roster(Db& db,
                                                           const std::vector<std::string>& years) {
  Params p;
  std::string where = years.empty() ? "" : " WHERE e.school_year IN (" + in_list(years, p) + ")";
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("SELECT s.id, e.unit_id, s.full_name, s.birth_date, e.school_year, e.class_name, "
               "s.sex, s.personal_id, (SELECT MIN(v.plate) FROM student_vehicles v WHERE "
               "v.student_id = s.id) FROM student_enrolments e JOIN students s ON s.id = "
               "e.student_id" +
                   where + " ORDER BY s.id, e.school_year",
               p));
  return map_rows(rows, [](const Row& r) {
    Cursor c(r);
    model::MatchRosterRow m;
    m.student_id = c.i64();
    m.unit_id = c.i64();
    m.full_name = c.str();
    m.birth_date = c.str();
    m.school_year = c.str();
    m.class_name = c.str();
    m.sex = c.opt_str();
    m.personal_id = c.opt_str();
    m.plate = c.opt_str();
    return m;
  });
}

Status upsert_match(Db& db, const model::ViolationMatch& m) {
  return db.run(
      "INSERT INTO violation_matches (violation_id, state, student_id, school_unit_id, score, "
      "candidates, review_unit_id, disputed, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
      "?, ?, ?) ON CONFLICT (violation_id) DO UPDATE SET state = excluded.state, student_id = "
      "excluded.student_id, school_unit_id = excluded.school_unit_id, score = excluded.score, "
      "candidates = excluded.candidates, review_unit_id = excluded.review_unit_id, disputed = "
      "excluded.disputed, updated_at = excluded.updated_at",
      {m.violation_id, m.state, opt(m.student_id), opt(m.school_unit_id), opt(m.score),
       m.candidates, opt(m.review_unit_id), m.disputed, m.created_at, m.updated_at});
}

Result<std::optional<model::ViolationMatch>> get_match(Db& db, int64_t violation_id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows, db.query(std::string(kMatchSelect) + "WHERE violation_id = ?", {violation_id}));
  if (rows.empty()) return std::optional<model::ViolationMatch>();
  return std::optional<model::ViolationMatch>(match_from(rows[0]));
}

Result<std::map<int64_t, model::ViolationMatch>> matches_of(Db& db,
                                                            const std::vector<int64_t>& ids) {
  std::map<int64_t, model::ViolationMatch> out;
  if (ids.empty()) return out;
  Params p;
  std::string in = in_list(ids, p);
  ATGT_ASSIGN_OR_RETURN(
      auto rows, db.query(std::string(kMatchSelect) + "WHERE violation_id IN (" + in + ")", p));
  for (size_t i = 0; i < rows.size(); ++i) {
    auto m = match_from(rows[i]);
    out.emplace(m.violation_id, std::move(m));
  }
  return out;
}

Result<std::vector<model::ViolationMatch>> list_review(
    Db& db, const std::optional<std::vector<int64_t>>& units, int limit, int offset) {
  Params p;
  std::string where = units_clause("review_unit_id", units, p);
  p.push_back(Value(int64_t{limit}));
  p.push_back(Value(int64_t{offset}));
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query(std::string(kMatchSelect) + "WHERE state = 'review' AND " + where +
                                     " ORDER BY violation_id LIMIT ? OFFSET ?",
                                 p));
  return map_rows(rows, match_from);
}

Result<int64_t> count_review(Db& db, const std::optional<std::vector<int64_t>>& units) {
  Params p;
  std::string where = units_clause("review_unit_id", units, p);
  return db.scalar_i64("SELECT COUNT(*) FROM violation_matches WHERE state = 'review' AND " + where,
                       p);
}

Status insert_decision(Db& db, const model::MatchDecision& d) {
  return db.run(
      "INSERT INTO match_decisions (violation_id, decision, student_id, user_id, unit_id, reason, "
      "decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {d.violation_id, d.decision, opt(d.student_id), opt(d.user_id), opt(d.unit_id), opt(d.reason),
       d.decided_at});
}

Result<std::vector<DecisionRow>> list_decisions(Db& db, int64_t violation_id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("SELECT d.violation_id, d.decision, d.student_id, d.user_id, d.unit_id, d.reason, "
               "d.decided_at, u.login, u.full_name FROM match_decisions d LEFT JOIN users u ON "
               "u.id = d.user_id WHERE d.violation_id = ? ORDER BY d.id",
               {violation_id}));
  return map_rows(rows, [](const Row& r) {
    Cursor c(r);
    DecisionRow out;
    out.decision.violation_id = c.i64();
    out.decision.decision = c.str();
    out.decision.student_id = c.opt_i64();
    out.decision.user_id = c.opt_i64();
    out.decision.unit_id = c.opt_i64();
    out.decision.reason = c.opt_str();
    out.decision.decided_at = c.i64();
    out.login = c.str();
    out.full_name = c.str();
    return out;
  });
}

Result<int64_t> insert_notice(Db& db, const model::Notice& n) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("INSERT INTO notices (violation_id, student_id, school_unit_id, state, created_at, "
               "deadline_date, deadline_at, escalated_at, closed_at, closed_by, summary, "
               "dispute_reason, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
               "RETURNING id",
               {n.violation_id, n.student_id, n.school_unit_id, n.state, n.created_at,
                n.deadline_date, n.deadline_at, opt(n.escalated_at), opt(n.closed_at),
                opt(n.closed_by), opt(n.summary), opt(n.dispute_reason), n.updated_at}));
  return rows[0].i64(0);
}

Result<model::Notice> get_notice(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(std::string(kNoticeSelect) + "WHERE id = ?", {id}));
  if (rows.empty()) return NotFound("Không tìm thấy thông báo vi phạm.");
  return notice_from(rows[0]);
}

Status update_notice(Db& db, const model::Notice& n, const std::string& expected_state) {
  ATGT_ASSIGN_OR_RETURN(
      int64_t changed,
      db.execute("UPDATE notices SET state = ?, escalated_at = ?, closed_at = ?, closed_by = ?, "
                 "summary = ?, dispute_reason = ?, updated_at = ? WHERE id = ? AND state = ?",
                 {n.state, opt(n.escalated_at), opt(n.closed_at), opt(n.closed_by), opt(n.summary),
                  opt(n.dispute_reason), n.updated_at, n.id, expected_state}));
  if (changed == 0) return Conflict("Thông báo vừa được người khác cập nhật; tải lại rồi làm lại.");
  return Status::Ok();
}

Result<std::optional<model::Notice>> live_notice_of(Db& db, int64_t violation_id) {
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(std::string(kNoticeSelect) +
                                                "WHERE violation_id = ? AND state IN ('open', "
                                                "'closed') ORDER BY id DESC LIMIT 1",
                                            {violation_id}));
  if (rows.empty()) return std::optional<model::Notice>();
  return std::optional<model::Notice>(notice_from(rows[0]));
}

Result<std::vector<model::Notice>> list_notices(Db& db, const NoticeFilter& f) {
  Params p;
  std::string where = units_clause("school_unit_id", f.schools, p);
  if (f.student_id) {
    where += " AND student_id = ?";
    p.push_back(Value(*f.student_id));
  }
  if (!f.state.empty()) {
    where += " AND state = ?";
    p.push_back(Value(f.state));
  }
  if (f.overdue_only) {
    where += " AND state = 'open' AND deadline_at < ?";
    p.push_back(Value(f.now));
  }
  if (f.before) {
    where += " AND id < ?";
    p.push_back(Value(*f.before));
  }
  p.push_back(Value(int64_t{f.limit}));
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query(std::string(kNoticeSelect) + "WHERE " + where + " ORDER BY id DESC LIMIT ?", p));
  return map_rows(rows, notice_from);
}

Result<std::vector<model::Notice>> overdue_unescalated(Db& db, int64_t now, int limit) {
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(std::string(kNoticeSelect) +
                                                "WHERE state = 'open' AND deadline_at < ? AND "
                                                "escalated_at IS NULL ORDER BY id LIMIT ?",
                                            {now, int64_t{limit}}));
  return map_rows(rows, notice_from);
}

Result<int64_t> insert_action(Db& db, const model::NoticeAction& a) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("INSERT INTO notice_actions (notice_id, kind, measure_code, action_date, note, "
               "file_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
               {a.notice_id, a.kind, opt(a.measure_code), a.action_date, a.note, opt(a.file_id),
                a.created_at, opt(a.created_by)}));
  return rows[0].i64(0);
}

Result<std::vector<model::NoticeAction>> list_actions(Db& db, int64_t notice_id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("SELECT id, notice_id, kind, measure_code, action_date, note, file_id, created_at, "
               "created_by FROM notice_actions WHERE notice_id = ? ORDER BY action_date, id",
               {notice_id}));
  return map_rows(rows, [](const Row& r) {
    Cursor c(r);
    model::NoticeAction a;
    a.id = c.i64();
    a.notice_id = c.i64();
    a.kind = c.str();
    a.measure_code = c.opt_str();
    a.action_date = c.str();
    a.note = c.str();
    a.file_id = c.opt_i64();
    a.created_at = c.i64();
    a.created_by = c.opt_i64();
    return a;
  });
}

Result<std::vector<StudentViolation>> student_violations(Db& db, int64_t student_id,
                                                         const std::string& since) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("SELECT n.id, n.violation_id, n.school_unit_id, v.local_date, v.behaviour, "
               "v.legal_code FROM notices n JOIN violations v ON v.id = n.violation_id WHERE "
               "n.student_id = ? AND n.state IN ('open', 'closed') AND v.local_date >= ? ORDER "
               "BY v.local_date DESC, n.id DESC",
               {student_id, since}));
  return map_rows(rows, [](const Row& r) {
    Cursor c(r);
    StudentViolation s;
    s.notice_id = c.i64();
    s.violation_id = c.i64();
    s.school_unit_id = c.i64();
    s.date = c.str();
    s.behaviour = c.opt_str();
    s.legal_code = c.opt_str();
    return s;
  });
}

Result<int64_t> count_measures(Db& db) {
  return db.scalar_i64("SELECT COUNT(*) FROM education_measures");
}

Status upsert_measure(Db& db, const model::EducationMeasure& m) {
  return db.run(
      "INSERT INTO education_measures (code, name, unit_types, applied_by, valid_from, valid_to, "
      "source) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code, valid_from) DO UPDATE SET name = "
      "excluded.name, unit_types = excluded.unit_types, applied_by = excluded.applied_by, "
      "valid_to = excluded.valid_to, source = excluded.source",
      {m.code, m.name, m.unit_types, m.applied_by, m.valid_from, opt(m.valid_to), m.source});
}

Result<std::vector<model::EducationMeasure>> list_measures(Db& db) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows, db.query("SELECT code, name, unit_types, applied_by, valid_from, valid_to, source "
                          "FROM education_measures ORDER BY valid_from DESC, code"));
  return map_rows(rows, [](const Row& r) {
    Cursor c(r);
    model::EducationMeasure m;
    m.code = c.str();
    m.name = c.str();
    m.unit_types = c.str();
    m.applied_by = c.str();
    m.valid_from = c.str();
    m.valid_to = c.opt_str();
    m.source = c.str();
    return m;
  });
}

Result<int64_t> mark_settled_notice_notifications_read(Db& db, int64_t after) {
  return db.execute(
      "UPDATE notifications SET read_at = created_at + ? WHERE read_at IS NULL AND entity = "
      "'notice' AND entity_id IN (SELECT CAST(id AS TEXT) FROM notices WHERE state <> 'open')",
      {after});
}

}  // namespace atgt::store
