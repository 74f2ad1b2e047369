// SQL for students and rosters, commitments and parking operators (the roster write: roster_store).
#include "store/students_store.h"

#include "base/text.h"
#include "base/time.h"
#include "store/search_store.h"

namespace atgt::store {
namespace {

constexpr const char* kStudentCols =
    "s.id, s.personal_id, s.full_name, s.birth_date, s.sex, s.created_at, s.updated_at, s.batch_id";

Student read_student(Cursor& c) {
  Student s;
  s.id = c.i64();
  s.personal_id = c.opt_str();
  s.full_name = c.str();
  s.birth_date = c.str();
  s.sex = c.opt_str();
  s.created_at = c.i64();
  s.updated_at = c.i64();
  s.batch_id = c.opt_str();
  return s;
}

// Roster rows: student columns then enrolment (unit_id, school_year, class_name, batch_id).
RosterStudent read_roster(Row r) {
  Cursor c(r);
  RosterStudent out;
  out.student = read_student(c);
  out.enrolment.student_id = out.student.id;
  out.enrolment.unit_id = c.i64();
  out.enrolment.school_year = c.str();
  out.enrolment.class_name = c.str();
  out.enrolment.batch_id = c.opt_str();
  return out;
}

}  // namespace

Result<std::vector<RosterStudent>> list_roster(Db& db, const StudentFilter& f) {
  Params p;
  std::string sql =
      std::string("SELECT ") + kStudentCols +
      ", e.unit_id, e.school_year, e.class_name, e.batch_id FROM student_enrolments e "
      "JOIN students s ON s.id = e.student_id WHERE e.school_year = ? AND e.unit_id IN (";
  p.push_back(f.school_year);
  sql += in_list(f.unit_ids, p) + ")";
  if (f.class_name) {
    sql += " AND e.class_name = ?";
    p.push_back(*f.class_name);
  }
  if (f.query) sql += " AND " + search_filter(db.dialect(), kSearchStudent, "s.id", *f.query, p);
  if (f.after) {
    sql += " AND s.id > ?";
    p.push_back(f.after);
  }
  sql += " ORDER BY s.id LIMIT ?";
  p.push_back(int64_t{f.limit});
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(sql, p));
  return map_rows(rows, read_roster);
}

Result<Student> get_student(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query(std::string("SELECT ") + kStudentCols + " FROM students s WHERE s.id = ?", {id}));
  if (rows.empty()) return NotFound("Không tìm thấy học sinh.");
  Cursor c(rows[0]);
  return read_student(c);
}

Result<std::vector<StudentEnrolment>> student_history(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query("SELECT student_id, unit_id, school_year, class_name, "
                                            "batch_id FROM student_enrolments WHERE student_id = ? "
                                            "ORDER BY school_year",
                                            {id}));
  return map_rows(rows, [](Row r) {
    Cursor c(r);
    StudentEnrolment e;
    e.student_id = c.i64();
    e.unit_id = c.i64();
    e.school_year = c.str();
    e.class_name = c.str();
    e.batch_id = c.opt_str();
    return e;
  });
}

Result<std::vector<Guardian>> student_guardians(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("SELECT name, relation, phone FROM guardians WHERE student_id = ? ORDER BY id",
               {id}));
  return map_rows(rows, [](Row r) { return Guardian{r.str(0), r.str(1), r.str(2)}; });
}

Result<std::map<int64_t, std::vector<Guardian>>> guardians_of(Db& db,
                                                              const std::vector<int64_t>& ids) {
  std::map<int64_t, std::vector<Guardian>> out;
  if (ids.empty()) return out;
  Params p;
  std::string sql =
      "SELECT student_id, name, relation, phone FROM guardians WHERE student_id IN (" +
      in_list(ids, p) + ") ORDER BY student_id, id";
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(sql, p));
  for (size_t i = 0; i < rows.size(); ++i)
    out[rows[i].i64(0)].push_back(Guardian{rows[i].str(1), rows[i].str(2), rows[i].str(3)});
  return out;
}

Result<std::map<int64_t, int64_t>> latest_units(Db& db, const std::vector<int64_t>& ids) {
  std::map<int64_t, int64_t> out;
  if (ids.empty()) return out;
  Params p;
  std::string sql =
      "SELECT e.student_id, e.unit_id FROM student_enrolments e WHERE e.student_id IN (" +
      in_list(ids, p) +
      ") AND e.school_year = (SELECT MAX(l.school_year) FROM student_enrolments l WHERE "
      "l.student_id = e.student_id)";
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(sql, p));
  for (size_t i = 0; i < rows.size(); ++i) out[rows[i].i64(0)] = rows[i].i64(1);
  return out;
}

Result<std::vector<Vehicle>> student_vehicles(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("SELECT plate, kind FROM student_vehicles WHERE student_id = ? ORDER BY id", {id}));
  return map_rows(rows, [](Row r) { return Vehicle{r.str(0), r.str(1)}; });
}

Result<std::vector<std::string>> roster_classes(Db& db, int64_t unit_id, const std::string& year) {
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query("SELECT DISTINCT class_name FROM student_enrolments "
                                            "WHERE unit_id = ? AND school_year = ? ORDER BY "
                                            "class_name",
                                            {unit_id, year}));
  return map_rows(rows, [](Row r) { return r.str(0); });
}

Result<int64_t> campaign_id(Db& db, const std::string& school_year, const std::string& kind,
                            int64_t now) {
  ATGT_TRY(
      db.run("INSERT INTO commitment_campaigns (school_year, kind, created_at) VALUES (?, ?, "
             "?) ON CONFLICT (school_year, kind) DO NOTHING",
             {school_year, kind, now}));
  return db.scalar_i64("SELECT id FROM commitment_campaigns WHERE school_year = ? AND kind = ?",
                       {school_year, kind});
}

Status set_signature(Db& db, int64_t campaign, int64_t student_id, int64_t unit_id, bool is_signed,
                     const std::optional<std::string>& signed_date, int64_t now,
                     std::optional<int64_t> user_id, const std::optional<std::string>& batch_id) {
  return db.run(
      "INSERT INTO commitment_signatures (campaign_id, student_id, unit_id, signed, signed_date, "
      "updated_at, updated_by, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
      "(campaign_id, student_id) DO UPDATE SET unit_id = excluded.unit_id, signed = "
      "excluded.signed, signed_date = excluded.signed_date, updated_at = excluded.updated_at, "
      "updated_by = excluded.updated_by, batch_id = excluded.batch_id",
      {campaign, student_id, unit_id, int64_t{is_signed ? 1 : 0}, opt(signed_date), now,
       opt(user_id), opt(batch_id)});
}

Result<std::map<int64_t, SignatureState>> roster_signatures(Db& db, const std::string& school_year,
                                                            const std::string& kind,
                                                            int64_t unit_id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("SELECT g.student_id, g.signed, g.signed_date FROM student_enrolments e JOIN "
               "commitment_signatures g ON g.student_id = e.student_id JOIN commitment_campaigns c "
               "ON c.id = g.campaign_id AND c.school_year = ? AND c.kind = ? WHERE e.school_year = "
               "? AND e.unit_id = ?",
               {school_year, kind, school_year, unit_id}));
  std::map<int64_t, SignatureState> out;
  for (size_t i = 0; i < rows.size(); ++i)
    out[rows[i].i64(0)] = SignatureState{rows[i].i64(1) == 1, rows[i].opt_str(2)};
  return out;
}

Result<std::vector<CommitmentCount>> commitment_counts(Db& db, const std::string& school_year,
                                                       const std::string& kind,
                                                       const std::vector<int64_t>& unit_ids) {
  Params p{kind, school_year, school_year};
  std::string sql =
      "SELECT e.unit_id, e.class_name, COUNT(*), COALESCE(SUM(CASE WHEN g.signed = 1 THEN 1 ELSE "
      "0 END), 0), COUNT(g.student_id) FROM student_enrolments e LEFT JOIN "
      "(commitment_signatures g JOIN commitment_campaigns c ON c.id = g.campaign_id AND c.kind = ? "
      "AND c.school_year = ?) ON g.student_id = e.student_id WHERE e.school_year = ? AND "
      "e.unit_id IN (" +
      in_list(unit_ids, p) + ") GROUP BY e.unit_id, e.class_name ORDER BY e.unit_id, e.class_name";
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(sql, p));
  return map_rows(rows, [](Row r) {
    return CommitmentCount{r.i64(0), r.str(1), r.i64(2), r.i64(3), r.i64(4)};
  });
}

Result<std::vector<RosterStudent>> unsigned_students(Db& db, const std::string& school_year,
                                                     const std::string& kind, int64_t unit_id,
                                                     const std::string& class_name) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query(
          std::string("SELECT ") + kStudentCols +
              ", e.unit_id, e.school_year, e.class_name, e.batch_id FROM student_enrolments e "
              "JOIN students s ON s.id = e.student_id WHERE e.school_year = ? AND e.unit_id = ? "
              "AND e.class_name = ? AND NOT EXISTS (SELECT 1 FROM commitment_signatures g JOIN "
              "commitment_campaigns c ON c.id = g.campaign_id WHERE g.student_id = s.id AND "
              "c.school_year = ? AND c.kind = ? AND g.signed = 1) ORDER BY s.name_fold, s.id",
          {school_year, unit_id, class_name, school_year, kind}));
  return map_rows(rows, read_roster);
}

Result<std::vector<CommitmentRecord>> commitment_records(Db& db, const std::string& school_year,
                                                         const std::string& last_day) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("SELECT e.unit_id, k.kind, g.signed, g.signed_date FROM student_enrolments e CROSS "
               "JOIN (SELECT 'student' AS kind UNION ALL SELECT 'parent') k LEFT JOIN "
               "(commitment_signatures g JOIN commitment_campaigns c ON c.id = g.campaign_id AND "
               "c.school_year = ?) ON g.student_id = e.student_id AND c.kind = k.kind WHERE "
               "e.school_year = ?",
               {school_year, school_year}));
  auto out = map_rows(rows, [](Row r) {
    return CommitmentRecord{r.i64(0), r.str(1), !r.is_null(2) && r.i64(2) == 1, r.opt_str(3)};
  });
  ATGT_ASSIGN_OR_RETURN(auto ops,
                        db.query("SELECT unit_id, signed_date, created_at FROM parking_operators"));
  for (size_t i = 0; i < ops.size(); ++i) {
    Row r = ops[i];
    std::optional<std::string> signed_date;
    if (!r.is_null(1) && r.str(1) <= last_day) signed_date = r.str(1);
    // Listed after the year and not signed in it (an operator entered later with the date it
    // signed on counts in that year).
    if (!signed_date && local_date(r.i64(2)).str() > last_day) continue;
    out.push_back({r.i64(0), "parking", signed_date.has_value(), signed_date});
  }
  return out;
}

namespace {
constexpr const char* kParkingCols =
    "id, unit_id, name, address, signed_date, created_at, updated_at, updated_by";
ParkingOperator read_parking(Row r) {
  Cursor c(r);
  ParkingOperator p;
  p.id = c.i64();
  p.unit_id = c.i64();
  p.name = c.str();
  p.address = c.str();
  p.signed_date = c.opt_str();
  p.created_at = c.i64();
  p.updated_at = c.i64();
  p.updated_by = c.opt_i64();
  return p;
}
}  // namespace

Result<std::vector<ParkingOperator>> list_parking_operators(Db& db,
                                                            const std::vector<int64_t>& unit_ids) {
  Params p;
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(std::string("SELECT ") + kParkingCols +
                                                " FROM parking_operators WHERE unit_id IN (" +
                                                in_list(unit_ids, p) + ") ORDER BY unit_id, id",
                                            p));
  return map_rows(rows, read_parking);
}

Result<ParkingOperator> get_parking_operator(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(std::string("SELECT ") + kParkingCols +
                                                " FROM parking_operators WHERE id = ?",
                                            {id}));
  if (rows.empty()) return NotFound("Không tìm thấy điểm trông giữ xe.");
  return read_parking(rows[0]);
}

Result<int64_t> insert_parking_operator(Db& db, const ParkingOperator& p) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query("INSERT INTO parking_operators (unit_id, name, address, "
                                 "signed_date, created_at, updated_at, updated_by) VALUES (?, ?, "
                                 "?, ?, ?, ?, ?) RETURNING id",
                                 {p.unit_id, p.name, p.address, opt(p.signed_date), p.created_at,
                                  p.updated_at, opt(p.updated_by)}));
  return rows[0].i64(0);
}

Status update_parking_operator(Db& db, const ParkingOperator& p) {
  return db.run(
      "UPDATE parking_operators SET name = ?, address = ?, signed_date = ?, "
      "updated_at = ?, updated_by = ? WHERE id = ?",
      {p.name, p.address, opt(p.signed_date), p.updated_at, opt(p.updated_by), p.id});
}

Status delete_parking_operator(Db& db, int64_t id) {
  return db.run("DELETE FROM parking_operators WHERE id = ?", {id});
}

Result<std::vector<StudentAgeRange>> list_student_ages(Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query("SELECT unit_type, min_age, max_age, source FROM "
                                            "student_ages ORDER BY unit_type"));
  return map_rows(rows, [](Row r) {
    return StudentAgeRange{r.str(0), static_cast<int>(r.i64(1)), static_cast<int>(r.i64(2)),
                           r.opt_str(3)};
  });
}

Status upsert_student_age(Db& db, const StudentAgeRange& r) {
  return db.run(
      "INSERT INTO student_ages (unit_type, min_age, max_age, source) VALUES (?, ?, ?, ?) "
      "ON CONFLICT (unit_type) DO UPDATE SET min_age = excluded.min_age, max_age = "
      "excluded.max_age, source = excluded.source",
      {r.unit_type, int64_t{r.min_age}, int64_t{r.max_age}, opt(r.source)});
}

Result<int64_t> backfill_student_terms(Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto any, db.query("SELECT 1 FROM search_terms WHERE entity = ? LIMIT 1",
                                           {std::string(kSearchStudent)}));
  if (!any.empty()) return int64_t{0};
  ATGT_ASSIGN_OR_RETURN(
      auto rows, db.query("SELECT id, full_name FROM students WHERE pseudonym = 0 ORDER BY id"));
  if (rows.empty()) return int64_t{0};
  Tx tx(db);
  ATGT_TRY(tx.status());
  for (size_t i = 0; i < rows.size(); ++i)
    ATGT_TRY(add_terms(db, kSearchStudent, rows[i].i64(0), {rows[i].str(1)}));
  ATGT_TRY(tx.commit());
  return static_cast<int64_t>(rows.size());
}

}  // namespace atgt::store
