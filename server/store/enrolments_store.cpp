// SQL for enrolment.
#include "store/enrolments_store.h"

namespace atgt::store {

Result<std::vector<EnrolmentRow>> list_enrolments(Db& db,
                                                  const std::optional<std::string>& school_year) {
  std::string sql =
      "SELECT unit_id, school_year, level, students, source, updated_at, updated_by FROM "
      "enrolments ";
  Params p;
  if (school_year) {
    sql += "WHERE school_year = ? ";
    p.push_back(*school_year);
  }
  sql += "ORDER BY unit_id, school_year, level";
  auto rows = db.query(sql, p);
  if (!rows.ok()) return rows.status();
  std::vector<EnrolmentRow> out;
  for (size_t i = 0; i < rows->size(); ++i) {
    auto r = (*rows)[i];
    out.push_back({r.i64(0), r.str(1), r.str(2), r.i64(3), r.str(4), r.i64(5), r.opt_i64(6)});
  }
  return out;
}

Status upsert_enrolment(Db& db, const EnrolmentRow& r) {
  return db.run(
      "INSERT INTO enrolments (unit_id, school_year, level, students, source, updated_at, "
      "updated_by) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (unit_id, school_year, level) DO UPDATE SET "
      "students = excluded.students, source = excluded.source, updated_at = excluded.updated_at, "
      "updated_by = excluded.updated_by",
      {r.unit_id, r.school_year, r.level, r.students, r.source, r.updated_at, opt(r.updated_by)});
}

Result<std::string> school_year_start(Db& db, const std::string& code) {
  auto rows = db.query("SELECT teaching_from FROM school_years WHERE code = ?", {code});
  if (!rows.ok()) return rows.status();
  if (!rows->empty()) return (*rows)[0].str(0);
  return code.substr(0, 4) + "-09-05";
}

}  // namespace atgt::store
