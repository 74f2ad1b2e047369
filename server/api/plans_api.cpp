// Plans and tasks: a plan document's sections and tasks (edited while it is a draft), the fan-out
// of its tasks to the responsible units when it is issued, each unit's report per assignment
// (status, narrative, typed figures stored as reported, files), the supervisor's review, and the
// compliance matrix (units x tasks) for the caller's scope, also as XLSX.
//
// Who sees an assignment: users of the assigned unit, the plan's supervisors (domain/plan.h
// may_review), and whoever sees the assigned unit's data on the due date (domain/access.h), so
// a school never sees another school's report and the police see only their units' assignments
// and joint tasks they supervise.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "jobs/calendar_data.h"
#include "api/common.h"
#include "api/documents_common.h"
#include "api/files_api.h"
#include "api/handlers.h"
#include "api/indicator_records.h"
#include "api/nouns.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/plan.h"
#include "model/json_input.h"
#include "render/xlsx.h"
#include "store/documents_store.h"
#include "store/indicators_store.h"
#include "store/plans_store.h"

namespace atgt::api {
namespace json = boost::json;

namespace {

const char* status_vi(const std::string& s) {
  if (s == "in_progress") return "Đang thực hiện";
  if (s == "done") return "Đã hoàn thành";
  return "Chưa thực hiện";
}
const char* review_vi(const std::string& s) {
  if (s == "submitted") return "Chờ duyệt";
  if (s == "accepted") return "Đã chấp nhận";
  if (s == "returned") return "Bị trả lại";
  return "Chưa gửi";
}

json::value parse_json_or(const std::string& text, json::value fallback) {
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  return ec ? fallback : v;
}

json::object task_json(const store::PlanTask& t, const OrgIndex& org, const std::string& date) {
  return json::object{
      {"id", t.id},
      {"section_id", t.section_id ? json::value(*t.section_id) : json::value(nullptr)},
      {"ordinal", t.ordinal},
      {"content", t.content},
      {"responsible_type", t.responsible_type},
      {"responsible_under", t.responsible_under},
      {"responsible_under_name", docs::unit_name(org, t.responsible_under, date)},
      {"lead", t.lead},
      {"cooperating", t.cooperating},
      {"joint", t.joint},
      {"recurrence", t.recurrence},
      {"due_date", t.due_date ? json::value(*t.due_date) : json::value(nullptr)},
      {"due_md", t.due_md ? json::value(*t.due_md) : json::value(nullptr)},
      {"until_date", t.until_date ? json::value(*t.until_date) : json::value(nullptr)},
      {"evidence", parse_json_or(t.evidence, json::object{})}};
}

// The plan document (a visible document of a plan type).
Result<docs::Loaded> load_plan(Ctx& c, store::Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto l, docs::load_visible(c, db, id));
  ATGT_ASSIGN_OR_RETURN(auto type, docs::document_type(db, l.doc.type_code));
  if (!type.is_plan) return NotFound("Văn bản này không phải là kế hoạch hay chương trình.");
  return l;
}

struct Access {
  bool visible = false, own = false, reviewer = false;
};

Result<Access> access_to(Ctx& c, store::Db& db, const store::TaskAssignment& a) {
  Access acc;
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
  acc.own = c.me().unit_id == a.unit_id;
  auto plan = store::find_document(db, a.document_id);
  if (!plan.ok()) return plan.status();
  ATGT_ASSIGN_OR_RETURN(auto task, store::find_task(db, a.task_id));
  acc.reviewer = has_capability(c.me(), Capability::kReviewTasks) &&
                 plan::may_review(c.me(), *org, *plan, task, a.unit_id, a.due_date);
  DataRef ref{a.unit_id, a.due_date, {}, DataClass::kShared, false};
  acc.visible = acc.own || acc.reviewer || can_see(c.me(), *org, ref);
  return acc;
}

Result<std::pair<store::TaskAssignment, Access>> load_assignment(Ctx& c, store::Db& db,
                                                                 int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto a, store::find_assignment(db, id));
  ATGT_ASSIGN_OR_RETURN(auto acc, access_to(c, db, a));
  if (!acc.visible) return NotFound("Không tìm thấy nhiệm vụ được giao.");
  return std::make_pair(std::move(a), acc);
}

json::object assignment_json(Ctx& c, const store::TaskAssignment& a, const OrgIndex& org,
                             const Access* acc, int64_t now) {
  auto t = [](const std::optional<int64_t>& v) {
    return v ? json::value(iso_utc(*v)) : json::value(nullptr);
  };
  bool overdue = a.review != "accepted" && a.review != "submitted" && now > a.due_at;
  json::object o{{"id", a.id},
                 {"task_id", a.task_id},
                 {"document_id", a.document_id},
                 {"task_content", a.task_content},
                 {"unit_id", a.unit_id},
                 {"unit_name", docs::unit_name(org, a.unit_id, a.due_date)},
                 {"period", a.period},
                 {"due_date", a.due_date},
                 {"status", a.status},
                 {"status_name", status_vi(a.status)},
                 {"review", a.review},
                 {"review_name", review_vi(a.review)},
                 {"overdue", overdue},
                 {"narrative", a.narrative},
                 {"figures", parse_json_or(a.figures, json::object{})},
                 {"submitted_at", t(a.submitted_at)},
                 {"submitted_by_name", a.submitted_by_name},
                 {"reviewed_at", t(a.reviewed_at)},
                 {"reviewed_by_name", a.reviewed_by_name},
                 {"review_comment", a.review_comment},
                 {"on_time", a.on_time}};
  if (acc) {
    json::array actions;
    bool reporter = acc->own && has_capability(c.me(), Capability::kReportTasks);
    if (reporter && (a.review == "" || a.review == "returned")) {
      actions.emplace_back("report");
      actions.emplace_back("submit");
    }
    if (acc->reviewer && a.review == "submitted") actions.emplace_back("review");
    o["actions"] = std::move(actions);
  }
  return o;
}

Status check_figures(const json::object& figures) {
  for (const auto& [k, v] : figures) {
    std::string code(k);
    bool ok_code =
        !code.empty() && code.size() <= 40 && std::all_of(code.begin(), code.end(), [](char ch) {
          return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
        });
    if (!ok_code)
      return Invalid("Số liệu không hợp lệ.")
          .with_field("figures", "Mã chỉ tiêu không hợp lệ: " + code);
    if (!v.is_number() || v.to_number<double>() < 0 || v.to_number<double>() > 1e12)
      return Invalid("Số liệu không hợp lệ.")
          .with_field("figures", "Số liệu của " + code + " phải là số không âm.");
  }
  return Status::Ok();
}

}  // namespace

Status docs::fan_out_plan(Ctx& c, store::Db& db, const store::Document& d,
                          const std::string& date) {
  ATGT_ASSIGN_OR_RETURN(auto tasks, store::plan_tasks(db, d.id));
  if (tasks.empty()) return Status::Ok();
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
  ATGT_ASSIGN_OR_RETURN(auto cal, jobs::load_calendar(db));
  auto from = Date::parse(date);
  if (!from) return Internal("bad issue date");
  std::vector<store::TaskAssignment> rows;
  for (const auto& t : tasks) {
    ATGT_ASSIGN_OR_RETURN(auto occ, plan::occurrences(t, cal, *from));
    auto units = plan::responsible_units(*org, t, date);
    for (const auto& o : occ)
      for (int64_t u : units) {
        store::TaskAssignment a;
        a.task_id = t.id;
        a.unit_id = u;
        a.period = o.period;
        a.due_date = o.due.str();
        a.due_at = calendar::deadline_instant(o.due);
        rows.push_back(std::move(a));
      }
  }
  return store::insert_assignments(db, rows);
}

Status register_plans(Nouns& n) {
  ATGT_TRY(n.add_file_owner({"task_report",
                             [](Ctx& c, store::Db& db, const store::FileRecord& f) -> Status {
                               auto a = load_assignment(c, db, f.owner_id);
                               return a.ok() ? Status::Ok() : a.status();
                             },
                             [](const Principal& p, const store::FileRecord& f) {
                               return may_delete_upload(p, f.uploaded_by.value_or(0));
                             }}));
  return n.add_home_item(
      {"tasks_due", "Nhiệm vụ kế hoạch chưa báo cáo", "/nhiem-vu", Capability::kReportTasks,
       [](Ctx& c, store::Db& db) -> Result<int64_t> {
         return db.scalar_i64(
             "SELECT COUNT(*) FROM task_assignments WHERE unit_id = ? AND review IN ('', "
             "'returned') AND due_date <= ?",
             {c.me().unit_id, today_local().add_days(30).str()});
       }});
}

Result<Reply> get_plan(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto l, load_plan(c, *db, id));
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto sections, store::plan_sections(*db, id));
  ATGT_ASSIGN_OR_RETURN(auto tasks, store::plan_tasks(*db, id));
  std::string date = l.doc.issued_date.value_or(today_local().str());
  json::array sa, ta;
  for (const auto& s : sections)
    sa.push_back(json::object{{"id", s.id}, {"ordinal", s.ordinal}, {"title", s.title}});
  for (const auto& t : tasks) ta.push_back(task_json(t, *org, date));
  ATGT_ASSIGN_OR_RETURN(auto doc, docs::document_json(c, *db, l, false));
  return json_reply(json::object{{"plan", json::object{{"document", std::move(doc)},
                                                       {"sections", std::move(sa)},
                                                       {"tasks", std::move(ta)}}}});
}

Result<Reply> put_plan_tasks(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto sections_in = in.array("sections", true, 100);
  auto tasks_in = in.array("tasks", true, 500);
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto l, load_plan(c, *db, id));
  if (l.doc.unit_id != c.me().unit_id)
    return Forbidden("Chỉ đơn vị soạn kế hoạch mới sửa nhiệm vụ.");
  ATGT_ASSIGN_OR_RETURN(auto officers, store::document_officers(*db, l.doc.unit_id));
  ATGT_TRY(doc::check_step(l.doc, doc::Step::kEdit, c.me(), officers));
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  std::vector<store::PlanSection> sections;
  for (const auto& v : *sections_in) {
    if (!v.is_object())
      return Invalid("Mục của kế hoạch phải là {title}.").with_field("sections", "Sai dạng.");
    ATGT_ASSIGN_OR_RETURN(auto r, model::reader_for(v.as_object()));
    store::PlanSection s;
    s.title = r.str("title", true, 500).value_or("");
    ATGT_TRY(r.finish());
    if (s.title.empty())
      return Invalid("Mục của kế hoạch cần tên.").with_field("sections", "Mục không có tên.");
    sections.push_back(std::move(s));
  }
  std::vector<store::PlanTask> tasks;
  std::string today = today_local().str();
  for (size_t i = 0; i < tasks_in->size(); ++i) {
    const auto& v = (*tasks_in)[i];
    if (!v.is_object()) return Invalid("Nhiệm vụ sai dạng.").with_field("tasks", "Sai dạng.");
    ATGT_ASSIGN_OR_RETURN(auto r, model::reader_for(v.as_object()));
    store::PlanTask t;
    if (auto sec = r.i64("section", false)) t.section_id = *sec;
    t.content = r.str("content", true, 4000).value_or("");
    t.responsible_type = r.str("responsible_type", false, 40).value_or("");
    t.responsible_under = r.i64("responsible_under", false).value_or(0);
    t.lead = r.str("lead", false, 300).value_or("");
    t.cooperating = r.str("cooperating", false, 500).value_or("");
    t.joint = r.boolean("joint", false).value_or(false);
    t.recurrence = r.str("recurrence", true, 20).value_or("");
    t.due_date = r.str("due_date", false, 10);
    t.due_md = r.str("due_md", false, 5);
    t.until_date = r.str("until_date", false, 10);
    json::object evidence;
    if (auto ev = r.object("evidence", false)) {
      ATGT_ASSIGN_OR_RETURN(auto er, model::reader_for(*ev));
      auto codes = er.str_list("indicators", false, 20).value_or(std::vector<std::string>{});
      bool narrative = er.boolean("narrative", false).value_or(false);
      bool files = er.boolean("files", false).value_or(false);
      ATGT_TRY(er.finish());
      evidence = json::object{{"indicators", json::array(codes.begin(), codes.end())},
                              {"narrative", narrative},
                              {"files", files}};
    }
    t.evidence = json::serialize(evidence);
    ATGT_TRY(r.finish());
    if (t.section_id &&
        (*t.section_id < 0 || static_cast<size_t>(*t.section_id) >= sections.size()))
      return Invalid("Nhiệm vụ " + std::to_string(i + 1) + ": mục không có.")
          .with_field("tasks", "Mục không có.");
    ATGT_TRY(plan::validate_task(t, i + 1));
    if (!org->exists(t.responsible_under))
      return Invalid("Nhiệm vụ " + std::to_string(i + 1) + ": không có đơn vị chịu trách nhiệm.")
          .with_field("responsible_under", "Đơn vị không tồn tại.");
    tasks.push_back(std::move(t));
  }
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::replace_plan(*db, id, sections, tasks));
  ATGT_TRY(audit(c, *db, "update_tasks", "document", std::to_string(id),
                 json::object{{"sections", static_cast<int64_t>(sections.size())},
                              {"tasks", static_cast<int64_t>(tasks.size())}}));
  ATGT_TRY(tx.commit());
  return get_plan(c);
}

Result<Reply> list_tasks(Ctx& c) {
  const std::string* scope = c.query("scope");
  if (scope && *scope != "mine" && *scope != "all")
    return Invalid("Tham số scope phải là mine hoặc all.").with_field("scope", "mine | all");
  ATGT_ASSIGN_OR_RETURN(auto doc_id, int_param(c, "document_id", 1, INT64_MAX));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  store::AssignmentFilter f;
  f.document_id = doc_id;
  bool mine = !scope || *scope == "mine";
  if (mine) f.units = std::vector<int64_t>{c.me().unit_id};
  f.limit = mine ? 2000 : 20000;
  ATGT_ASSIGN_OR_RETURN(auto list, store::list_assignments(*db, f));
  int64_t now = now_micros();
  json::array out;
  for (const auto& a : list) {
    ATGT_ASSIGN_OR_RETURN(auto acc, access_to(c, *db, a));
    if (!acc.visible) continue;
    out.push_back(assignment_json(c, a, *org, &acc, now));
    if (out.size() >= 2000) break;
  }
  return json_reply(json::object{{"tasks", std::move(out)}});
}

Result<Reply> get_task(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto la, load_assignment(c, *db, id));
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto task, store::find_task(*db, la.first.task_id));
  auto o = assignment_json(c, la.first, *org, &la.second, now_micros());
  o["task"] = task_json(task, *org, la.first.due_date);
  // The value each required figure has in the product's own records, beside the typed figure;
  // null where the product holds no records for it.
  json::object computed;
  auto ev = parse_json_or(task.evidence, json::object{});
  if (ev.is_object() && ev.as_object().contains("indicators") &&
      ev.as_object().at("indicators").is_array() &&
      !ev.as_object().at("indicators").as_array().empty()) {
    ATGT_ASSIGN_OR_RETURN(auto rows, store::list_indicators(*db));
    ATGT_ASSIGN_OR_RETURN(auto cat, indicators::from_rows(rows));
    ATGT_ASSIGN_OR_RETURN(auto cal, jobs::load_calendar(*db));
    auto due = Date::parse(la.first.due_date);
    std::string year = due ? cal.school_year_of(*due).code() : "";
    std::optional<std::map<std::string, std::vector<indicators::Record>>> records;
    for (const auto& code : ev.as_object().at("indicators").as_array()) {
      if (!code.is_string()) continue;
      std::string k(code.as_string());
      computed[k] = nullptr;
      if (year.empty() || !computable(cat, k)) continue;
      if (!records) {
        ATGT_ASSIGN_OR_RETURN(auto r, school_year_records(*db, year));
        records = std::move(r);
      }
      indicators::Evaluator evaluator(cat, *org, *records);
      auto v = evaluator.value(k, la.first.unit_id);
      if (v.ok() && *v) computed[k] = **v;
    }
  }
  o["computed"] = std::move(computed);
  return json_reply(json::object{{"task", std::move(o)}});
}

Result<Reply> report_task(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto status = in.str("status", true, 20);
  auto narrative = in.str("narrative", false, 20000);
  auto figures = in.object("figures", false);
  if (status && *status != "not_started" && *status != "in_progress" && *status != "done")
    in.error("status", "Tình trạng phải là chưa thực hiện, đang thực hiện hoặc đã hoàn thành.");
  ATGT_TRY(in.finish());
  if (figures) ATGT_TRY(check_figures(*figures));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto la, load_assignment(c, *db, id));
  if (!la.second.own) return Forbidden("Chỉ đơn vị được giao nhiệm vụ mới báo cáo.");
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::save_report(*db, id, *status, narrative.value_or(""),
                              figures ? json::serialize(*figures) : std::string("{}"),
                              c.me().user_id, now_micros()));
  ATGT_TRY(audit(c, *db, "report", "task_assignment", std::to_string(id),
                 json::object{{"status", *status}}));
  ATGT_TRY(tx.commit());
  return get_task(c);
}

Result<Reply> submit_task(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto la, load_assignment(c, *db, id));
  if (!la.second.own) return Forbidden("Chỉ đơn vị được giao nhiệm vụ mới gửi báo cáo.");
  ATGT_ASSIGN_OR_RETURN(auto task, store::find_task(*db, la.first.task_id));
  boost::system::error_code ec;
  auto ev = json::parse(task.evidence, ec);
  if (!ec && ev.is_object()) {
    const auto& e = ev.as_object();
    if (e.contains("narrative") && e.at("narrative").is_bool() && e.at("narrative").as_bool() &&
        la.first.narrative.empty())
      return Invalid("Nhiệm vụ cần báo cáo bằng lời trước khi gửi.")
          .with_field("narrative", "Hãy viết báo cáo.");
    if (e.contains("files") && e.at("files").is_bool() && e.at("files").as_bool()) {
      ATGT_ASSIGN_OR_RETURN(auto files, store::files_of(*db, "task_report", id));
      if (files.empty())
        return Invalid("Nhiệm vụ cần tệp minh chứng trước khi gửi.")
            .with_field("files", "Hãy đính kèm tệp.");
    }
    if (e.contains("indicators") && e.at("indicators").is_array()) {
      auto figs = parse_json_or(la.first.figures, json::object{});
      for (const auto& code : e.at("indicators").as_array())
        if (code.is_string() && (!figs.is_object() || !figs.as_object().contains(code.as_string())))
          return Invalid("Nhiệm vụ cần số liệu " + std::string(code.as_string()) +
                         " trước khi gửi.")
              .with_field("figures", "Thiếu số liệu " + std::string(code.as_string()) + ".");
    }
  }
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::submit_report(*db, id, c.me().user_id, now_micros()));
  ATGT_TRY(audit(c, *db, "submit", "task_assignment", std::to_string(id), json::object{}));
  ATGT_TRY(tx.commit());
  return get_task(c);
}

Result<Reply> review_task(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto decision = in.str("decision", true, 10);
  auto comment = in.str("comment", false, 2000).value_or("");
  if (decision && *decision != "accept" && *decision != "return")
    in.error("decision", "Quyết định phải là chấp nhận (accept) hoặc trả lại (return).");
  if (decision && *decision == "return" && comment.empty())
    in.error("comment", "Cần nêu lý do trả lại.");
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto la, load_assignment(c, *db, id));
  if (!la.second.reviewer) return Forbidden("Chỉ đơn vị chủ trì kế hoạch mới duyệt báo cáo.");
  bool accept = *decision == "accept";
  auto a = la.first;
  a.review = accept ? "accepted" : "returned";
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::review_report(*db, id, accept, comment, accept && plan::on_time(a),
                                c.me().user_id, now_micros()));
  ATGT_TRY(audit(c, *db, accept ? "accept" : "return", "task_assignment", std::to_string(id),
                 json::object{{"comment", comment}}));
  ATGT_TRY(tx.commit());
  return get_task(c);
}

Result<Reply> attach_task_file(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto la, load_assignment(c, *db, id));
  if (!la.second.own || !has_capability(c.me(), Capability::kReportTasks))
    return Forbidden("Chỉ đơn vị được giao nhiệm vụ mới đính kèm minh chứng.");
  if (la.first.review == "submitted" || la.first.review == "accepted")
    return Conflict("Báo cáo đã gửi: chỉ thêm minh chứng khi cấp trên trả lại.");
  ATGT_ASSIGN_OR_RETURN(auto f, receive_upload(c, *db, "task_report", id));
  return json_reply(json::object{{"file", file_json(c, f)}}, 201);
}

Result<Reply> list_task_files(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto la, load_assignment(c, *db, id));
  ATGT_ASSIGN_OR_RETURN(auto list, store::files_of(*db, "task_report", id));
  json::array out;
  for (const auto& f : list) out.push_back(file_json(c, f));
  return json_reply(json::object{{"files", std::move(out)}});
}

namespace {

struct Matrix {
  std::vector<store::PlanTask> tasks;
  std::vector<int64_t> units;
  std::vector<store::TaskAssignment> cells;
};

Result<Matrix> compliance(Ctx& c, store::Db& db, int64_t plan_id) {
  ATGT_ASSIGN_OR_RETURN(auto l, load_plan(c, db, plan_id));
  Matrix m;
  ATGT_ASSIGN_OR_RETURN(m.tasks, store::plan_tasks(db, plan_id));
  ATGT_ASSIGN_OR_RETURN(auto task_filter, int_param(c, "task_id", 1, INT64_MAX));
  const std::string* unit_type = c.query("unit_type");
  const std::string* period = c.query("period");
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
  ATGT_ASSIGN_OR_RETURN(auto all, store::plan_assignment_cells(db, plan_id));
  std::map<int64_t, bool> joint;
  for (const auto& t : m.tasks) joint[t.id] = t.joint;
  std::set<int64_t> units;
  bool issuer = c.me().unit_id == l.doc.unit_id ||
                (l.doc.partner_unit_id && c.me().unit_id == *l.doc.partner_unit_id);
  // Visibility and type depend on the unit and its due date: decided once per (unit, due date).
  struct Seen {
    bool visible, same_side, type_ok;
  };
  std::unordered_map<int64_t, std::vector<std::pair<std::string, Seen>>> seen;
  for (auto& a : all) {
    if (task_filter && a.task_id != *task_filter) continue;
    if (period && a.period != *period) continue;
    auto& slots = seen[a.unit_id];
    const Seen* found = nullptr;
    for (const auto& [day, x] : slots)
      if (day == a.due_date) found = &x;
    if (!found) {
      Seen x{false, false, true};
      if (unit_type) {
        const auto* v = org->version_at(a.unit_id, a.due_date);
        x.type_ok = v && v->type == *unit_type;
      }
      x.same_side = org->side_of(c.me().unit_id, a.due_date) == org->side_of(a.unit_id, a.due_date);
      x.visible =
          c.me().unit_id == a.unit_id ||
          can_see(c.me(), *org, DataRef{a.unit_id, a.due_date, {}, DataClass::kShared, false});
      slots.emplace_back(a.due_date, x);
      found = &slots.back().second;
    }
    const Seen& x = *found;
    if (!x.type_ok) continue;
    bool visible = x.visible || (issuer && (joint[a.task_id] || x.same_side));
    if (!visible) continue;
    units.insert(a.unit_id);
    m.cells.push_back(std::move(a));
  }
  if (task_filter)
    m.tasks.erase(std::remove_if(m.tasks.begin(), m.tasks.end(),
                                 [&](const auto& t) { return t.id != *task_filter; }),
                  m.tasks.end());
  m.units.assign(units.begin(), units.end());
  return m;
}

}  // namespace

Result<Reply> get_plan_compliance(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto m, compliance(c, *db, id));
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  std::string today = today_local().str();
  int64_t now = now_micros();
  json::array tasks, units;
  for (const auto& t : m.tasks)
    tasks.push_back(json::object{{"id", t.id}, {"ordinal", t.ordinal}, {"content", t.content}});
  for (int64_t u : m.units) {
    const auto* v = org->version_at(u, today);
    if (!v) v = org->latest(u);
    units.push_back(
        json::object{{"id", u}, {"name", v ? v->name : ""}, {"type", v ? v->type : ""}});
  }
  // The cells are written as text directly: tens of thousands of small objects cost more to build
  // as JSON values than to print (docs/benchmarks.md, documents). Codes and dates are ASCII.
  int64_t done = 0, accepted = 0, overdue = 0, submitted = 0;
  std::string cells_text = "[";
  cells_text.reserve(m.cells.size() * 160 + 2);
  auto str = [&](const std::string& v) { cells_text += json::serialize(json::value(v)); };
  for (size_t i = 0; i < m.cells.size(); ++i) {
    const auto& a = m.cells[i];
    bool late = a.review != "accepted" && a.review != "submitted" && now > a.due_at;
    done += a.status == "done";
    accepted += a.review == "accepted";
    submitted += a.review == "submitted";
    overdue += late;
    if (i) cells_text += ',';
    cells_text += "{\"assignment_id\":" + std::to_string(a.id) +
                  ",\"unit_id\":" + std::to_string(a.unit_id) +
                  ",\"task_id\":" + std::to_string(a.task_id) + ",\"period\":";
    str(a.period);
    cells_text += ",\"due_date\":";
    str(a.due_date);
    cells_text += ",\"status\":";
    str(a.status);
    cells_text += ",\"review\":";
    str(a.review);
    cells_text += std::string(",\"overdue\":") + (late ? "true" : "false") +
                  ",\"on_time\":" + (a.on_time ? "true" : "false") + "}";
  }
  cells_text += "]";
  json::object totals{{"assigned", static_cast<int64_t>(m.cells.size())},
                      {"done", done},
                      {"submitted", submitted},
                      {"accepted", accepted},
                      {"overdue", overdue}};
  auto body = std::make_shared<std::string>();
  body->reserve(cells_text.size() + 4096);
  *body += "{\"tasks\":" + json::serialize(tasks) + ",\"units\":" + json::serialize(units) +
           ",\"cells\":" + cells_text + ",\"totals\":" + json::serialize(totals) + "}";
  return text_reply(std::move(body));
}

Result<Reply> export_plan_compliance(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto m, compliance(c, *db, id));
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto doc, store::find_document(*db, id));
  render::Sheet sheet;
  sheet.name = "Tien do nhiem vu";
  sheet.title_rows = {"TÌNH HÌNH THỰC HIỆN NHIỆM VỤ",
                      doc.number_text.value_or("") + " " + doc.subject};
  sheet.header = {"Đơn vị", "Nhiệm vụ", "Kỳ", "Hạn", "Tình trạng", "Báo cáo", "Quá hạn"};
  std::map<int64_t, std::string> content;
  for (const auto& t : m.tasks) content[t.id] = std::to_string(t.ordinal) + ". " + t.content;
  int64_t now = now_micros();
  for (const auto& a : m.cells) {
    bool late = a.review != "accepted" && a.review != "submitted" && now > a.due_at;
    sheet.rows.push_back({docs::unit_name(*org, a.unit_id, a.due_date), content[a.task_id],
                          a.period, a.due_date, std::string(status_vi(a.status)),
                          std::string(review_vi(a.review)), std::string(late ? "Quá hạn" : "")});
  }
  ATGT_ASSIGN_OR_RETURN(auto bytes, render::render_xlsx(sheet));
  ATGT_TRY(audit(c, *db, "export", "plan_compliance", std::to_string(id),
                 json::object{{"rows", static_cast<int64_t>(m.cells.size())}}));
  Reply r;
  r.bytes = std::move(bytes);
  r.content_type = binary_media_type(kXlsxBody);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"tien-do-nhiem-vu-" +
                                                    std::to_string(id) + ".xlsx\"");
  return r;
}

}  // namespace atgt::api
