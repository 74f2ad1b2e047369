// The violation loop: matching stored records, notices, withdrawal, escalation.
#include "jobs/violation_loop.h"

#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <set>

#include "base/text.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/notice_rules.h"
#include "jobs/job_support.h"
#include "notify/notify.h"
#include "store/documents_store.h"
#include "store/notices_store.h"
#include "store/units_store.h"

namespace atgt::jobs {
namespace json = boost::json;
namespace {

std::string unit_name(const OrgIndex& org, int64_t unit) {
  const auto* v = org.latest(unit);
  return v ? v->name : "";
}

Status notify_units(store::Db& db, const std::vector<int64_t>& units, const notify::Message& m,
                    const std::string& public_url, int64_t now) {
  ATGT_ASSIGN_OR_RETURN(auto users, store::active_users_of(db, units));
  for (const auto& [unit, user] : users)
    ATGT_TRY(notify::notify_user(db, user, m, public_url, now));
  return Status::Ok();
}

// The roster row of the student the engine picked that says where they are on the record's day:
// the latest school year not after the record's, else the row the engine picked.
const model::MatchRosterRow& school_row(const MatchIndex& index, int picked,
                                        const std::string& record_year) {
  const auto& best = index.rows[static_cast<size_t>(picked)];
  const model::MatchRosterRow* out = &best;
  auto span = index.by_student.find(best.student_id);
  if (span == index.by_student.end()) return best;
  for (size_t i = span->second.first; i < span->second.second; ++i) {
    const auto& r = index.rows[i];
    if (r.school_year <= record_year && (out == &best || r.school_year > out->school_year))
      out = &r;
  }
  return *out;
}

}  // namespace

Result<std::shared_ptr<const MatchIndex>> MatchIndexCache::get(store::Db& db, const OrgIndex& org) {
  ATGT_ASSIGN_OR_RETURN(int64_t revision, store::roster_revision(db));
  std::lock_guard<std::mutex> lock(mu_);
  if (index_ && index_->revision == revision) return index_;
  auto built = std::make_shared<MatchIndex>();
  built->revision = revision;
  ATGT_ASSIGN_OR_RETURN(built->rows, store::matching_roster(db, {}));
  std::vector<match::Student> roster;
  roster.reserve(built->rows.size());
  for (const auto& r : built->rows) {
    match::Student s;
    s.id = std::to_string(r.student_id);
    s.full_name = r.full_name;
    s.birth = Date::parse(r.birth_date);
    s.gender = r.sex == std::optional<std::string>("Nam")  ? 'M'
               : r.sex == std::optional<std::string>("Nữ") ? 'F'
                                                           : 0;
    if (const auto* v = org.latest(r.unit_id)) {
      s.school_code = v->code;
      s.school_name = v->name;
    }
    s.class_name = r.class_name;
    s.personal_id = r.personal_id.value_or("");
    s.plate = r.plate.value_or("");
    if (auto y = calendar::parse_school_year_code(r.school_year)) s.school_year = *y;
    roster.push_back(std::move(s));
  }
  built->engine = std::make_unique<match::Engine>(roster);
  for (size_t i = 0; i < built->rows.size(); ++i) {
    auto [it, fresh] = built->by_student.try_emplace(built->rows[i].student_id, i, i + 1);
    if (!fresh) it->second.second = i + 1;
  }
  index_ = built;
  return index_;
}

bool is_matchable(const model::ViolationRecord& v) {
  return v.role != "owner";
}

Status record_decision(store::Db& db, const LoopEnv& env, int64_t violation, const char* decision,
                       std::optional<int64_t> student, const std::optional<std::string>& reason) {
  model::MatchDecision d;
  d.violation_id = violation;
  d.decision = decision;
  d.student_id = student;
  d.user_id = env.user_id;
  d.unit_id = env.unit_id;
  d.reason = reason;
  d.decided_at = env.now;
  return store::insert_decision(db, d);
}

std::vector<int64_t> disputed_students(const model::ViolationMatch& m) {
  std::vector<int64_t> out;
  boost::system::error_code ec;
  auto parsed = json::parse(m.disputed, ec);
  if (!ec && parsed.is_array())
    for (const auto& x : parsed.as_array())
      if (x.is_int64()) out.push_back(x.as_int64());
  return out;
}

Result<model::ViolationMatch> route_record(store::Db& db, const MatchIndex& index,
                                           const LoopEnv& env, const model::ViolationRecord& v,
                                           const std::vector<int64_t>& disputed, bool allow_auto) {
  model::ViolationMatch m;
  m.violation_id = v.id;
  m.created_at = m.updated_at = env.now;
  json::array gone;
  for (int64_t s : disputed) gone.push_back(s);
  m.disputed = json::serialize(gone);
  match::Record r;
  r.id = std::to_string(v.id);
  r.full_name = v.full_name;
  r.birth_date = v.birth_date ? *v.birth_date : v.birth_year ? std::to_string(*v.birth_year) : "";
  r.school_name = v.school_stated.value_or("");
  r.personal_id = v.personal_id.value_or("");
  r.violation_date = v.local_date;
  r.plate = v.plate.value_or("");
  match::Decision d = index.engine->match(r);
  std::string record_year = env.cal.school_year_of(*Date::parse(v.local_date)).code();
  // Candidates as students (several roster rows of one student count once), disputed ones out.
  json::array candidates;
  std::vector<int64_t> schools;
  std::set<int64_t> seen;
  for (const auto& c : d.candidates) {
    const auto& row = school_row(index, c.student, record_year);
    if (std::find(disputed.begin(), disputed.end(), row.student_id) != disputed.end()) continue;
    if (!seen.insert(row.student_id).second) continue;
    json::array reasons;
    for (const auto& text : match::reasons_vi(c.evidence)) reasons.push_back(json::string(text));
    candidates.push_back(json::object{{"student_id", row.student_id},
                                      {"unit_id", row.unit_id},
                                      {"school_year", row.school_year},
                                      {"class_name", row.class_name},
                                      {"probability", c.probability},
                                      {"reasons", std::move(reasons)}});
    schools.push_back(row.unit_id);
  }
  m.candidates = json::serialize(candidates);
  bool clear = d.status == match::Status::kMatched && !candidates.empty() &&
               d.best == d.candidates.front().student &&
               candidates.front().as_object().at("student_id").as_int64() ==
                   school_row(index, d.best, record_year).student_id;
  if (clear && allow_auto) {
    const auto& row = school_row(index, d.best, record_year);
    m.state = "auto";
    m.student_id = row.student_id;
    m.school_unit_id = row.unit_id;
    m.score = d.score;
    ATGT_TRY(store::upsert_match(db, m));
    ATGT_TRY(record_decision(db, env, v.id, "auto", row.student_id));
    ATGT_ASSIGN_OR_RETURN(auto notice, open_notice(db, env, v, row.student_id, row.unit_id));
    (void)notice;
    return m;
  }
  if (!candidates.empty()) {
    m.state = "review";
    m.score = d.score;
    std::string today = today_local().str();
    m.review_unit_id = notice_rules::review_unit(env.org, schools, today);
    ATGT_TRY(store::upsert_match(db, m));
    ATGT_TRY(record_decision(db, env, v.id, "review", std::nullopt));
    return m;
  }
  m.state = "unmatched";
  ATGT_TRY(store::upsert_match(db, m));
  ATGT_TRY(record_decision(db, env, v.id, "unmatched", std::nullopt));
  return m;
}

Result<model::Notice> open_notice(store::Db& db, const LoopEnv& env,
                                  const model::ViolationRecord& v, int64_t student_id,
                                  int64_t school_unit_id) {
  int64_t days = env.deadline_days;
  if (days <= 0) {
    ATGT_ASSIGN_OR_RETURN(days, store::int_setting(db, "notices.deadline_working_days", 7));
  }
  days = std::clamp<int64_t>(days, 1, 60);
  model::Notice n;
  n.violation_id = v.id;
  n.student_id = student_id;
  n.school_unit_id = school_unit_id;
  n.state = "open";
  n.created_at = n.updated_at = env.now;
  Date due = env.cal.add_working_days(local_date(env.now), static_cast<int>(days));
  n.deadline_date = due.str();
  n.deadline_at = calendar::deadline_instant(due);
  ATGT_ASSIGN_OR_RETURN(n.id, store::insert_notice(db, n));
  notify::Message msg;
  msg.template_code = "notice_received";
  msg.vars = {{"date", v.local_date}, {"deadline", n.deadline_date}};
  msg.link = "/thong-bao-vi-pham/" + std::to_string(n.id);
  msg.entity = "notice";
  msg.entity_id = std::to_string(n.id);
  if (env.users_of) {
    auto it = env.users_of->find(school_unit_id);
    if (it == env.users_of->end()) {
      ATGT_ASSIGN_OR_RETURN(auto users, store::active_users_of(db, {school_unit_id}));
      std::vector<int64_t> ids;
      for (const auto& [unit, user] : users) ids.push_back(user);
      it = env.users_of->emplace(school_unit_id, std::move(ids)).first;
    }
    for (int64_t user : it->second)
      ATGT_TRY(notify::notify_user(db, user, msg, env.public_url, env.now));
  } else {
    ATGT_TRY(notify_units(db, {school_unit_id}, msg, env.public_url, env.now));
  }
  return n;
}

Status undo_record(store::Db& db, const LoopEnv& env, const model::ViolationRecord& v) {
  ATGT_ASSIGN_OR_RETURN(auto m, store::get_match(db, v.id));
  if (m && m->state != "withdrawn") {
    m->state = "withdrawn";
    m->updated_at = env.now;
    ATGT_TRY(store::upsert_match(db, *m));
    ATGT_TRY(record_decision(db, env, v.id, "withdraw", m->student_id));
  }
  ATGT_ASSIGN_OR_RETURN(auto live, store::live_notice_of(db, v.id));
  if (!live) return Status::Ok();
  model::Notice n = *live;
  std::string was = n.state;
  n.state = "withdrawn";
  n.updated_at = env.now;
  ATGT_TRY(store::update_notice(db, n, was));
  notify::Message msg;
  msg.template_code = "notice_withdrawn";
  msg.vars = {{"date", v.local_date}};
  msg.link = "/thong-bao-vi-pham/" + std::to_string(n.id);
  msg.entity = "notice";
  msg.entity_id = std::to_string(n.id);
  return notify_units(db, {n.school_unit_id}, msg, env.public_url, env.now);
}

Status rematch_record(store::Db& db, const MatchIndex& index, const LoopEnv& env,
                      const model::ViolationRecord& v) {
  ATGT_ASSIGN_OR_RETURN(auto m, store::get_match(db, v.id));
  if (m && (m->state == "confirmed" || m->state == "rejected")) return Status::Ok();
  ATGT_ASSIGN_OR_RETURN(auto live, store::live_notice_of(db, v.id));
  if (live && live->state == "closed") return Status::Ok();
  // Corrected into a vehicle's owner: no student is concerned any more.
  if (!is_matchable(v)) return undo_record(db, env, v);
  std::vector<int64_t> disputed = m ? disputed_students(*m) : std::vector<int64_t>{};
  if (live) {
    // The automatic match may change with the corrected fields: its open notice goes with it.
    model::Notice n = *live;
    n.state = "withdrawn";
    n.updated_at = env.now;
    ATGT_TRY(store::update_notice(db, n, "open"));
  }
  ATGT_ASSIGN_OR_RETURN(auto routed, route_record(db, index, env, v, disputed));
  (void)routed;
  return Status::Ok();
}

Result<std::string> escalate_overdue_notices(store::Db& db, const std::string& public_url,
                                             int64_t now) {
  ATGT_ASSIGN_OR_RETURN(auto due, store::overdue_unescalated(db, now, 1000));
  if (due.empty()) return std::string("không có thông báo quá hạn mới");
  ATGT_ASSIGN_OR_RETURN(auto data, store::load_org_data(db));
  OrgIndex org(std::move(data));
  std::string today = local_date(now).str();
  int done = 0;
  for (auto n : due) {
    n.escalated_at = now;
    n.updated_at = now;
    ATGT_TRY(store::update_notice(db, n, "open"));
    std::optional<int64_t> parent = org.parent_at(n.school_unit_id, today);
    if (!parent) {
      if (auto last = org.last_day(n.school_unit_id))
        parent = org.parent_at(n.school_unit_id, *last);
    }
    if (parent) {
      notify::Message msg;
      msg.template_code = "notice_overdue";
      msg.vars = {{"school", unit_name(org, n.school_unit_id)}, {"deadline", n.deadline_date}};
      msg.link = "/thong-bao-vi-pham/" + std::to_string(n.id);
      msg.entity = "notice";
      msg.entity_id = std::to_string(n.id);
      // Only those of the supervising unit who read notices (not its văn thư or administrators).
      ATGT_ASSIGN_OR_RETURN(auto users, store::active_users_of(db, {*parent}));
      for (const auto& [unit, user] : users) {
        auto who = principal_of(db, user);
        if (who.ok() && has_capability(*who, Capability::kViewNotices))
          ATGT_TRY(notify::notify_user(db, user, msg, public_url, now));
      }
    }
    ++done;
  }
  return "chuyển " + std::to_string(done) + " thông báo quá hạn lên đơn vị quản lý";
}

}  // namespace atgt::jobs
