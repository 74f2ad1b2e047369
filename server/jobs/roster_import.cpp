// Roster import shared by the CLI, the preview and the job (see roster_import.h).
#include "jobs/roster_import.h"

#include <boost/json.hpp>

#include "base/time.h"
#include "domain/enrolment.h"
#include "files/table_reader.h"
#include "store/audit_store.h"
#include "store/enrolments_store.h"
#include "store/units_store.h"

namespace atgt::jobs {
namespace json = boost::json;
namespace {

// The enrolments.level of a school type (a school of several levels counts under its highest).
std::string level_of_type(const std::string& type) {
  if (type == "MN") return "preschool";
  if (type == "TH") return "primary";
  if (type == "THCS") return "lower_secondary";
  if (type == "THPT" || type == "PTNC") return "upper_secondary";
  if (type == "GDNN_GDTX") return "continuing";
  return "continuing";
}

Status file_error(const Status& st) {
  Status out(Kind::kInvalid, kStudentFileError, st.message());
  for (const auto& r : st.rows()) out.with_row(r);
  for (const auto& [f, m] : st.fields()) out.with_field(f, m);
  return out;
}

}  // namespace

Result<RosterTarget> roster_target(store::Db& db, const OrgIndex& org, const std::string& code,
                                   int64_t unit_id, const std::string& school_year) {
  if (!valid_school_year(school_year))
    return Invalid("Năm học không hợp lệ.")
        .with_field("school_year", "Năm học phải có dạng YYYY-YYYY, ví dụ 2025-2026.");
  RosterTarget t;
  t.school_year = school_year;
  ATGT_ASSIGN_OR_RETURN(t.year_start, store::school_year_start(db, school_year));
  if (!code.empty()) {
    auto id = store::unit_id_by_code(db, code);
    if (!id.ok()) {
      if (id.status().kind() != Kind::kNotFound) return id.status();
      return Invalid("Không có đơn vị mã " + code + ".")
          .with_field("school", "Không có đơn vị mã " + code + " trong danh mục.");
    }
    unit_id = *id;
  }
  const auto* v = org.version_at(unit_id, t.year_start);
  if (!v)
    return Invalid("Đơn vị không hoạt động vào đầu năm học.")
        .with_field("school", "Đơn vị không hoạt động vào ngày đầu năm học " + school_year + " (" +
                                  t.year_start + ").");
  ATGT_ASSIGN_OR_RETURN(auto types, store::list_unit_types(db));
  bool school = false;
  for (const auto& ty : types)
    if (ty.code == v->type && ty.level == "school") school = true;
  if (!school)
    return Invalid("Đơn vị không phải trường học.")
        .with_field("school", v->name + " không phải trường học hoặc cơ sở giáo dục.");
  t.unit_id = unit_id;
  t.unit_code = v->code;
  t.unit_name = v->name;
  t.unit_type = v->type;
  t.level = level_of_type(v->type);
  return t;
}

Result<RosterPlan> plan_roster(store::Db& db, const RosterTarget& target, std::string_view bytes,
                               std::string_view name, Encoding encoding) {
  RosterPlan plan;
  plan.target = target;
  files::TableSource src;
  auto table = files::read_table(bytes, name, encoding, {}, &src);
  if (!table.ok()) return file_error(table.status());
  plan.kind = src.kind;
  plan.encoding = std::string(encoding_name(src.encoding));
  StudentImportInput in;
  in.year_start = target.year_start;
  ATGT_ASSIGN_OR_RETURN(auto ages, store::list_student_ages(db));
  for (const auto& a : ages)
    if (a.unit_type == target.unit_type) {
      in.min_age = a.min_age;
      in.max_age = a.max_age;
    }
  in.level_name = target.unit_name;
  ATGT_ASSIGN_OR_RETURN(plan.rows, plan_student_import(*table, in));
  std::vector<model::RosterEntry> entries;
  entries.reserve(plan.rows.size());
  for (const auto& r : plan.rows) entries.push_back(r.entry);
  ATGT_ASSIGN_OR_RETURN(auto known, store::identify_students(db, entries, target.unit_id));
  for (const auto& k : known) ++(k ? plan.updated : plan.inserted);
  return plan;
}

Result<store::RosterCounts> commit_roster(store::Db& db, const RosterPlan& plan,
                                          const std::string& batch_id,
                                          std::optional<int64_t> user_id, const std::string& ip,
                                          const std::string& source,
                                          const std::function<Status(int64_t)>& progress) {
  std::vector<model::RosterEntry> rows;
  rows.reserve(plan.rows.size());
  for (const auto& r : plan.rows) rows.push_back(r.entry);
  int64_t now = now_micros();
  store::Tx tx(db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(
      auto counts, store::write_roster(db, plan.target.unit_id, plan.target.school_year,
                                       plan.target.level, rows, batch_id, now, user_id, progress));
  store::AuditEntry a;
  a.at = now;
  a.user_id = user_id;
  a.ip = ip;
  a.action = "import";
  a.entity = "student_roster";
  a.entity_id = std::to_string(plan.target.unit_id);
  a.batch_id = batch_id;
  a.changes_json = json::serialize(json::object{{"unit_code", plan.target.unit_code},
                                                {"school_year", plan.target.school_year},
                                                {"rows", static_cast<int64_t>(rows.size())},
                                                {"inserted", counts.inserted},
                                                {"updated", counts.updated},
                                                {"source", source}});
  ATGT_TRY(store::append_audit(db, a));
  ATGT_TRY(tx.commit());
  return counts;
}

}  // namespace atgt::jobs
