// Retention purge on every configured database: old personal data goes, recent data and data
// still in use stay.
#include "store/retention_store.h"

#include <gtest/gtest.h>

#include <map>

#include "store/units_store.h"
#include "store/users_store.h"
#include "testing/test_db.h"

namespace atgt::store {
namespace {

class RetentionTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = testing::fresh_db(GetParam());
    ASSERT_NE(db_, nullptr);
  }
  void exec(const std::string& sql, const Params& p = {}) {
    ASSERT_TRUE(db_->execute(sql, p).ok()) << sql;
  }
  int64_t count(const std::string& table) {
    return *db_->scalar_i64("SELECT COUNT(*) FROM " + table);
  }
  std::unique_ptr<Db> db_;
};

constexpr int64_t kDay = int64_t{86400} * 1000000;

TEST_P(RetentionTest, DeletesOnlyExpiredPersonalData) {
  EXPECT_EQ(*personal_data_days(*db_), 1095);
  ASSERT_TRUE(upsert_unit_type(*db_, {"SO_GDDT", "Sở", "education", "city", 1}).ok());
  int64_t unit = *insert_unit(*db_, "U", 1);
  int64_t user = *insert_user(*db_, {"a.b", "A B", std::nullopt, unit, {"admin"}, "h", false}, 1);
  const int64_t now = 2000 * kDay, old = now - 11 * kDay, recent = now - 2 * kDay;
  for (int64_t at : {old, recent}) {
    std::string s = std::to_string(at);
    exec("INSERT INTO login_attempts (login, ip, at, success) VALUES ('a.b', '1.2.3.4', ?, 0)",
         {at});
    exec(
        "INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at) VALUES (?, "
        "?, 'c', ?, ?)",
        {"s" + s, user, at, at});
    // used, expired, and still valid (expires in the future) resets
    exec(
        "INSERT INTO password_resets (user_id, token_hash, created_at, expires_at, used_at) VALUES "
        "(?, ?, ?, ?, ?)",
        {user, "u" + s, at, at + kDay, at});
    exec(
        "INSERT INTO password_resets (user_id, token_hash, created_at, expires_at) VALUES (?, ?, "
        "?, ?)",
        {user, "e" + s, at, at + kDay});
    exec(
        "INSERT INTO password_resets (user_id, token_hash, created_at, expires_at) VALUES (?, ?, "
        "?, ?)",
        {user, "v" + s, at, now + kDay});
    exec(
        "INSERT INTO notifications (user_id, template, title, body, created_at, read_at) VALUES "
        "(?, 't', 't', 'b', ?, ?)",
        {user, at, at});
    exec(
        "INSERT INTO notifications (user_id, template, title, body, created_at) VALUES (?, 't', "
        "'t', 'b', ?)",
        {user, at});
    for (const char* status : {"sent", "pending"})
      exec(
          "INSERT INTO email_outbox (kind, to_addr, subject, body, status, next_attempt_at, "
          "created_at) VALUES "
          "('k', 'a@b.vn', 's', 'b', ?, ?, ?)",
          {std::string(status), at, at});
  }
  exec("INSERT INTO scheduler_runs (task, instance, started_at, status) VALUES ('t', 'i', ?, 'ok')",
       {now - 31 * kDay});
  exec("INSERT INTO scheduler_runs (task, instance, started_at, status) VALUES ('t', 'i', ?, 'ok')",
       {now - 29 * kDay});

  auto r = purge_personal_data(*db_, now, 10);
  ASSERT_TRUE(r.ok());
  std::vector<std::pair<std::string, int64_t>> want = {
      // the violation loop's purge (store/notice_retention_store.h): nothing of it here
      {"notices", 0},
      {"violations", 0},
      {"pseudonyms", 0},
      {"audit_log", 0},
      {"login_attempts", 1},
      {"sessions", 1},
      {"password_resets", 2},
      {"notifications", 1},
      {"email_outbox", 1},
      {"scheduler_runs", 1},
      {"files", 0},
      {"files", 0},
      {"accident_persons", 0},
      {"privacy_requests", 0},
      // the students' rules (nothing of a student here)
      {"guardians", 0},
      {"student_vehicles", 0},
      {"commitment_signatures", 0},
      {"search_terms", 0},
      {"student_enrolments", 0},
      {"students", 0}};
  EXPECT_EQ(*r, want);
  EXPECT_EQ(count("login_attempts"), 1);
  EXPECT_EQ(count("sessions"), 1);
  EXPECT_EQ(count("password_resets"), 4);  // the old still-valid one and the three recent
  EXPECT_EQ(count("notifications"), 3);    // the old unread one stays
  EXPECT_EQ(count("email_outbox"), 3);     // the old pending one stays
  EXPECT_EQ(count("scheduler_runs"), 1);
  auto again = purge_personal_data(*db_, now, 10);
  ASSERT_TRUE(again.ok());
  for (const auto& [t, n] : *again) EXPECT_EQ(n, 0) << t;
}

TEST_P(RetentionTest, TheSettingIsValidated) {
  ASSERT_TRUE(
      db_->execute("UPDATE settings SET value = '30' WHERE key = 'retention.personal_data_days'")
          .ok());
  EXPECT_EQ(*personal_data_days(*db_), 30);
  ASSERT_TRUE(
      db_->execute(
             "UPDATE settings SET value = 'ba năm' WHERE key = 'retention.personal_data_days'")
          .ok());
  EXPECT_EQ(personal_data_days(*db_).status().kind(), Kind::kInvalid);
}

// Issue 7, defect 9: the initial passwords of a users import expire after 72 hours, or as soon
// as every imported account has changed its password.
TEST_P(RetentionTest, ImportResultWithInitialPasswordsExpires) {
  ASSERT_TRUE(upsert_unit_type(*db_, {"SO_GDDT", "Sở", "education", "city", 1}).ok());
  int64_t unit = *insert_unit(*db_, "U", 1);
  int64_t admin = *insert_user(*db_, {"qt", "Q T", std::nullopt, unit, {"admin"}, "h", false}, 1);
  int64_t a =
      *insert_user(*db_, {"a.b", "A B", std::nullopt, unit, {"school_staff"}, "h", true}, 1);
  int64_t b =
      *insert_user(*db_, {"c.d", "C D", std::nullopt, unit, {"school_staff"}, "h", true}, 1);
  const int64_t now = 20000 * kDay, hour = kDay / 24;
  for (int job : {1, 2}) {
    exec(
        "INSERT INTO jobs (id, kind, status, user_id, created_at) VALUES (?, 'users_import', "
        "'done', ?, ?)",
        {int64_t{job}, admin, now});
    exec(
        "INSERT INTO files (sha256, size, mime, name, owner_kind, owner_id, uploaded_by, "
        "uploaded_at, expires_at) "
        "VALUES (?, 1, 'text/csv', 'x.csv', 'job_result', ?, ?, ?, ?)",
        {std::string(64, job == 1 ? 'a' : 'b'), int64_t{job}, admin, now - hour,
         job == 1 ? now + 71 * hour : now - hour});
  }
  for (int64_t u : {a, b})
    exec(
        "INSERT INTO audit_log (at, user_id, ip, action, entity, entity_id, batch_id) VALUES (?, "
        "?, 'x', 'create', 'user', ?, 'job:1')",
        {now, admin, std::to_string(u)});
  auto live = [&] {
    return *db_->scalar_i64("SELECT COUNT(*) FROM files WHERE deleted_at IS NULL");
  };
  ASSERT_TRUE(purge_personal_data(*db_, now, 1095).ok());
  EXPECT_EQ(live(), 1);  // job 2's file is past its 72 hours; job 1's users have not all changed
  ASSERT_TRUE(set_user_password(*db_, a, "h2", false, now).ok());
  ASSERT_TRUE(purge_personal_data(*db_, now, 1095).ok());
  EXPECT_EQ(live(), 1);  // one of the two still has the initial password
  ASSERT_TRUE(set_user_password(*db_, b, "h3", false, now).ok());
  ASSERT_TRUE(purge_personal_data(*db_, now, 1095).ok());
  EXPECT_EQ(live(), 0);
}

TEST_P(RetentionTest, SettingIsBoundedAndItsArithmeticCannotOverflow) {
  // The bounds: 1 and 36,500 are kept; 0, 36,501 and INT_MAX (stored before the bounds) are
  // refused, so that the purge stops rather than deleting everything.
  for (int days : {1, 36500}) {
    ASSERT_TRUE(set_personal_data_days(*db_, days).ok());
    EXPECT_EQ(*personal_data_days(*db_), days);
  }
  for (const char* bad : {"0", "36501", "2147483647", "-5", "x"}) {
    exec("UPDATE settings SET value = ? WHERE key = 'retention.personal_data_days'",
         {std::string(bad)});
    EXPECT_EQ(personal_data_days(*db_).status().kind(), Kind::kInvalid) << bad;
  }
  // At the largest period, nothing recent is purged: the cutoff is before the epoch.
  ASSERT_TRUE(upsert_unit_type(*db_, {"SO_GDDT", "Sở", "education", "city", 1}).ok());
  int64_t unit = *insert_unit(*db_, "U", 1);
  int64_t user = *insert_user(*db_, {"a.b", "A B", std::nullopt, unit, {"admin"}, "h", false}, 1);
  const int64_t now = 20000 * kDay;
  exec(
      "INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at) VALUES ('s', "
      "?, 'c', 1, 1)",
      {user});
  auto r = purge_personal_data(*db_, now, 36500);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(count("sessions"), 1);
  auto all = purge_personal_data(*db_, now, 2147483647);  // even a value past the bounds
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(count("sessions"), 1);
}

// Students: one no roster has listed for the period goes with everything about them; one listed
// by a recent roster (an old student record, a fresh enrolment) and one changed recently stay.
TEST_P(RetentionTest, StudentsOnNoRecentRosterGoWithTheirData) {
  int64_t unit = *insert_unit(*db_, "S", 1);
  const int64_t now = 2000 * kDay, old = now - 11 * kDay, recent = now - 2 * kDay;
  exec(
      "INSERT INTO commitment_campaigns (school_year, kind, created_at) VALUES ('2020-2021', "
      "'parent', ?)",
      {old});
  int64_t campaign = *db_->scalar_i64("SELECT id FROM commitment_campaigns");
  // (student updated_at, enrolment updated_at): expired; re-listed recently; changed recently.
  std::vector<std::pair<int64_t, int64_t>> cases = {{old, old}, {old, recent}, {recent, old}};
  std::vector<int64_t> ids;
  for (size_t i = 0; i < cases.size(); ++i) {
    exec(
        "INSERT INTO students (full_name, name_fold, birth_date, created_at, updated_at) VALUES "
        "(?, ?, '2010-03-05', ?, ?)",
        {"Hoc Sinh " + std::to_string(i), "hoc sinh " + std::to_string(i), old, cases[i].first});
    int64_t id = *db_->scalar_i64("SELECT MAX(id) FROM students");
    ids.push_back(id);
    exec(
        "INSERT INTO student_enrolments (student_id, unit_id, school_year, class_name, "
        "updated_at) VALUES (?, ?, '2020-2021', '10A1', ?)",
        {id, unit, old});
    if (cases[i].second != old)
      exec(
          "INSERT INTO student_enrolments (student_id, unit_id, school_year, class_name, "
          "updated_at) VALUES (?, ?, '2021-2022', '11A1', ?)",
          {id, unit, cases[i].second});
    exec("INSERT INTO guardians (student_id, name, phone) VALUES (?, 'Me', '0912345678')", {id});
    exec(
        "INSERT INTO student_vehicles (student_id, plate, plate_fold, kind) VALUES (?, '15AA-1', "
        "'15aa1', 'xe đạp điện')",
        {id});
    exec(
        "INSERT INTO commitment_signatures (campaign_id, student_id, unit_id, signed, "
        "updated_at) VALUES (?, ?, ?, 1, ?)",
        {campaign, id, unit, old});
    exec("INSERT INTO search_terms (entity, entity_id, term) VALUES ('student', ?, 'hoc')", {id});
  }
  // Another entity's search term with the same id stays.
  exec("INSERT INTO search_terms (entity, entity_id, term) VALUES ('user', ?, 'hocx')", {ids[0]});
  auto r = purge_personal_data(*db_, now, 10);
  ASSERT_TRUE(r.ok()) << r.status().message();
  std::map<std::string, int64_t> got;
  for (const auto& [t, n] : *r) got[t] += n;
  EXPECT_EQ(got["guardians"], 1);
  EXPECT_EQ(got["student_vehicles"], 1);
  EXPECT_EQ(got["commitment_signatures"], 1);
  EXPECT_EQ(got["search_terms"], 1);
  EXPECT_EQ(got["student_enrolments"], 1);
  EXPECT_EQ(got["students"], 1);
  EXPECT_EQ(*db_->scalar_i64("SELECT COUNT(*) FROM students WHERE id = ?", {ids[0]}), 0);
  EXPECT_EQ(count("students"), 2);
  EXPECT_EQ(count("guardians"), 2);
  EXPECT_EQ(count("student_enrolments"), 3);
  EXPECT_EQ(*db_->scalar_i64("SELECT COUNT(*) FROM search_terms WHERE entity = 'student'"), 2);
  EXPECT_EQ(*db_->scalar_i64("SELECT COUNT(*) FROM search_terms WHERE entity = 'user'"), 1);
  auto again = purge_personal_data(*db_, now, 10);
  ASSERT_TRUE(again.ok());
  for (const auto& [t, n] : *again) EXPECT_EQ(n, 0) << t;
}

// A student the violation loop still names (a match, a notice, an accident, a parent's request)
// keeps their record until that data's own retention removes it: the purge neither fails on the
// reference nor leaves it dangling.
TEST_P(RetentionTest, AStudentStillNamedByTheViolationLoopStays) {
  int64_t unit = *insert_unit(*db_, "S", 1);
  const int64_t now = 2000 * kDay, old = now - 11 * kDay;
  exec(
      "INSERT INTO students (full_name, name_fold, birth_date, created_at, updated_at) VALUES "
      "('Hoc Sinh', 'hoc sinh', '2010-03-05', ?, ?)",
      {old, old});
  int64_t id = *db_->scalar_i64("SELECT MAX(id) FROM students");
  exec(
      "INSERT INTO student_enrolments (student_id, unit_id, school_year, class_name, "
      "updated_at) VALUES (?, ?, '2020-2021', '10A1', ?)",
      {id, unit, old});
  exec(
      "INSERT INTO accidents (owner_unit_id, occurred_at, local_date, created_at, updated_at) "
      "VALUES (?, ?, '2020-10-01', ?, ?)",
      {unit, now, old, old});
  int64_t accident = *db_->scalar_i64("SELECT MAX(id) FROM accidents");
  exec(
      "INSERT INTO accident_persons (accident_id, full_name, student_id, school_unit_id, "
      "outcome) VALUES (?, 'Hoc Sinh', ?, ?, 'injury')",
      {accident, id, unit});
  auto r = purge_personal_data(*db_, now, 10);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(count("students"), 1);
  EXPECT_EQ(count("student_enrolments"), 1);
  // The accident's own retention (from its date) removes the name and the reference; then the
  // student goes too. The accident's school and outcome stay for the statistics.
  exec("UPDATE accidents SET occurred_at = ?", {old});
  r = purge_personal_data(*db_, now, 10);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(count("students"), 0);
  auto person =
      db_->query("SELECT full_name, student_id, school_unit_id, outcome FROM accident_persons");
  ASSERT_TRUE(person.ok() && person->size() == 1);
  EXPECT_EQ((*person)[0].str(0), "");
  EXPECT_TRUE((*person)[0].is_null(1));
  EXPECT_EQ((*person)[0].i64(2), unit);
  EXPECT_EQ((*person)[0].str(3), "injury");
}

INSTANTIATE_TEST_SUITE_P(Db, RetentionTest, ::testing::ValuesIn(testing::test_backends()));

}  // namespace
}  // namespace atgt::store
