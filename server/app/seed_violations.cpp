// Demo violations and accidents (data/demo/violations.csv and accidents.csv, made by
// tools/gen_demo_violations.py): each violation record
// goes through the product's own path — the stop written by the form's rules, the matching engine
// on the demo rosters — as of one day after it happened, so that its notice's deadline is that
// day's; then the notice is taken to the state the file's `outcome` names (handled and closed on
// time or late, still open, overdue and escalated, disputed, withdrawn with its record), and the
// uncertain records older than four months are decided by the Department. Batch "demo:violations".
#include <boost/json.hpp>

#include "app/seed_demo.h"
#include "base/csv.h"
#include "base/time.h"
#include "domain/calendar.h"
#include "domain/notice_rules.h"
#include "domain/violation_rules.h"
#include "jobs/calendar_data.h"
#include "jobs/violation_loop.h"
#include "jobs/violation_records.h"
#include "store/accidents_store.h"
#include "store/notices_store.h"
#include "store/units_store.h"
#include "store/users_store.h"
#include "store/violation_codes_store.h"
#include "store/violations_store.h"

namespace atgt::app {
namespace json = boost::json;
namespace {

constexpr int64_t kDay = 86400LL * kMicrosPerSecond;

// The first measure a teacher may apply to a student of `type` for a violation on `date`.
std::optional<std::string> teacher_measure(const std::vector<model::EducationMeasure>& all,
                                           const std::string& type, const std::string& date) {
  for (const auto& m : all)
    if (m.applied_by == "teacher" && notice_rules::measure_applies(m, type, date)) return m.code;
  return std::nullopt;
}

Status handle(store::Db& db, model::Notice n, const model::ViolationRecord& v,
              const std::string& outcome, const OrgIndex& org,
              const std::vector<model::EducationMeasure>& measures,
              std::optional<int64_t> teacher) {
  if (outcome == "open" || outcome == "overdue") return Status::Ok();
  if (outcome == "disputed") {
    n.state = "disputed";
    n.dispute_reason =
        "Học sinh nghỉ học cả ngày hôm đó, có xác nhận của gia đình; có thể trùng tên.";
    n.updated_at = n.created_at + 2 * kDay;
    return store::update_notice(db, n, "open");
  }
  const auto* school = org.latest(n.school_unit_id);
  std::string type = school ? school->type : "";
  bool late = outcome == "closed_late";
  int64_t done = late ? n.deadline_at + 3 * kDay : n.created_at + 3 * kDay;
  std::string day = local_date(done).str();
  model::NoticeAction a;
  a.notice_id = n.id;
  a.created_at = done;
  a.created_by = teacher;
  a.action_date = day;
  if (auto m = teacher_measure(measures, type, v.local_date)) {
    a.kind = "measure";
    a.measure_code = m;
    a.note = "Giáo viên chủ nhiệm trao đổi với học sinh sau giờ sinh hoạt lớp.";
    ATGT_ASSIGN_OR_RETURN(a.id, store::insert_action(db, a));
  }
  a.kind = "parent_meeting";
  a.measure_code.reset();
  a.note =
      "Mời cha mẹ học sinh đến trường; gia đình cam kết không giao xe, nhắc con đội mũ bảo hiểm.";
  ATGT_ASSIGN_OR_RETURN(a.id, store::insert_action(db, a));
  n.state = "closed";
  n.closed_at = done;
  n.closed_by = teacher;
  n.summary = "Đã giáo dục học sinh, làm việc với gia đình; học sinh viết cam kết.";
  n.updated_at = done;
  return store::update_notice(db, n, "open");
}

}  // namespace

Status seed_demo_violations(store::Db& db, const std::string& dir,
                            const std::map<std::string, int64_t>& ids) {
  // The codes, measures and templates come with prepare_db (`seed-demo`, `run`); a database
  // seeded without them (a test of the registry alone) gets no violations.
  ATGT_ASSIGN_OR_RETURN(int64_t decrees, store::count_decrees(db));
  if (decrees == 0) return Status::Ok();
  ATGT_ASSIGN_OR_RETURN(auto t, read_csv_file(dir + "/demo/violations.csv"));
  auto col = [&](const char* n) { return t.column(n); };
  const char* names[] = {
      "owner_code", "occurred_at", "place_code", "address",     "officer_name",  "role",
      "full_name",  "birth_date",  "birth_year", "personal_id", "school_stated", "vehicle_kind",
      "decree",     "code",        "sanction",   "fine_amount", "outcome"};
  std::map<std::string, int> c;
  for (const char* n : names) {
    c[n] = col(n);
    if (c[n] < 0) return Invalid(std::string("data/demo/violations.csv: thiếu cột ") + n);
  }
  ATGT_ASSIGN_OR_RETURN(auto data, store::load_org_data(db));
  OrgIndex org(std::move(data));
  ATGT_ASSIGN_OR_RETURN(auto cal, jobs::load_calendar(db));
  ATGT_ASSIGN_OR_RETURN(auto measures, store::list_measures(db));
  jobs::MatchIndexCache cache;
  ATGT_ASSIGN_OR_RETURN(auto index, cache.get(db, org));
  auto user = [&](const char* login) -> std::optional<int64_t> {
    auto u = store::find_user_by_login(db, login);
    return u.ok() ? std::optional<int64_t>(u->id) : std::nullopt;
  };
  std::optional<int64_t> dept = user("so.gddt"), teacher = user("gv.hongbang");
  int64_t now = now_micros();
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const auto& r = t.rows[i];
    auto cell = [&](const char* n) { return r[c[n]]; };
    auto owner = ids.find(cell("owner_code"));
    auto at = violation_rules::parse_local_datetime(cell("occurred_at"));
    if (owner == ids.end() || !at)
      return Invalid("data/demo/violations.csv: dòng " + std::to_string(i + 2) + " không hợp lệ.");
    jobs::StopRequest req;
    req.stop.owner_unit_id = owner->second;
    req.stop.occurred_at = *at;
    req.stop.local_date = local_date(*at).str();
    if (auto p = ids.find(cell("place_code")); p != ids.end()) req.stop.place_unit_id = p->second;
    req.stop.address = cell("address");
    req.stop.officer_name = cell("officer_name");
    req.stop.created_at = *at + 3600LL * kMicrosPerSecond;
    json::object person{
        {"role", cell("role")}, {"full_name", cell("full_name")}, {"sanction", cell("sanction")}};
    for (const char* f :
         {"birth_date", "personal_id", "school_stated", "vehicle_kind", "decree", "code"})
      if (!cell(f).empty()) person[f] = cell(f);
    for (const char* f : {"birth_year", "fine_amount"})
      if (!cell(f).empty()) person[f] = std::stoll(cell(f));
    req.persons.push_back(std::move(person));
    auto written =
        jobs::write_stop(db, org, req, std::nullopt, std::string("demo:violations"), false);
    if (!written.ok())
      return Invalid("data/demo/violations.csv: dòng " + std::to_string(i + 2) + ": " +
                     written.status().message() +
                     (written.status().fields().empty()
                          ? ""
                          : " " + written.status().fields().begin()->second));
    const auto& v = written->records[0];
    int64_t when = std::min(now, *at + kDay);
    jobs::LoopEnv env{org, cal, "", when, std::nullopt, std::nullopt};
    ATGT_ASSIGN_OR_RETURN(auto m, jobs::route_record(db, *index, env, v));
    std::string outcome = cell("outcome");
    if (m.state == "review" && *at < now - 120 * kDay) {
      // The Department decided: the top candidate when the loose record was about them.
      boost::system::error_code ec;
      auto cands = json::parse(m.candidates, ec);
      if (!ec && cands.is_array() && !cands.as_array().empty()) {
        const auto& top = cands.as_array()[0].as_object();
        m.state = "confirmed";
        m.student_id = top.at("student_id").to_number<int64_t>();
        m.school_unit_id = top.at("unit_id").to_number<int64_t>();
        m.updated_at = when + kDay;
        ATGT_TRY(store::upsert_match(db, m));
        jobs::LoopEnv by{org, cal, "", when + kDay, dept, ids.at("SGDDT-HP")};
        ATGT_TRY(jobs::record_decision(db, by, v.id, "confirm", m.student_id));
        ATGT_ASSIGN_OR_RETURN(auto n,
                              jobs::open_notice(db, by, v, *m.student_id, *m.school_unit_id));
        (void)n;
      }
    }
    ATGT_ASSIGN_OR_RETURN(auto live, store::live_notice_of(db, v.id));
    if (outcome == "withdrawn") {
      model::ViolationRecord w = v;
      w.status = "withdrawn";
      w.version = v.version + 1;
      w.updated_at = when + kDay;
      ATGT_TRY(jobs::undo_record(
          db, jobs::LoopEnv{org, cal, "", when + kDay, std::nullopt, std::nullopt}, v));
      ATGT_TRY(store::replace_violation(
          db, v, w, json::serialize(json::object{{"full_name", v.full_name}, {"status", v.status}}),
          std::string("Ghi nhầm người vi phạm (dữ liệu minh họa)")));
      continue;
    }
    if (live) ATGT_TRY(handle(db, *live, v, outcome, org, measures, teacher));
  }
  // Accidents (data/demo/accidents.csv, rows of one accident share its ref): each person linked
  // to the roster when the engine is sure, as the API does.
  ATGT_ASSIGN_OR_RETURN(auto at_file, read_csv_file(dir + "/demo/accidents.csv"));
  std::map<std::string, int> ac;
  for (const char* n : {"ref", "owner_code", "occurred_at", "place_code", "address", "vehicles",
                        "cause", "full_name", "birth_date", "birth_year", "outcome"}) {
    ac[n] = at_file.column(n);
    if (ac[n] < 0) return Invalid(std::string("data/demo/accidents.csv: thiếu cột ") + n);
  }
  std::map<std::string, model::Accident> accidents;
  std::vector<std::string> order;
  for (size_t i = 0; i < at_file.rows.size(); ++i) {
    const auto& r = at_file.rows[i];
    auto cell = [&](const char* n) { return r[ac[n]]; };
    auto owner = ids.find(cell("owner_code"));
    auto at = violation_rules::parse_local_datetime(cell("occurred_at"));
    if (owner == ids.end() || !at)
      return Invalid("data/demo/accidents.csv: dòng " + std::to_string(i + 2) + " không hợp lệ.");
    auto [it, fresh] = accidents.try_emplace(cell("ref"));
    model::Accident& a = it->second;
    if (fresh) {
      order.push_back(cell("ref"));
      a.owner_unit_id = owner->second;
      a.occurred_at = *at;
      a.local_date = local_date(*at).str();
      if (auto p = ids.find(cell("place_code")); p != ids.end()) a.place_unit_id = p->second;
      a.address = cell("address");
      a.vehicles = cell("vehicles");
      a.cause = cell("cause");
      a.created_at = a.updated_at = *at + kDay;
    }
    model::AccidentPerson p;
    p.full_name = cell("full_name");
    if (!cell("birth_date").empty()) p.birth_date = cell("birth_date");
    if (!cell("birth_year").empty()) p.birth_year = std::stoi(cell("birth_year"));
    if (p.birth_date) p.birth_year = std::stoi(p.birth_date->substr(0, 4));
    p.outcome = cell("outcome");
    match::Record rec;
    rec.full_name = p.full_name;
    rec.birth_date = p.birth_date.value_or(p.birth_year ? std::to_string(*p.birth_year) : "");
    rec.violation_date = a.local_date;
    auto d = index->engine->match(rec);
    if (d.status == match::Status::kMatched && d.best >= 0) {
      const auto& row = index->rows[static_cast<size_t>(d.best)];
      p.student_id = row.student_id;
      p.school_unit_id = row.unit_id;
    }
    a.persons.push_back(std::move(p));
  }
  for (const auto& ref : order) {
    ATGT_ASSIGN_OR_RETURN(int64_t id, store::insert_accident(db, accidents[ref]));
    (void)id;
  }
  // The overdue notices of the demo are escalated as the daily task would have done.
  ATGT_ASSIGN_OR_RETURN(auto escalated, jobs::escalate_overdue_notices(db, "", now));
  (void)escalated;
  // The schools read the notices they handled long ago (two days after each arrived): a demo
  // account opens with the unread notifications of its open notices only.
  ATGT_ASSIGN_OR_RETURN(int64_t read, store::mark_settled_notice_notifications_read(
                                          db, 2 * 86400 * kMicrosPerSecond));
  (void)read;
  return Status::Ok();
}

}  // namespace atgt::app
