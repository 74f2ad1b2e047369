// Students and rosters (issue 11): the roster of schools in scope, one student with their school
// years, the roster import (upload -> preview with per-row errors -> commit as a job), student and
// parent commitments (recorded per student, in bulk by class, or imported from a file like a
// roster: preview, then a job; coverage per class, school and
// subtree; who has not signed), parking operators near a school. Student data is school-internal
// (DataClass::kSchoolInternal): the police never see it; a guardian's phone is shown to the
// student's own school only (domain/access.h may_see_guardian_phone).
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "jobs/calendar_data.h"
#include "api/common.h"
#include "api/handlers.h"
#include "api/jobs_api.h"
#include "api/nouns.h"
#include "api/services.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/enrolment.h"
#include "domain/student_import.h"
#include "jobs/commitment_import.h"
#include "jobs/roster_import.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "store/files_store.h"
#include "store/jobs_store.h"
#include "store/enrolments_store.h"
#include "store/students_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

const char* kind_label(const std::string& kind) {
  return kind == "parent" ? "Cam kết của cha mẹ học sinh" : "Cam kết của học sinh";
}

bool sees_school(const Ctx& c, const OrgIndex& org, int64_t unit, const std::string& date) {
  return can_see(c.me(), org, DataRef{unit, date, {}, DataClass::kSchoolInternal, false});
}

// The school year of the request: ?school_year=, or the one today belongs to.
Result<std::string> year_of(Ctx& c, store::Db& db, const std::optional<std::string>& given) {
  if (given) {
    if (!valid_school_year(*given))
      return Invalid().with_field("school_year", "Năm học phải có dạng YYYY-YYYY (ví dụ 2025-2026).");
    return *given;
  }
  ATGT_ASSIGN_OR_RETURN(auto cal, jobs::load_calendar(db));
  return cal.school_year_of(today_local()).code();
}

std::optional<std::string> query_str(const Ctx& c, const char* name) {
  const std::string* v = c.query(name);
  if (!v || v->empty()) return std::nullopt;
  return *v;
}

struct Scope {
  std::string year, start;
  int64_t root = 0;
  std::vector<int64_t> schools;  // visible units under root alive at the year's start
};

// The units whose rosters the caller sees under ?unit_id= (default: their own unit).
Result<Scope> scope_of(Ctx& c, store::Db& db, const OrgIndex& org, std::optional<int64_t> unit,
                       const std::optional<std::string>& year) {
  Scope s;
  ATGT_ASSIGN_OR_RETURN(s.year, year_of(c, db, year));
  ATGT_ASSIGN_OR_RETURN(s.start, store::school_year_start(db, s.year));
  s.root = unit.value_or(c.me().unit_id);
  if (!org.version_at(s.root, s.start) || !sees_school(c, org, s.root, s.start))
    return NotFound("Không tìm thấy đơn vị vào đầu năm học hoặc đơn vị ngoài phạm vi của bạn.");
  for (int64_t u : org.subtree(s.root, s.start))
    if (sees_school(c, org, u, s.start)) s.schools.push_back(u);
  return s;
}

json::object unit_ref(const OrgIndex& org, int64_t unit, const std::string& date) {
  const auto* v = org.version_at(unit, date);
  if (!v) v = org.latest(unit);
  return json::object{{"unit_id", unit}, {"school_code", v ? v->code : ""}, {"school_name", v ? v->name : ""}};
}

json::object student_json(const OrgIndex& org, const model::RosterStudent& r,
                          const std::string& date) {
  json::object o{{"id", r.student.id},
                 {"personal_id", r.student.personal_id ? json::value(*r.student.personal_id) : nullptr},
                 {"full_name", r.student.full_name},
                 {"birth_date", r.student.birth_date},
                 {"sex", r.student.sex ? json::value(*r.student.sex) : nullptr},
                 {"school_year", r.enrolment.school_year},
                 {"class_name", r.enrolment.class_name}};
  for (auto& [k, v] : unit_ref(org, r.enrolment.unit_id, date)) o[k] = v;
  return o;
}

struct ImportBody {
  int64_t file_id = 0, unit_id = 0;
  std::string school_year;
  Encoding encoding = Encoding::kAuto;
};

Result<ImportBody> import_body(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto file_id = in.i64("file_id", true);
  auto unit_id = in.i64("unit_id", true);
  auto year = in.str("school_year", true, 9);
  auto enc = in.str("encoding", false, 20);
  ImportBody b;
  if (enc) {
    auto e = parse_encoding(*enc);
    if (!e.ok())
      in.error("encoding", "Bảng mã phải là auto, utf-8, cp1258, tcvn3 hoặc vni.");
    else
      b.encoding = *e;
  }
  ATGT_TRY(in.finish());
  b.file_id = *file_id;
  b.unit_id = *unit_id;
  b.school_year = *year;
  return b;
}

// A unit outside the caller's scope is refused before anything else is said about it.
Status refuse_foreign(Ctx& c, store::Db& db, const OrgIndex& org, int64_t unit, const std::string& year) {
  if (!valid_school_year(year)) return Status::Ok();
  ATGT_ASSIGN_OR_RETURN(std::string start, store::school_year_start(db, year));
  if (org.alive(unit, start) && !sees_school(c, org, unit, start))
    return Forbidden("Đơn vị ngoài phạm vi quản lý của bạn.");
  return Status::Ok();
}

// The caller's staged upload (CSV or XLSX) and the school it is for (visible to the caller).
Result<std::pair<store::FileRecord, jobs::RosterTarget>> import_inputs(Ctx& c, store::Db& db,
                                                                      const ImportBody& b) {
  auto f = store::get_file(db, b.file_id);
  if (!f.ok() || f->owner_kind != "upload" || f->uploaded_by != c.me().user_id)
    return Invalid().with_field("file_id",
                                "Không tìm thấy tệp đã tải lên (tệp có thể đã bị xóa); hãy tải lên lại.");
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
  ATGT_TRY(refuse_foreign(c, db, *org, b.unit_id, b.school_year));
  ATGT_ASSIGN_OR_RETURN(auto target, jobs::roster_target(db, *org, "", b.unit_id, b.school_year));
  if (!sees_school(c, *org, target.unit_id, target.year_start))
    return Forbidden("Trường ngoài phạm vi quản lý của bạn.");
  return std::pair{std::move(f).value(), std::move(target)};
}

Result<std::string> read_blob(Ctx& c, const store::FileRecord& f) {
  ATGT_ASSIGN_OR_RETURN(std::string path, c.svc.blobs->path_of(f.sha256));
  std::ifstream in(path, std::ios::binary);
  if (!in) return Internal("cannot read blob " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Result<std::string> commitment_kind(const std::optional<std::string>& k) {
  if (!k || (*k != "student" && *k != "parent"))
    return Invalid().with_field("kind", "Loại cam kết là student (học sinh) hoặc parent (cha mẹ học sinh).");
  return *k;
}

}  // namespace

// Students attach no files (the roster upload becomes the job's input) and put nothing on the
// home page yet.
Status register_students(Nouns&) { return Status::Ok(); }

Result<Reply> list_students(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto unit, int_param(c, "unit_id", 1, INT64_MAX));
  ATGT_ASSIGN_OR_RETURN(auto after, int_param(c, "after", 1, INT64_MAX));
  ATGT_ASSIGN_OR_RETURN(auto limit, int_param(c, "limit", 1, 1000));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto s, scope_of(c, *db, *org, unit, query_str(c, "school_year")));
  store::StudentFilter f;
  f.unit_ids = s.schools;
  f.school_year = s.year;
  f.class_name = query_str(c, "class_name");
  f.query = query_str(c, "q");
  f.after = after.value_or(0);
  f.limit = static_cast<int>(limit.value_or(200));
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_roster(*db, f));
  // Guardians beside each student; a phone only for users of the student's own school, and only
  // on the row of the school the student is at now (as getStudent).
  std::vector<int64_t> ids;
  for (const auto& r : rows) ids.push_back(r.student.id);
  ATGT_ASSIGN_OR_RETURN(auto guardians, store::guardians_of(*db, ids));
  ATGT_ASSIGN_OR_RETURN(auto latest, store::latest_units(*db, ids));
  json::array out;
  for (const auto& r : rows) {
    json::object o = student_json(*org, r, s.start);
    auto lu = latest.find(r.student.id);
    bool phones = may_see_guardian_phone(c.me(), r.enrolment.unit_id) && lu != latest.end() &&
                  lu->second == r.enrolment.unit_id;
    json::array g;
    if (auto it = guardians.find(r.student.id); it != guardians.end())
      for (const auto& x : it->second)
        g.push_back(
            json::object{{"name", x.name},
                         {"relation", x.relation},
                         {"phone", phones && !x.phone.empty() ? json::value(x.phone) : nullptr}});
    o["guardians"] = std::move(g);
    out.push_back(std::move(o));
  }
  json::value next = rows.size() == static_cast<size_t>(f.limit) ? json::value(rows.back().student.id) : nullptr;
  return json_reply(json::object{{"school_year", s.year}, {"students", std::move(out)}, {"next_after", next}});
}

Result<Reply> get_student(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  auto st = store::get_student(*db, id);
  if (!st.ok()) return NotFound("Không tìm thấy học sinh.");
  ATGT_ASSIGN_OR_RETURN(auto hist, store::student_history(*db, id));
  json::array years;
  std::optional<model::StudentEnrolment> latest_seen;
  for (const auto& e : hist) {
    ATGT_ASSIGN_OR_RETURN(std::string start, store::school_year_start(*db, e.school_year));
    if (!sees_school(c, *org, e.unit_id, start)) continue;
    json::object y{{"school_year", e.school_year}, {"class_name", e.class_name}};
    for (auto& [k, v] : unit_ref(*org, e.unit_id, start)) y[k] = v;
    years.push_back(std::move(y));
    latest_seen = e;
  }
  if (!latest_seen) return NotFound("Không tìm thấy học sinh.");
  // The latest school year the caller sees decides the school shown and the phone rule.
  bool phones = may_see_guardian_phone(c.me(), hist.back().unit_id) &&
                hist.back().unit_id == latest_seen->unit_id;
  ATGT_ASSIGN_OR_RETURN(auto guardians, store::student_guardians(*db, id));
  ATGT_ASSIGN_OR_RETURN(auto vehicles, store::student_vehicles(*db, id));
  json::array g, v;
  for (const auto& x : guardians)
    g.push_back(json::object{{"name", x.name}, {"relation", x.relation},
                             {"phone", phones && !x.phone.empty() ? json::value(x.phone) : nullptr}});
  for (const auto& x : vehicles) v.push_back(json::object{{"plate", x.plate}, {"kind", x.kind}});
  ATGT_ASSIGN_OR_RETURN(std::string start, store::school_year_start(*db, latest_seen->school_year));
  model::RosterStudent rs{*st, *latest_seen};
  json::object o = student_json(*org, rs, start);
  o["years"] = std::move(years);
  o["guardians"] = std::move(g);
  o["vehicles"] = std::move(v);
  o["phones_hidden"] = !phones;
  return json_reply(json::object{{"student", std::move(o)}});
}

Result<Reply> preview_student_import(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto b, import_body(c));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto in, import_inputs(c, *db, b));
  ATGT_ASSIGN_OR_RETURN(std::string bytes, read_blob(c, in.first));
  auto plan = jobs::plan_roster(*db, in.second, bytes, in.first.name, b.encoding);
  if (!plan.ok()) {
    // A file-level problem is a field error on the file (no rows to fix); row errors as rows.
    if (is_student_file_error(plan.status())) {
      Status st = Invalid(plan.status().message());
      st.with_field("file_id", plan.status().message());
      for (const auto& r : plan.status().rows()) st.with_row(r);
      return st;
    }
    return plan.status();
  }
  json::array rows;
  for (const auto& r : plan->rows) {
    if (rows.size() >= 100) break;
    rows.push_back(json::object{{"row", r.row},
                                {"full_name", r.entry.full_name},
                                {"birth_date", r.entry.birth_date},
                                {"sex", r.entry.sex ? json::value(*r.entry.sex) : nullptr},
                                {"class_name", r.entry.class_name},
                                {"personal_id", r.entry.personal_id ? json::value(*r.entry.personal_id) : nullptr}});
  }
  return json_reply(json::object{{"unit_id", plan->target.unit_id},
                                 {"school_name", plan->target.unit_name},
                                 {"school_year", plan->target.school_year},
                                 {"file_kind", plan->kind},
                                 {"encoding", plan->encoding},
                                 {"count", static_cast<int64_t>(plan->rows.size())},
                                 {"inserted", plan->inserted},
                                 {"updated", plan->updated},
                                 {"rows", std::move(rows)}});
}

Result<Reply> import_students(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto b, import_body(c));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto in, import_inputs(c, *db, b));
  json::object params{{"unit_id", in.second.unit_id},
                      {"school_year", in.second.school_year},
                      {"encoding", std::string(encoding_name(b.encoding))},
                      {"name", in.first.name}};
  ATGT_ASSIGN_OR_RETURN(int64_t id, start_job(c, *db, "students_import", b.file_id, params));
  return json_reply(json::object{{"job_id", id},
                                 {"message", "Đang nhập danh sách học sinh; theo dõi tiến độ ở mục Công việc."}},
                    201);
}

namespace {
// The inputs of a commitments import: as a roster's, and the school must be the caller's own (only
// the student's school records its commitments, as PUT /commitments).
Result<std::pair<store::FileRecord, jobs::RosterTarget>> commitment_import_inputs(
    Ctx& c, store::Db& db, const ImportBody& b) {
  ATGT_ASSIGN_OR_RETURN(auto in, import_inputs(c, db, b));
  if (in.second.unit_id != c.me().unit_id)
    return Forbidden("Chỉ trường của học sinh ghi nhận cam kết.");
  return in;
}

json::value campaign_json(const std::optional<jobs::CampaignCounts>& k) {
  if (!k) return nullptr;
  return json::object{
      {"signed", k->is_signed}, {"not_signed", k->not_signed}, {"changed", k->changed}};
}

json::value opt_bool(const std::optional<bool>& b) {
  return b ? json::value(*b) : nullptr;
}
}  // namespace

Result<Reply> preview_commitment_import(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto b, import_body(c));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto in, commitment_import_inputs(c, *db, b));
  ATGT_ASSIGN_OR_RETURN(std::string bytes, read_blob(c, in.first));
  auto plan = jobs::plan_commitments(*db, in.second, bytes, in.first.name, b.encoding);
  if (!plan.ok()) {
    // A file-level problem is a field error on the file (no rows to fix); row errors as rows.
    if (is_student_file_error(plan.status())) {
      Status st = Invalid(plan.status().message());
      st.with_field("file_id", plan.status().message());
      for (const auto& r : plan.status().rows()) st.with_row(r);
      return st;
    }
    return plan.status();
  }
  json::array rows;
  for (const auto& r : plan->file.rows) {
    if (rows.size() >= 100) break;
    rows.push_back(
        json::object{{"row", r.row},
                     {"student_id", r.student_id},
                     {"full_name", r.full_name},
                     {"class_name", r.class_name},
                     {"student_signed", opt_bool(r.student_signed)},
                     {"parent_signed", opt_bool(r.parent_signed)},
                     {"signed_date", r.signed_date ? json::value(*r.signed_date) : nullptr}});
  }
  return json_reply(json::object{{"unit_id", plan->target.unit_id},
                                 {"school_name", plan->target.unit_name},
                                 {"school_year", plan->target.school_year},
                                 {"file_kind", plan->kind},
                                 {"encoding", plan->encoding},
                                 {"count", static_cast<int64_t>(plan->file.rows.size())},
                                 {"student", campaign_json(plan->student)},
                                 {"parent", campaign_json(plan->parent)},
                                 {"rows", std::move(rows)}});
}

Result<Reply> import_commitments(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto b, import_body(c));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto in, commitment_import_inputs(c, *db, b));
  json::object params{{"unit_id", in.second.unit_id},
                      {"school_year", in.second.school_year},
                      {"encoding", std::string(encoding_name(b.encoding))},
                      {"name", in.first.name}};
  ATGT_ASSIGN_OR_RETURN(int64_t id, start_job(c, *db, "commitments_import", b.file_id, params));
  return json_reply(
      json::object{{"job_id", id},
                   {"message", "Đang nhập cam kết; theo dõi tiến độ ở mục Công việc."}},
      201);
}

Result<Reply> record_commitments(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto year = in.str("school_year", true, 9);
  auto kind_s = in.str("kind", true, 10);
  auto unit = in.i64("unit_id", true);
  auto entries = in.array("entries", true, 5000);
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(std::string kind, commitment_kind(kind_s));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_TRY(refuse_foreign(c, *db, *org, *unit, *year));
  if (*unit != c.me().unit_id) return Forbidden("Chỉ trường của học sinh ghi nhận cam kết.");
  ATGT_ASSIGN_OR_RETURN(auto target, jobs::roster_target(*db, *org, "", *unit, *year));
  if (!sees_school(c, *org, target.unit_id, target.year_start) || target.unit_id != c.me().unit_id)
    return Forbidden("Chỉ trường của học sinh ghi nhận cam kết.");
  store::StudentFilter f;
  f.unit_ids = {target.unit_id};
  f.school_year = target.school_year;
  f.limit = 100000;
  ATGT_ASSIGN_OR_RETURN(auto roster, store::list_roster(*db, f));
  std::set<int64_t> on_roster;
  for (const auto& r : roster) on_roster.insert(r.student.id);
  struct E {
    int64_t student;
    bool is_signed;
    std::optional<std::string> date;
  };
  std::vector<E> list;
  Status errors = Invalid("Có dòng không hợp lệ; chưa ghi nhận gì.");
  bool bad = false;
  for (size_t i = 0; i < entries->size(); ++i) {
    auto* o = (*entries)[i].if_object();
    std::string where = "entries[" + std::to_string(i) + "]";
    if (!o) {
      errors.with_field(where, "Mỗi mục là {student_id, signed, signed_date}.");
      bad = true;
      continue;
    }
    ATGT_ASSIGN_OR_RETURN(auto r, model::reader_for(*o));
    auto sid = r.i64("student_id", true);
    auto sg = r.boolean("signed", true);
    auto date = r.str("signed_date", false, 10);
    if (date && !Date::parse(*date)) r.error("signed_date", "Ngày ký không hợp lệ (YYYY-MM-DD).");
    if (sid && !on_roster.count(*sid)) r.error("student_id", "Học sinh không có trong danh sách của trường năm học này.");
    auto st = r.finish();
    if (!st.ok()) {
      for (const auto& [k, m] : st.fields()) errors.with_field(where + "." + k, m);
      bad = true;
      continue;
    }
    list.push_back({*sid, *sg, *sg ? date : std::nullopt});
  }
  if (bad) return errors;
  int64_t now = now_micros();
  std::string batch = "commitments:" + std::to_string(now);
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(int64_t camp, store::campaign_id(*db, target.school_year, kind, now));
  int64_t signed_n = 0;
  for (const auto& e : list) {
    ATGT_TRY(store::set_signature(*db, camp, e.student, target.unit_id, e.is_signed,
                                  e.is_signed ? std::optional<std::string>(e.date.value_or(today_local().str())) : std::nullopt,
                                  now, c.me().user_id, batch));
    signed_n += e.is_signed ? 1 : 0;
  }
  ATGT_TRY(audit(c, *db, "record", "commitment", std::to_string(target.unit_id),
                 json::object{{"school_year", target.school_year},
                              {"kind", kind},
                              {"recorded", static_cast<int64_t>(list.size())},
                              {"signed", signed_n}},
                 batch));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"recorded", static_cast<int64_t>(list.size())},
                                 {"signed", signed_n},
                                 {"batch_id", batch}});
}

Result<Reply> get_commitment_coverage(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(std::string kind, commitment_kind(query_str(c, "kind")));
  ATGT_ASSIGN_OR_RETURN(auto unit, int_param(c, "unit_id", 1, INT64_MAX));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto s, scope_of(c, *db, *org, unit, query_str(c, "school_year")));
  ATGT_ASSIGN_OR_RETURN(auto counts, store::commitment_counts(*db, s.year, kind, s.schools));
  ATGT_ASSIGN_OR_RETURN(auto ops, store::list_parking_operators(*db, s.schools));
  std::map<int64_t, json::object> by_unit;
  int64_t roster = 0, signed_n = 0;
  auto share = [](int64_t a, int64_t b) -> json::value { return b ? json::value(double(a) / double(b)) : nullptr; };
  for (const auto& x : counts) {
    auto& o = by_unit[x.unit_id];
    if (o.empty()) {
      o = unit_ref(*org, x.unit_id, s.start);
      o["roster"] = 0;
      o["signed"] = 0;
      o["classes"] = json::array();
    }
    o["roster"] = o["roster"].as_int64() + x.roster;
    o["signed"] = o["signed"].as_int64() + x.signed_count;
    o["classes"].as_array().push_back(json::object{{"class_name", x.class_name},
                                                   {"roster", x.roster},
                                                   {"signed", x.signed_count},
                                                   {"share", share(x.signed_count, x.roster)}});
    roster += x.roster;
    signed_n += x.signed_count;
  }
  json::array schools;
  for (auto& [u, o] : by_unit) {
    o["share"] = share(o["signed"].as_int64(), o["roster"].as_int64());
    schools.push_back(std::move(o));
  }
  int64_t ops_signed = 0;
  for (const auto& p : ops) ops_signed += p.signed_date ? 1 : 0;
  return json_reply(json::object{
      {"unit_id", s.root},
      {"school_year", s.year},
      {"kind", kind},
      {"kind_label", kind_label(kind)},
      {"roster", roster},
      {"signed", signed_n},
      {"share", share(signed_n, roster)},
      {"schools", std::move(schools)},
      {"parking", json::object{{"listed", static_cast<int64_t>(ops.size())},
                               {"signed", ops_signed},
                               {"share", share(ops_signed, static_cast<int64_t>(ops.size()))}}}});
}

Result<Reply> list_unsigned_commitments(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(std::string kind, commitment_kind(query_str(c, "kind")));
  ATGT_ASSIGN_OR_RETURN(auto unit, int_param(c, "unit_id", 1, INT64_MAX));
  auto cls = query_str(c, "class_name");
  if (!cls) return Invalid().with_field("class_name", "Hãy chọn lớp.");
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto s, scope_of(c, *db, *org, unit, query_str(c, "school_year")));
  ATGT_ASSIGN_OR_RETURN(auto rows, store::unsigned_students(*db, s.year, kind, s.root, *cls));
  json::array out;
  for (const auto& r : rows) out.push_back(student_json(*org, r, s.start));
  json::object head = unit_ref(*org, s.root, s.start);
  return json_reply(json::object{{"title", std::string("Danh sách học sinh chưa ký ") +
                                               (kind == "parent" ? "cam kết của cha mẹ học sinh" : "cam kết") +
                                               " — lớp " + *cls},
                                 {"school_name", head["school_name"]},
                                 {"school_year", s.year},
                                 {"kind", kind},
                                 {"class_name", *cls},
                                 {"students", std::move(out)}});
}

namespace {
json::object parking_json(const model::ParkingOperator& p) {
  return json::object{{"id", p.id},
                      {"unit_id", p.unit_id},
                      {"name", p.name},
                      {"address", p.address},
                      {"signed_date", p.signed_date ? json::value(*p.signed_date) : nullptr},
                      {"status_label", p.signed_date ? "Đã ký cam kết" : "Chưa ký cam kết"}};
}

// The school of a parking operator route: ok when the caller sees it (today).
Status parking_unit_visible(Ctx& c, store::Db& db, int64_t unit) {
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
  std::string today = today_local().str();
  if (!org->alive(unit, today) || !sees_school(c, *org, unit, today))
    return NotFound("Không tìm thấy trường hoặc trường ngoài phạm vi của bạn.");
  return Status::Ok();
}

Status parking_unit_own(Ctx& c, store::Db& db, int64_t unit) {
  ATGT_TRY(parking_unit_visible(c, db, unit));
  if (unit != c.me().unit_id) return Forbidden("Chỉ trường ghi nhận điểm trông giữ xe của mình.");
  return Status::Ok();
}

struct ParkingBody {
  std::optional<std::string> name, address, signed_date;
  bool has_signed = false;
};

Result<ParkingBody> parking_body(Ctx& c, bool create) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  ParkingBody b;
  b.name = in.str("name", create, 200);
  b.address = in.str("address", false, 300);
  b.has_signed = in.has("signed_date");
  if (b.has_signed) {
    b.signed_date = in.str("signed_date", false, 10);
    if (b.signed_date && !b.signed_date->empty() && !Date::parse(*b.signed_date))
      in.error("signed_date", "Ngày ký không hợp lệ (YYYY-MM-DD).");
    if (b.signed_date && b.signed_date->empty()) b.signed_date.reset();
  }
  if (b.name && squeeze_spaces(*b.name).empty()) in.error("name", "Hãy nhập tên điểm trông giữ xe.");
  ATGT_TRY(in.finish());
  return b;
}
}  // namespace

Result<Reply> list_parking_operators(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t unit, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_TRY(parking_unit_visible(c, *db, unit));
  ATGT_ASSIGN_OR_RETURN(auto ops, store::list_parking_operators(*db, {unit}));
  json::array out;
  for (const auto& p : ops) out.push_back(parking_json(p));
  return json_reply(json::object{{"parking_operators", std::move(out)}});
}

Result<Reply> create_parking_operator(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t unit, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto b, parking_body(c, true));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_TRY(parking_unit_own(c, *db, unit));
  model::ParkingOperator p;
  p.unit_id = unit;
  p.name = *b.name;
  p.address = b.address.value_or("");
  p.signed_date = b.signed_date;
  p.created_at = p.updated_at = now_micros();
  p.updated_by = c.me().user_id;
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(p.id, store::insert_parking_operator(*db, p));
  ATGT_TRY(audit(c, *db, "create", "parking_operator", std::to_string(p.id),
                 json::object{{"unit_id", unit}, {"name", p.name}}));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"parking_operator", parking_json(p)}}, 201);
}

Result<Reply> update_parking_operator(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto b, parking_body(c, false));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  auto p = store::get_parking_operator(*db, id);
  if (!p.ok()) return NotFound("Không tìm thấy điểm trông giữ xe.");
  ATGT_TRY(parking_unit_own(c, *db, p->unit_id));
  if (b.name) p->name = *b.name;
  if (b.address) p->address = *b.address;
  if (b.has_signed) p->signed_date = b.signed_date;
  p->updated_at = now_micros();
  p->updated_by = c.me().user_id;
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::update_parking_operator(*db, *p));
  ATGT_TRY(audit(c, *db, "update", "parking_operator", std::to_string(id),
                 json::object{{"name", p->name},
                              {"signed_date", p->signed_date ? json::value(*p->signed_date) : nullptr}}));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"parking_operator", parking_json(*p)}});
}

Result<Reply> delete_parking_operator(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  auto p = store::get_parking_operator(*db, id);
  if (!p.ok()) return NotFound("Không tìm thấy điểm trông giữ xe.");
  ATGT_TRY(parking_unit_own(c, *db, p->unit_id));
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::delete_parking_operator(*db, id));
  ATGT_TRY(audit(c, *db, "delete", "parking_operator", std::to_string(id),
                 json::object{{"unit_id", p->unit_id}, {"name", p->name}}));
  ATGT_TRY(tx.commit());
  Reply r;
  r.status = 204;
  return r;
}

}  // namespace atgt::api
