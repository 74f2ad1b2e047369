// The violation loop on every configured database: a record about a rostered student with every
// field opens a notice at their school whose deadline counts working days over the Tết holiday;
// an uncertain record waits for review at the school; a repeat violation after a move of school
// shows in the student's history at the new school; the daily escalation marks an overdue notice
// once and tells the supervising unit; a withdrawal withdraws the match and the notice; the
// roster revision rebuilds the matching index.
#include "jobs/violation_loop.h"

#include <gtest/gtest.h>

#include <map>

#include "app/legal_data.h"
#include "notify/notify.h"
#include "store/notices_store.h"
#include "store/notifications_store.h"
#include "store/retention_store.h"
#include "store/roster_store.h"
#include "store/units_store.h"
#include "store/users_store.h"
#include "store/violation_codes_store.h"
#include "store/violation_stats_store.h"
#include "store/violations_store.h"
#include "testing/test_db.h"

namespace atgt::jobs {
namespace {

using store::Db;

class ViolationLoopTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = testing::fresh_db(GetParam());
    ASSERT_NE(db_, nullptr);
    ASSERT_TRUE(app::load_legal_codes(*db_, testing::data_dir()).ok());
    ASSERT_TRUE(
        notify::load_templates(*db_, testing::data_dir() + "/notification_templates.csv").ok());
    ASSERT_TRUE(store::upsert_unit_type(*db_, {"SO_GDDT", "Sở", "education", "city", 1}).ok());
    ASSERT_TRUE(
        store::upsert_unit_type(*db_, {"THPT", "Trường THPT", "education", "school", 2}).ok());
    ASSERT_TRUE(
        store::upsert_unit_type(*db_, {"CA_XA", "Công an xã", "police", "commune", 3}).ok());
    dept_ = unit("SGD", "SO_GDDT", std::nullopt);
    a_ = unit("S-A", "THPT", dept_);
    b_ = unit("S-B", "THPT", dept_);
    police_ = unit("CA-X", "CA_XA", std::nullopt);
    store::NewUser u;
    u.login = "so";
    u.full_name = "Người Của Sở";
    u.unit_id = dept_;
    u.roles = {"department"};
    u.password_hash = "x";
    auto id = store::insert_user(*db_, u, 1);
    ASSERT_TRUE(id.ok());
    dept_user_ = *id;
    u.login = "quantri";
    u.roles = {"admin"};  // at the Department, but not a reader of notices
    id = store::insert_user(*db_, u, 1);
    ASSERT_TRUE(id.ok());
    dept_admin_ = *id;
    u.login = "bgh";
    u.unit_id = a_;
    u.roles = {"school_manager"};
    id = store::insert_user(*db_, u, 1);
    ASSERT_TRUE(id.ok());
    school_user_ = *id;
    // Lan studies at A in 2025-2026 and moves to B in 2026-2027.
    roster(a_, "2025-2026",
           {entry("Trần Thị Lan", "2009-05-12", "031309000123", "11A1"),
            entry("Nguyễn Văn Minh", "2009-02-01", "", "11A2"),
            entry("Nguyễn Văn Mạnh", "2009-02-11", "", "11A3")});
    roster(b_, "2026-2027", {entry("Trần Thị Lan", "2009-05-12", "031309000123", "12B1")});
    auto data = store::load_org_data(*db_);
    ASSERT_TRUE(data.ok());
    org_ = std::make_unique<OrgIndex>(std::move(*data));
    // Tết 2026: Monday 16/2 to Friday 20/2 are holidays.
    std::vector<calendar::DayException> tet;
    for (int d = 16; d <= 20; ++d) tet.push_back({*Date::parse("2026-02-" + std::to_string(d))});
    cal_ = std::make_unique<calendar::Calendar>(std::vector<calendar::SchoolYear>{}, tet);
  }
  int64_t unit(const std::string& code, const std::string& type, std::optional<int64_t> parent) {
    auto id = store::insert_unit(*db_, code, 1);
    EXPECT_TRUE(id.ok());
    store::UnitVersion v;
    v.unit_id = *id;
    v.valid_from = store::kSinceEver;
    v.name = "Đơn vị " + code;
    v.type = type;
    v.parent_id = parent;
    EXPECT_TRUE(store::insert_version(*db_, v).ok());
    return *id;
  }
  static model::RosterEntry entry(std::string name, std::string birth, std::string pid,
                                  std::string cls) {
    model::RosterEntry e;
    e.full_name = std::move(name);
    e.birth_date = std::move(birth);
    if (!pid.empty()) e.personal_id = std::move(pid);
    e.sex = "Nữ";
    e.class_name = std::move(cls);
    e.guardians.push_back({"Trần Văn Hải", "Cha", "0912345678"});
    return e;
  }
  void roster(int64_t unit, const std::string& year, const std::vector<model::RosterEntry>& rows) {
    store::Tx tx(*db_);
    auto r =
        store::write_roster(*db_, unit, year, "upper_secondary", rows, "test", 1, std::nullopt);
    ASSERT_TRUE(r.ok()) << r.status().message();
    ASSERT_TRUE(tx.commit().ok());
  }
  // Stores a rider's record on `day` (Decree 168 helmet point) and routes it at `now`.
  model::ViolationRecord stored(const std::string& day, const std::string& name,
                                std::optional<std::string> birth, std::optional<int> year,
                                std::optional<std::string> pid) {
    model::TrafficStop s;
    s.owner_unit_id = police_;
    s.occurred_at = 1;
    s.local_date = day;
    s.created_at = 1;
    auto stop = store::insert_stop(*db_, s);
    EXPECT_TRUE(stop.ok());
    auto code = store::find_code_in_force(*db_, "ND168", "7.2.h", day);
    EXPECT_TRUE(code.ok());
    model::ViolationRecord v;
    v.stop_id = *stop;
    v.owner_unit_id = police_;
    v.role = "rider";
    v.full_name = name;
    v.birth_date = birth;
    v.birth_year = year;
    v.personal_id = pid;
    v.code_id = code->id;
    v.sanction = "warning";
    v.local_date = day;
    v.year_month = day.substr(0, 7);
    v.age_band = "16-17";
    v.behaviour = code->category;
    v.legal_code = "ND168:7.2.h";
    v.created_at = v.updated_at = 1;
    auto id = store::insert_violation(*db_, v);
    EXPECT_TRUE(id.ok());
    v.id = *id;
    return v;
  }
  LoopEnv env(int64_t now) { return LoopEnv{*org_, *cal_, "http://atgt.test", now, {}, {}}; }
  std::shared_ptr<const MatchIndex> index() {
    auto i = cache_.get(*db_, *org_);
    EXPECT_TRUE(i.ok()) << i.status().message();
    return *i;
  }
  int64_t micros(const std::string& iso_local) {  // "2026-02-13T09:00" Vietnam time
    auto d = Date::parse(iso_local.substr(0, 10));
    int h = std::stoi(iso_local.substr(11, 2));
    return (d->days() * 86400LL + (h - 7) * 3600LL) * 1'000'000LL;
  }

  std::unique_ptr<Db> db_;
  std::unique_ptr<OrgIndex> org_;
  std::unique_ptr<calendar::Calendar> cal_;
  MatchIndexCache cache_;
  int64_t dept_ = 0, a_ = 0, b_ = 0, police_ = 0, dept_user_ = 0, dept_admin_ = 0, school_user_ = 0;
};

TEST_P(ViolationLoopTest, AClearMatchOpensANoticeWhoseDeadlineSkipsTet) {
  auto v = stored("2026-02-12", "TRAN THI LAN", "2009-05-12", 2009, "031309000123");
  auto idx = index();
  // Friday 13/2/2026: 7 working days are 23, 24, 25, 26, 27/2 (Tết is 16–20/2), 2/3, 3/3.
  auto m = route_record(*db_, *idx, env(micros("2026-02-13T09")), v);
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(m->state, "auto");
  EXPECT_EQ(m->school_unit_id, a_);
  auto n = store::live_notice_of(*db_, v.id);
  ASSERT_TRUE(n.ok() && n->has_value());
  EXPECT_EQ((*n)->deadline_date, "2026-03-03");
  EXPECT_EQ((*n)->deadline_at, calendar::deadline_instant(*Date::parse("2026-03-03")));
  EXPECT_EQ((*n)->school_unit_id, a_);
  // The school's users were told.
  auto told = store::notifications_of(*db_, school_user_, std::nullopt, false, 10);
  ASSERT_TRUE(told.ok());
  ASSERT_EQ(told->size(), 1u);
  EXPECT_EQ((*told)[0].template_code, "notice_received");
  // The escalation waits for the deadline, then marks the notice once and tells the Department.
  auto early = escalate_overdue_notices(*db_, "http://atgt.test", micros("2026-03-03T20"));
  ASSERT_TRUE(early.ok());
  EXPECT_TRUE(store::get_notice(*db_, (*n)->id)->escalated_at == std::nullopt);
  auto late = escalate_overdue_notices(*db_, "http://atgt.test", micros("2026-03-04T08"));
  ASSERT_TRUE(late.ok());
  EXPECT_NE(late->find("1"), std::string::npos) << *late;
  EXPECT_TRUE(store::get_notice(*db_, (*n)->id)->escalated_at.has_value());
  ASSERT_TRUE(escalate_overdue_notices(*db_, "http://atgt.test", micros("2026-03-05T08")).ok());
  auto dept = store::notifications_of(*db_, dept_user_, std::nullopt, false, 10);
  ASSERT_TRUE(dept.ok());
  ASSERT_EQ(dept->size(), 1u);
  EXPECT_EQ((*dept)[0].template_code, "notice_overdue");
  EXPECT_TRUE(store::notifications_of(*db_, dept_admin_, std::nullopt, false, 10)->empty());
  // A withdrawal withdraws the match and the notice.
  ASSERT_TRUE(undo_record(*db_, env(micros("2026-03-06T08")), v).ok());
  EXPECT_EQ((*store::get_match(*db_, v.id))->state, "withdrawn");
  EXPECT_EQ(store::get_notice(*db_, (*n)->id)->state, "withdrawn");
  EXPECT_FALSE(store::live_notice_of(*db_, v.id)->has_value());
}

TEST_P(ViolationLoopTest, AnUncertainRecordWaitsForReviewAtTheSchoolOfAllCandidates) {
  // "Nguyen Van M..." born 2009 without the date, the middle name or anything else.
  auto v = stored("2025-11-03", "NGUYEN MINH", std::nullopt, 2009, std::nullopt);
  auto m = route_record(*db_, *index(), env(micros("2025-11-03T10")), v);
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(m->state, "review");
  EXPECT_EQ(m->review_unit_id, a_);
  EXPECT_NE(m->candidates.find("reasons"), std::string::npos);
  EXPECT_FALSE(store::live_notice_of(*db_, v.id)->has_value());
  auto queue = store::list_review(*db_, std::vector<int64_t>{a_}, 10, 0);
  ASSERT_TRUE(queue.ok());
  ASSERT_EQ(queue->size(), 1u);
  EXPECT_EQ(*store::count_review(*db_, std::vector<int64_t>{b_}), 0);
  // A student the school disputed is not proposed again.
  auto sid = (*queue)[0].candidates;
  auto lan = stored("2025-11-04", "TRAN THI LAN", "2009-05-12", 2009, "031309000123");
  auto auto_match = route_record(*db_, *index(), env(micros("2025-11-04T10")), lan);
  ASSERT_TRUE(auto_match.ok());
  auto again = route_record(*db_, *index(), env(micros("2025-11-05T10")), lan,
                            {*auto_match->student_id}, false);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->state, "unmatched");  // nobody else is like her
  EXPECT_EQ(again->disputed, "[" + std::to_string(*auto_match->student_id) + "]");
}

TEST_P(ViolationLoopTest, ARepeatOffenderIsSeenAtTheNewSchoolAfterAMove) {
  auto first = stored("2026-03-10", "TRAN THI LAN", "2009-05-12", 2009, "031309000123");
  ASSERT_TRUE(route_record(*db_, *index(), env(micros("2026-03-10T10")), first).ok());
  auto second = stored("2026-10-02", "TRAN THI LAN", "2009-05-12", 2009, "031309000123");
  auto m = route_record(*db_, *index(), env(micros("2026-10-02T10")), second);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->school_unit_id, b_);  // the school of the record's school year
  auto history = store::student_violations(*db_, *m->student_id, "2025-10-02");
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[0].school_unit_id, b_);
  EXPECT_EQ((*history)[1].school_unit_id, a_);
  // Twelve months back from the second: the first is in; thirteen months later it is not.
  EXPECT_EQ(store::student_violations(*db_, *m->student_id, "2026-04-01")->size(), 1u);
}

TEST_P(ViolationLoopTest, ARosterWriteRebuildsTheIndex) {
  auto before = index();
  EXPECT_EQ(index(), before);  // the same revision: the same index
  roster(b_, "2026-2027", {entry("Phạm Quốc Bảo", "2010-01-20", "", "10C1")});
  auto after = index();
  EXPECT_NE(after, before);
  EXPECT_GT(after->revision, before->revision);
  EXPECT_EQ(after->rows.size(), before->rows.size() + 1);
}

TEST_P(ViolationLoopTest, ACorrectionIntoAnOwnerWithdrawsTheMatchAndTheNotice) {
  auto v = stored("2026-03-10", "TRAN THI LAN", "2009-05-12", 2009, "031309000123");
  ASSERT_TRUE(route_record(*db_, *index(), env(micros("2026-03-10T10")), v).ok());
  ASSERT_TRUE(store::live_notice_of(*db_, v.id)->has_value());
  v.role = "owner";
  ASSERT_TRUE(rematch_record(*db_, *index(), env(micros("2026-03-11T10")), v).ok());
  EXPECT_EQ((*store::get_match(*db_, v.id))->state, "withdrawn");
  EXPECT_FALSE(store::live_notice_of(*db_, v.id)->has_value());
}

// What the statistics read, all of it: both views in every dimension and the notices' timeliness.
std::string all_statistics(Db& db, int64_t now) {
  std::string out;
  for (auto dim : {store::StatsDimension::kBehaviour, store::StatsDimension::kLegalCode,
                   store::StatsDimension::kMonth, store::StatsDimension::kAgeBand}) {
    for (bool by_school : {true, false}) {
      auto counts = by_school
                        ? store::school_counts(db, std::nullopt, "2020-01-01", "2030-12-31", dim)
                        : store::place_counts(db, std::nullopt, "2020-01-01", "2030-12-31", dim);
      EXPECT_TRUE(counts.ok());
      for (const auto& c : *counts)
        out += std::to_string(c.unit_id) + "/" + c.key + "=" + std::to_string(c.count) + ";";
      out += "\n";
    }
  }
  auto t = store::notice_timeliness(db, std::nullopt, "2020-01-01", "2030-12-31", now);
  EXPECT_TRUE(t.ok());
  out += std::to_string(t->notices) + " " + std::to_string(t->closed) + " " +
         std::to_string(t->on_time) + " " + std::to_string(t->overdue);
  return out;
}

TEST_P(ViolationLoopTest, TheRetentionPurgeRemovesPersonalDataAndKeepsEveryStatistic) {
  // Lan's first notice is closed on 1/3/2026, her second stays open; Minh's record waits for
  // review (Mạnh is like him); an adult's record led to no notice.
  auto lan = stored("2026-02-12", "TRAN THI LAN", "2009-05-12", 2009, "031309000123");
  auto lan2 = stored("2026-02-20", "TRAN THI LAN", "2009-05-12", 2009, "031309000123");
  auto minh = stored("2026-02-12", "NGUYEN VAN MINH", std::nullopt, 2009, std::nullopt);
  auto adult = stored("2026-02-12", "LE VAN KHACH", "1980-01-01", 1980, "031080000999");
  for (const auto* v : {&lan, &lan2, &minh, &adult})
    ASSERT_TRUE(route_record(*db_, *index(), env(micros(v->local_date + "T10")), *v).ok());
  ASSERT_EQ((*store::get_match(*db_, minh.id))->state, "review");
  ASSERT_TRUE(store::live_notice_of(*db_, lan.id)->has_value());
  ASSERT_TRUE(store::live_notice_of(*db_, lan2.id)->has_value());
  auto lan_notice = **store::live_notice_of(*db_, lan.id);
  auto open_notice = **store::live_notice_of(*db_, lan2.id);
  int64_t lan_student = lan_notice.student_id;
  model::NoticeAction meeting;
  meeting.notice_id = lan_notice.id;
  meeting.kind = "parent_meeting";
  meeting.action_date = "2026-02-27";
  meeting.note = "Đã gặp bố em Trần Thị Lan";
  ASSERT_TRUE(store::insert_action(*db_, meeting).ok());
  lan_notice.state = "closed";
  lan_notice.closed_at = micros("2026-03-01T10");
  lan_notice.summary = "Em Lan viết bản kiểm điểm";
  lan_notice.updated_at = *lan_notice.closed_at;
  ASSERT_TRUE(store::update_notice(*db_, lan_notice, "open").ok());
  ASSERT_TRUE(db_->run("INSERT INTO audit_log (at, action, entity, entity_id, changes) VALUES "
                       "(1, 'close', 'notice', ?, '{\"summary\":\"Em Lan\"}')",
                       {std::to_string(lan_notice.id)})
                  .ok());
  ASSERT_TRUE(db_->run("INSERT INTO audit_log (at, action, entity, entity_id, changes) VALUES "
                       "(1, 'close', 'notice', ?, '{\"summary\":\"Em Minh\"}')",
                       {std::to_string(open_notice.id)})
                  .ok());
  int64_t now = micros("2026-04-15T08");
  std::string before = all_statistics(*db_, now);
  ASSERT_NE(before.find("=2;"), std::string::npos) << before;  // Lan twice by school

  // 30 days: Lan's notice (closed 45 days before) and the adult's record (62 days) go.
  auto purged = store::purge_personal_data(*db_, now, 30);
  ASSERT_TRUE(purged.ok()) << purged.status().message();
  std::map<std::string, int64_t> n(purged->begin(), purged->end());
  EXPECT_EQ(n["notices"], 1);
  EXPECT_EQ(n["violations"], 2);
  EXPECT_EQ(n["pseudonyms"], 1);
  EXPECT_EQ(n["audit_log"], 1);
  EXPECT_EQ(all_statistics(*db_, now), before);

  auto gone = store::get_violation(*db_, lan.id);
  ASSERT_TRUE(gone.ok());
  EXPECT_EQ(gone->full_name, "");
  EXPECT_FALSE(gone->birth_date || gone->birth_year || gone->personal_id || gone->plate);
  EXPECT_EQ(gone->legal_code, lan.legal_code);
  EXPECT_EQ(gone->age_band, lan.age_band);
  EXPECT_EQ(store::get_violation(*db_, adult.id)->full_name, "");
  auto notice = store::get_notice(*db_, lan_notice.id);
  ASSERT_TRUE(notice.ok());
  EXPECT_NE(notice->student_id, lan_student);
  EXPECT_FALSE(notice->summary.has_value());
  EXPECT_EQ(notice->state, "closed");
  auto pseudonym = db_->query(
      "SELECT full_name, birth_date, personal_id FROM students WHERE id = ?", {notice->student_id});
  ASSERT_TRUE(pseudonym.ok() && pseudonym->size() == 1);
  EXPECT_EQ((*pseudonym)[0].str(0).rfind("Ẩn danh HS-", 0), 0u) << (*pseudonym)[0].str(0);
  EXPECT_EQ((*pseudonym)[0].str(1), "");
  EXPECT_TRUE((*pseudonym)[0].is_null(2));
  EXPECT_EQ((*store::get_match(*db_, lan.id))->student_id, notice->student_id);
  EXPECT_EQ((*store::list_actions(*db_, lan_notice.id))[0].note, "");
  auto audit = db_->query(
      "SELECT entity_id, changes, redacted FROM audit_log WHERE entity = "
      "'notice' ORDER BY id");
  ASSERT_TRUE(audit.ok() && audit->size() == 2);
  EXPECT_EQ((*audit)[0].str(1), "{}");
  EXPECT_EQ((*audit)[0].i64(2), 1);
  EXPECT_EQ((*audit)[1].i64(2), 0);  // the second notice is open
  // Lan's open notice still names her (so her student row stays); Minh's record in review stays.
  EXPECT_EQ(store::get_notice(*db_, open_notice.id)->student_id, lan_student);
  EXPECT_TRUE(db_->query("SELECT 1 FROM students WHERE id = ?", {lan_student})->size() == 1);
  EXPECT_EQ(store::get_violation(*db_, lan2.id)->full_name, "TRAN THI LAN");
  EXPECT_EQ(store::get_violation(*db_, minh.id)->full_name, "NGUYEN VAN MINH");
  EXPECT_NE((*store::get_match(*db_, minh.id))->candidates, "[]");
  // A second run finds nothing more.
  auto again = store::purge_personal_data(*db_, now, 30);
  ASSERT_TRUE(again.ok());
  std::map<std::string, int64_t> m(again->begin(), again->end());
  EXPECT_EQ(m["notices"] + m["violations"] + m["pseudonyms"] + m["audit_log"], 0);
  EXPECT_EQ(all_statistics(*db_, now), before);
}

INSTANTIATE_TEST_SUITE_P(Db, ViolationLoopTest, ::testing::ValuesIn(testing::test_backends()));

}  // namespace
}  // namespace atgt::jobs
