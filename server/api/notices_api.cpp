// Violation notices to schools (issue 12). A confirmed or automatic match opens a notice to the
// student's school (school-internal data: the school, the offices above it and the Department
// read it; never the police). The school records what it did — educational measures that were in
// force on the violation's date for its school type (a principal's measure only by the school's
// management), parent meetings, renewed commitments, conduct notes, evidence files — and closes
// the notice, or disputes it ("not our student": the record goes back to the review queue without
// that student, the statistics follow, the recording police unit is told). A letter to the parent
// renders to PDF. Every notice shown is written to the violation view log.
#include <algorithm>

#include "api/common.h"
#include "api/documents_common.h"
#include "api/files_api.h"
#include "api/handlers.h"
#include "api/loop_common.h"
#include "api/nouns.h"
#include "api/services.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/notice_rules.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "notify/notify.h"
#include "render/pdf.h"
#include "store/documents_store.h"
#include "store/notices_store.h"
#include "store/students_store.h"
#include "store/violation_codes_store.h"
#include "store/violations_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

// The notice `id` when the caller's scope holds its school (kNotFound otherwise).
Result<model::Notice> visible_notice(Ctx& c, store::Db& db, const OrgIndex& org, int64_t id) {
  auto n = store::get_notice(db, id);
  if (!n.ok()) return n.status();
  auto scope = loop_scope(c, org);
  if (!std::binary_search(scope.begin(), scope.end(), n->school_unit_id))
    return NotFound("Không tìm thấy thông báo vi phạm.");
  return *n;
}

// The notice `id` for a step of its school: kForbidden for anyone outside the school, kConflict
// unless the notice is open.
Result<model::Notice> own_open_notice(Ctx& c, store::Db& db, const OrgIndex& org, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto n, visible_notice(c, db, org, id));
  if (home_unit(c) != n.school_unit_id)
    return Forbidden("Chỉ nhà trường của học sinh ghi nhận việc xử lý thông báo.");
  if (n.state != "open")
    return Conflict(n.state == "closed" ? "Thông báo đã đóng; không thay đổi được nữa."
                    : n.state == "disputed" ? "Thông báo đã được phản hồi là không phải học sinh "
                                              "của trường."
                                            : "Thông báo đã bị hủy cùng bản ghi vi phạm.");
  return n;
}

std::string latest_class(store::Db& db, int64_t student) {
  auto h = store::student_history(db, student);
  if (!h.ok() || h->empty()) return "";
  return h->back().class_name;
}

int64_t repeat_months(store::Db& db) {
  auto m = store::int_setting(db, "notices.repeat_months", 12);
  return std::clamp<int64_t>(m.ok() ? *m : 12, 1, 60);
}

std::string months_before(const std::string& date, int64_t months) {
  auto d = Date::parse(date);
  if (!d) return date;
  int y = d->year, m = d->month - static_cast<int>(months);
  while (m <= 0) {
    m += 12;
    --y;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, std::min(d->day, 28));
  return buf;
}

// The student's notices of the `months` before the record's date, at any school.
Result<std::vector<store::StudentViolation>> history_of(store::Db& db, const model::Notice& n,
                                                        const model::ViolationRecord& v,
                                                        int64_t months) {
  return store::student_violations(db, n.student_id, months_before(v.local_date, months));
}

// `history`: history_of the notice (its size is the repeat count).
Result<json::object> notice_json(Ctx& c, store::Db& db, const OrgIndex& org, const model::Notice& n,
                                 const model::ViolationRecord& v,
                                 const std::vector<store::StudentViolation>& history) {
  ATGT_ASSIGN_OR_RETURN(auto s, store::get_student(db, n.student_id));
  json::object student = student_brief(s);
  student["class_name"] = latest_class(db, n.student_id);
  int64_t now = now_micros();
  return json::object{
      {"id", n.id},
      {"state", n.state},
      {"school", unit_brief(org, n.school_unit_id)},
      {"student", std::move(student)},
      {"record", record_brief(v, org)},
      {"created_at", model::time_json(n.created_at)},
      {"deadline_date", n.deadline_date},
      {"deadline_at", model::time_json(n.deadline_at)},
      {"overdue", n.state == "open" && n.deadline_at < now},
      {"escalated_at", model::time_json(n.escalated_at)},
      {"closed_at", model::time_json(n.closed_at)},
      {"on_time", n.closed_at ? json::value(*n.closed_at <= n.deadline_at) : json::value()},
      {"repeat_count", static_cast<int64_t>(history.size())},
      {"summary", model::opt_json(n.summary)},
      {"dispute_reason", model::opt_json(n.dispute_reason)},
      {"purged_at", model::time_json(n.purged_at)}};
}

// "2025-03-07" -> "07/03/2025" (as written in letters); other text unchanged.
std::string vn_date(const std::string& iso) {
  auto d = Date::parse(iso);
  if (!d) return iso;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d->day, d->month, d->year);
  return buf;
}

std::string unit_type_of(const OrgIndex& org, int64_t unit, const std::string& date) {
  const auto* v = org.version_at(unit, date);
  if (!v) v = org.latest(unit);
  return v ? v->type : "";
}

}  // namespace

Status register_notices(Nouns& n) {
  ATGT_TRY(n.add_file_owner({"notice",
                             [](Ctx& c, store::Db& db, const store::FileRecord& f) -> Status {
                               ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
                               auto v = visible_notice(c, db, *org, f.owner_id);
                               return v.ok() ? Status::Ok() : v.status();
                             },
                             [](const Principal&, const store::FileRecord&) { return false; }}));
  ATGT_TRY(
      n.add_home_item({"notices_open", "Thông báo vi phạm chưa xử lý xong", "/thong-bao-vi-pham",
                       Capability::kHandleNotices, [](Ctx& c, store::Db& db) -> Result<int64_t> {
                         return db.scalar_i64(
                             "SELECT COUNT(*) FROM notices WHERE school_unit_id = ? AND "
                             "state = 'open'",
                             {home_unit(c)});
                       }}));
  return n.add_home_item({"match_queue", "Bản ghi vi phạm chờ đối chiếu học sinh",
                          "/doi-chieu-vi-pham", Capability::kReviewMatches,
                          [](Ctx& c, store::Db& db) -> Result<int64_t> {
                            ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
                            return store::count_review(db, loop_scope(c, *org));
                          }});
}

Result<Reply> list_notices(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto limit, int_param(c, "limit", 1, 500));
  ATGT_ASSIGN_OR_RETURN(auto before, int_param(c, "before", 1, INT64_MAX));
  ATGT_ASSIGN_OR_RETURN(auto student, int_param(c, "student_id", 1, INT64_MAX));
  store::NoticeFilter f;
  if (const std::string* st = c.query("state")) {
    if (*st != "open" && *st != "closed" && *st != "disputed" && *st != "withdrawn" &&
        *st != "overdue")
      return Invalid().with_field("state",
                                  "Trạng thái là open, closed, disputed, withdrawn hoặc overdue.");
    if (*st == "overdue")
      f.overdue_only = true;
    else
      f.state = *st;
  }
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  f.schools = loop_scope(c, *org);
  f.student_id = student;
  f.limit = static_cast<int>(limit.value_or(100));
  f.before = before;
  f.now = now_micros();
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_notices(*db, f));
  int64_t months = repeat_months(*db);
  json::array out;
  std::vector<int64_t> shown;
  for (const auto& n : rows) {
    ATGT_ASSIGN_OR_RETURN(auto v, store::get_violation(*db, n.violation_id));
    ATGT_ASSIGN_OR_RETURN(auto history, history_of(*db, n, v, months));
    ATGT_ASSIGN_OR_RETURN(auto o, notice_json(c, *db, *org, n, v, history));
    o["school_code"] = o.at("school").as_object().at("code");
    out.push_back(std::move(o));
    shown.push_back(n.violation_id);
  }
  ATGT_TRY(store::log_violation_views(*db, shown, c.me().user_id, now_micros(), "notice_list"));
  return json_reply(json::object{{"notices", std::move(out)}});
}

Result<Reply> get_notice(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto n, visible_notice(c, *db, *org, id));
  ATGT_ASSIGN_OR_RETURN(auto v, store::get_violation(*db, n.violation_id));
  ATGT_ASSIGN_OR_RETURN(auto stop, store::get_stop(*db, v.stop_id));
  int64_t months = repeat_months(*db);
  ATGT_ASSIGN_OR_RETURN(auto history, history_of(*db, n, v, months));
  ATGT_ASSIGN_OR_RETURN(auto o, notice_json(c, *db, *org, n, v, history));
  o["school_code"] = o.at("school").as_object().at("code");
  o["address"] = stop.address;
  o["occurred_at"] = model::time_json(stop.occurred_at);
  o["officer_name"] = stop.officer_name;
  if (v.code_id) {
    auto code = store::get_code(*db, *v.code_id);
    if (code.ok()) o["offence"] = code->description;
  }
  if (v.behaviour) {
    auto cat = store::get_category(*db, *v.behaviour);
    if (cat.ok()) o["behaviour_label"] = cat->label_vi;
  }
  // Guardians: the phone only to the student's own school (domain/access.h field rule).
  bool phones = may_see_guardian_phone(c.me(), n.school_unit_id);
  ATGT_ASSIGN_OR_RETURN(auto guardians, store::student_guardians(*db, n.student_id));
  json::array ga;
  for (const auto& g : guardians) {
    json::object go{{"name", g.name}, {"relation", g.relation}};
    if (phones) go["phone"] = g.phone;
    ga.push_back(std::move(go));
  }
  o["guardians"] = std::move(ga);
  // What the school did.
  ATGT_ASSIGN_OR_RETURN(auto measures, store::list_measures(*db));
  ATGT_ASSIGN_OR_RETURN(auto actions, store::list_actions(*db, n.id));
  json::array aa;
  for (const auto& a : actions) {
    std::string measure_name;
    for (const auto& m : measures)
      if (a.measure_code && m.code == *a.measure_code) measure_name = m.name;
    json::value file = nullptr;
    if (a.file_id) {
      auto f = store::get_file(*db, *a.file_id);
      if (f.ok()) file = file_json(c, *f);
    }
    aa.push_back(json::object{{"id", a.id},
                              {"kind", a.kind},
                              {"kind_label", notice_rules::action_kind_vi(a.kind)},
                              {"measure_code", model::opt_json(a.measure_code)},
                              {"measure_name", measure_name},
                              {"action_date", a.action_date},
                              {"note", a.note},
                              {"file", std::move(file)},
                              {"created_at", model::time_json(a.created_at)}});
  }
  o["actions"] = std::move(aa);
  // The measures the school may record for this student and date.
  std::string type = unit_type_of(*org, n.school_unit_id, v.local_date);
  json::array ma;
  for (const auto& m : measures)
    if (notice_rules::measure_applies(m, type, v.local_date))
      ma.push_back(json::object{
          {"code", m.code}, {"name", m.name}, {"applied_by", m.applied_by}, {"source", m.source}});
  o["measures"] = std::move(ma);
  // The student's violations of the last months, at any school (repeat offenders).
  json::array ha;
  for (const auto& h : history)
    ha.push_back(json::object{{"notice_id", h.notice_id},
                              {"date", h.date},
                              {"behaviour", model::opt_json(h.behaviour)},
                              {"legal_code", model::opt_json(h.legal_code)},
                              {"school", unit_brief(*org, h.school_unit_id)},
                              {"this", h.notice_id == n.id}});
  o["history"] = std::move(ha);
  o["repeat_months"] = months;
  bool own = home_unit(c) == n.school_unit_id && n.state == "open" &&
             has_capability(c.me(), Capability::kHandleNotices);
  o["can_act"] = own;
  ATGT_TRY(store::log_violation_views(*db, {n.violation_id}, c.me().user_id, now_micros(),
                                      "notice_detail"));
  return json_reply(json::object{{"notice", std::move(o)}});
}

Result<Reply> add_notice_action(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  notice_rules::ActionRequest a;
  a.kind = in.str("kind", true, 30).value_or("");
  a.action_date = in.str("action_date", true, 10).value_or("");
  a.note = in.str("note", false, 2000).value_or("");
  a.measure_code = in.str("measure_code", false, 40);
  ATGT_TRY(in.finish());
  if (a.kind == "evidence")
    return Invalid().with_field("kind", "Minh chứng được thêm bằng cách tải tệp lên.");
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(auto n, own_open_notice(c, *db, *org, id));
  ATGT_ASSIGN_OR_RETURN(auto v, store::get_violation(*db, n.violation_id));
  ATGT_ASSIGN_OR_RETURN(auto measures, store::list_measures(*db));
  bool principal = c.me().has_role(role::kSchoolManager);
  ATGT_TRY(notice_rules::check_action(a, measures,
                                      unit_type_of(*org, n.school_unit_id, v.local_date),
                                      v.local_date, today_local().str(), principal));
  model::NoticeAction row;
  row.notice_id = n.id;
  row.kind = a.kind;
  row.measure_code = a.kind == "measure" ? a.measure_code : std::nullopt;
  row.action_date = a.action_date;
  row.note = a.note;
  row.created_at = now_micros();
  row.created_by = c.me().user_id;
  ATGT_ASSIGN_OR_RETURN(row.id, store::insert_action(*db, row));
  ATGT_TRY(audit(c, *db, "create", "notice_action", std::to_string(row.id),
                 json::object{{"notice_id", n.id}, {"kind", a.kind}}));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"id", row.id}, {"notice_id", n.id}, {"kind", row.kind}}, 201);
}

Result<Reply> upload_notice_evidence(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto n, own_open_notice(c, *db, *org, id));
  ATGT_ASSIGN_OR_RETURN(auto f, receive_upload(c, *db, "notice", n.id));
  model::NoticeAction row;
  row.notice_id = n.id;
  row.kind = "evidence";
  row.action_date = today_local().str();
  row.note = f.name;
  row.file_id = f.id;
  row.created_at = now_micros();
  row.created_by = c.me().user_id;
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(row.id, store::insert_action(*db, row));
  ATGT_TRY(audit(c, *db, "create", "notice_action", std::to_string(row.id),
                 json::object{{"notice_id", n.id}, {"kind", "evidence"}, {"file_id", f.id}}));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"id", row.id}, {"file", file_json(c, f)}}, 201);
}

Result<Reply> close_notice(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(std::string summary, text_body(c, "summary", 2000));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(auto n, own_open_notice(c, *db, *org, id));
  ATGT_ASSIGN_OR_RETURN(auto actions, store::list_actions(*db, n.id));
  bool educated = std::any_of(actions.begin(), actions.end(), [](const model::NoticeAction& a) {
    return a.kind == "measure" || a.kind == "parent_meeting";
  });
  if (!educated)
    return Invalid("Chưa đóng được thông báo.")
        .with_field("summary",
                    "Ghi nhận ít nhất một biện pháp giáo dục hoặc buổi làm việc với cha mẹ học "
                    "sinh trước khi đóng thông báo.");
  n.state = "closed";
  n.closed_at = n.updated_at = now_micros();
  n.closed_by = c.me().user_id;
  n.summary = summary;
  ATGT_TRY(store::update_notice(*db, n, "open"));
  ATGT_TRY(audit(c, *db, "close", "notice", std::to_string(n.id),
                 json::object{{"on_time", *n.closed_at <= n.deadline_at}}));
  ATGT_TRY(tx.commit());
  return json_reply(
      json::object{{"id", n.id}, {"state", n.state}, {"on_time", *n.closed_at <= n.deadline_at}});
}

Result<Reply> dispute_notice(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(std::string reason, text_body(c, "reason", 1000));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto lc, loop_context(c, *db));
  ATGT_TRY(matching_index(c, *db, lc));
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(auto n, own_open_notice(c, *db, *lc.org, id));
  ATGT_ASSIGN_OR_RETURN(auto v, store::get_violation(*db, n.violation_id));
  n.state = "disputed";
  n.dispute_reason = reason;
  n.updated_at = now_micros();
  ATGT_TRY(store::update_notice(*db, n, "open"));
  // Back to review without this student (and any disputed before).
  ATGT_ASSIGN_OR_RETURN(auto m, store::get_match(*db, v.id));
  std::vector<int64_t> disputed{n.student_id};
  if (m)
    for (int64_t s : jobs::disputed_students(*m)) disputed.push_back(s);
  auto env = lc.env(c);
  ATGT_TRY(jobs::record_decision(*db, env, v.id, "dispute", n.student_id, reason));
  ATGT_ASSIGN_OR_RETURN(auto routed, jobs::route_record(*db, *lc.index, env, v, disputed, false));
  if (routed.state == "unmatched") {
    // Nobody else to propose: the school's supervising unit decides (it may only reject).
    routed.state = "review";
    auto parent = lc.org->parent_at(n.school_unit_id, today_local().str());
    routed.review_unit_id = parent ? *parent : n.school_unit_id;
    ATGT_TRY(store::upsert_match(*db, routed));
  }
  // The recording police unit is told (the record's status only: no school-internal data).
  notify::Message msg;
  msg.template_code = "notice_disputed";
  const auto* school = lc.org->latest(n.school_unit_id);
  msg.vars = {{"school", school ? school->name : ""}, {"date", v.local_date}, {"reason", reason}};
  msg.link = "/vi-pham";
  msg.entity = "violation";
  msg.entity_id = std::to_string(v.id);
  ATGT_ASSIGN_OR_RETURN(auto users, store::active_users_of(*db, {v.owner_unit_id}));
  for (const auto& [unit, user] : users)
    ATGT_TRY(notify::notify_user(*db, user, msg, c.svc.config.public_url, n.updated_at));
  ATGT_TRY(
      audit(c, *db, "dispute", "notice", std::to_string(n.id), json::object{{"reason", reason}}));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"id", n.id}, {"state", n.state}, {"match_state", routed.state}});
}

Result<Reply> notice_letter(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto n, visible_notice(c, *db, *org, id));
  if (n.purged_at)
    return Conflict(
        "Thông tin cá nhân của thông báo đã được xóa khi hết thời hạn lưu trữ; không "
        "lập được thư gửi gia đình.");
  ATGT_ASSIGN_OR_RETURN(auto v, store::get_violation(*db, n.violation_id));
  ATGT_ASSIGN_OR_RETURN(auto stop, store::get_stop(*db, v.stop_id));
  ATGT_ASSIGN_OR_RETURN(auto s, store::get_student(*db, n.student_id));
  std::string today = today_local().str();
  render::Letter l;
  l.issuer = docs::agency_of(c, *db, n.school_unit_id, today);
  std::string abbrev;
  if (auto ds = store::unit_document_settings(*db, n.school_unit_id); ds.ok()) abbrev = ds->abbrev;
  if (abbrev.empty())
    if (const auto* u = org->latest(n.school_unit_id)) abbrev = u->code;
  l.symbol = "TB-" + abbrev;
  l.place = "Hải Phòng";
  auto d = today_local();
  l.date = {d.day, d.month, d.year};
  l.type_name = "THÔNG BÁO";
  l.subject = "Về việc học sinh vi phạm trật tự, an toàn giao thông";
  std::string cls = latest_class(*db, n.student_id);
  l.recipients = {"Cha mẹ (người giám hộ) của học sinh " + s.full_name +
                  (cls.empty() ? "" : ", lớp " + cls) + "."};
  std::string school_name = docs::unit_name(*org, n.school_unit_id, today);
  std::string police = docs::unit_name(*org, v.owner_unit_id, v.local_date);
  std::string offence;
  if (v.code_id)
    if (auto code = store::get_code(*db, *v.code_id); code.ok()) offence = code->description;
  if (offence.empty() && v.behaviour)
    if (auto cat = store::get_category(*db, *v.behaviour); cat.ok()) offence = cat->label_vi;
  std::string when = "ngày " + vn_date(v.local_date);
  l.body.push_back(render::paragraph(school_name + " nhận được thông tin từ " + police + ": " +
                                     when + (stop.address.empty() ? "" : ", tại " + stop.address) +
                                     ", em " + s.full_name + " (sinh ngày " +
                                     vn_date(s.birth_date) +
                                     ") đã vi phạm quy định về trật tự, an toàn giao thông" +
                                     (offence.empty() ? "." : ": " + offence + ".")));
  l.body.push_back(render::paragraph(
      "Để giáo dục ý thức chấp hành pháp luật về trật tự, an toàn giao thông cho học sinh, nhà "
      "trường đề nghị gia đình phối hợp nhắc nhở, giáo dục em; không giao xe cho học sinh khi "
      "chưa đủ điều kiện điều khiển theo quy định; đội mũ bảo hiểm đúng quy cách khi tham gia "
      "giao thông bằng xe mô tô, xe gắn máy, xe đạp điện."));
  l.body.push_back(render::paragraph(
      "Kính mời gia đình liên hệ với giáo viên chủ nhiệm hoặc Ban Giám hiệu nhà trường trước "
      "ngày " +
      vn_date(n.deadline_date) + " để cùng trao đổi và thống nhất biện pháp giáo dục em."));
  l.body.push_back(render::paragraph("Trân trọng cảm ơn sự phối hợp của gia đình./."));
  l.signers.push_back({"", "HIỆU TRƯỞNG", "", ""});
  l.copies_to = {"Như trên;", "Giáo viên chủ nhiệm;", "Lưu: VT."};
  ATGT_ASSIGN_OR_RETURN(auto bytes, render::render_pdf(l));
  ATGT_TRY(
      store::log_violation_views(*db, {n.violation_id}, c.me().user_id, now_micros(), "letter"));
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(audit(c, *db, "export", "notice", std::to_string(n.id),
                 json::object{{"format", "pdf"}, {"kind", "parent_letter"}}));
  ATGT_TRY(tx.commit());
  return docs::bytes_reply(std::move(bytes), "application/pdf",
                           "thong-bao-phu-huynh-" + std::to_string(n.id) + ".pdf");
}

}  // namespace atgt::api
