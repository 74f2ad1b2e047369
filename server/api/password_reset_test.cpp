// Issue 7, defect 13: the public password-reset request does the same work for a known and an
// unknown login (counted through a Db decorator), and the queued request then sends the link.
#include "api/password_reset.h"

#include <gtest/gtest.h>

#include "jobs/tasks.h"
#include "notify/notify.h"
#include "store/password_resets_store.h"
#include "store/units_store.h"
#include "store/users_store.h"
#include "testing/test_db.h"

namespace atgt::api {
namespace {

// Forwards to a real database and counts every statement.
class CountingDb : public store::Db {
 public:
  explicit CountingDb(store::Db& inner) : inner_(inner) {}
  store::Dialect dialect() const override { return inner_.dialect(); }
  Status exec_script(std::string_view sql) override { ++calls; return inner_.exec_script(sql); }
  Result<store::Rows> query(std::string_view sql, const store::Params& p) override {
    ++calls;
    return inner_.query(sql, p);
  }
  Result<int64_t> execute(std::string_view sql, const store::Params& p) override {
    ++calls;
    return inner_.execute(sql, p);
  }
  Status begin() override { ++calls; return inner_.begin(); }
  Status commit() override { ++calls; return inner_.commit(); }
  Status rollback() override { ++calls; return inner_.rollback(); }
  bool healthy() override { return inner_.healthy(); }
  int calls = 0;

 private:
  store::Db& inner_;
};

TEST(PasswordReset, KnownAndUnknownLoginsDoTheSameWork) {
  auto db = testing::fresh_db("sqlite");
  ASSERT_NE(db, nullptr);
  ASSERT_TRUE(notify::load_templates(*db, testing::data_dir() + "/notification_templates.csv").ok());
  ASSERT_TRUE(store::upsert_unit_type(*db, {"THPT", "Trường THPT", "education", "school", 1}).ok());
  int64_t unit = *store::insert_unit(*db, "S1", 1);
  store::NewUser u{"gv.mot", "Giáo Viên Một", std::string("gv.mot@example.edu.vn"), unit, {"school_staff"}, "h", false};
  ASSERT_TRUE(store::insert_user(*db, u, 1).ok());
  int64_t now = 1'800'000'000'000'000;
  CountingDb known(*db), unknown(*db);
  ASSERT_TRUE(accept_reset_request(known, "GV.MOT", "198.51.100.1", now).ok());
  ASSERT_TRUE(accept_reset_request(unknown, "khong.ton.tai", "198.51.100.2", now).ok());
  EXPECT_EQ(known.calls, unknown.calls);
  EXPECT_GT(known.calls, 0);
  // After the answer, the task sends one link (for the known login only).
  auto done = jobs::process_reset_requests(*db, "https://atgt.example", now);
  ASSERT_TRUE(done.ok()) << done.status().message();
  EXPECT_EQ(*done, "xử lý 2 yêu cầu, gửi 1 liên kết");
  EXPECT_EQ(*db->scalar_i64("SELECT COUNT(*) FROM password_resets"), 1);
  EXPECT_EQ(*db->scalar_i64("SELECT COUNT(*) FROM password_reset_queue"), 0);
}

}  // namespace
}  // namespace atgt::api
