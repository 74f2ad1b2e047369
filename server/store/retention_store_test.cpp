// Retention purge on every configured database: old personal data goes, recent data and data
// still in use stay.
#include "store/retention_store.h"

#include <gtest/gtest.h>

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
      {"login_attempts", 1}, {"sessions", 1},     {"password_resets", 2},
      {"notifications", 1},  {"email_outbox", 1}, {"scheduler_runs", 1},
      {"files", 0},          {"files", 0}};
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
  int64_t a = *insert_user(*db_, {"a.b", "A B", std::nullopt, unit, {"school_staff"}, "h", true}, 1);
  int64_t b = *insert_user(*db_, {"c.d", "C D", std::nullopt, unit, {"school_staff"}, "h", true}, 1);
  const int64_t now = 20000 * kDay, hour = kDay / 24;
  for (int job : {1, 2}) {
    exec("INSERT INTO jobs (id, kind, status, user_id, created_at) VALUES (?, 'users_import', 'done', ?, ?)",
         {int64_t{job}, admin, now});
    exec("INSERT INTO files (sha256, size, mime, name, owner_kind, owner_id, uploaded_by, uploaded_at, expires_at) "
         "VALUES (?, 1, 'text/csv', 'x.csv', 'job_result', ?, ?, ?, ?)",
         {std::string(64, job == 1 ? 'a' : 'b'), int64_t{job}, admin, now - hour, job == 1 ? now + 71 * hour : now - hour});
  }
  for (int64_t u : {a, b})
    exec("INSERT INTO audit_log (at, user_id, ip, action, entity, entity_id, batch_id) VALUES (?, ?, 'x', 'create', 'user', ?, 'job:1')",
         {now, admin, std::to_string(u)});
  auto live = [&] { return *db_->scalar_i64("SELECT COUNT(*) FROM files WHERE deleted_at IS NULL"); };
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
    exec("UPDATE settings SET value = ? WHERE key = 'retention.personal_data_days'", {std::string(bad)});
    EXPECT_EQ(personal_data_days(*db_).status().kind(), Kind::kInvalid) << bad;
  }
  // At the largest period, nothing recent is purged: the cutoff is before the epoch.
  ASSERT_TRUE(upsert_unit_type(*db_, {"SO_GDDT", "Sở", "education", "city", 1}).ok());
  int64_t unit = *insert_unit(*db_, "U", 1);
  int64_t user = *insert_user(*db_, {"a.b", "A B", std::nullopt, unit, {"admin"}, "h", false}, 1);
  const int64_t now = 20000 * kDay;
  exec("INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at) VALUES ('s', ?, 'c', 1, 1)",
       {user});
  auto r = purge_personal_data(*db_, now, 36500);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(count("sessions"), 1);
  auto all = purge_personal_data(*db_, now, 2147483647);  // even a value past the bounds
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(count("sessions"), 1);
}

INSTANTIATE_TEST_SUITE_P(Db, RetentionTest, ::testing::ValuesIn(testing::test_backends()));

}  // namespace
}  // namespace atgt::store
