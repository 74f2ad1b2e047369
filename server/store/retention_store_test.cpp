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
      {"notifications", 1},  {"email_outbox", 1}, {"scheduler_runs", 1}};
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

INSTANTIATE_TEST_SUITE_P(Db, RetentionTest, ::testing::ValuesIn(testing::test_backends()));

}  // namespace
}  // namespace atgt::store
