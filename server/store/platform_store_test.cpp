// Store tests of the platform services on every configured database: the job queue (one claim
// per job, progress only by the claiming runner, stale jobs failed, retry), the scheduler lease
// (one holder), notifications and the email outbox, file rows, password reset links.
#include <gtest/gtest.h>

#include "store/files_store.h"
#include "store/jobs_store.h"
#include "store/notifications_store.h"
#include "store/password_resets_store.h"
#include "store/scheduler_store.h"
#include "store/units_store.h"
#include "store/users_store.h"
#include "testing/test_db.h"

namespace atgt::store {
namespace {

class PlatformStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = testing::fresh_db(GetParam());
    ASSERT_NE(db_, nullptr);
    ASSERT_TRUE(upsert_unit_type(*db_, {"SO_GDDT", "Sở", "education", "city", 1}).ok());
    auto unit = insert_unit(*db_, "SO", 1);
    ASSERT_TRUE(unit.ok());
    UnitVersion v;
    v.unit_id = *unit;
    v.name = "Sở Giáo dục";
    v.type = "SO_GDDT";
    ASSERT_TRUE(insert_version(*db_, v).ok());
    unit_ = *unit;
    user_ = add_user("a.user", "a@example.vn");
  }
  int64_t add_user(const std::string& login, const std::string& email) {
    NewUser u{login, "Người Dùng", email, unit_, {"admin"}, "x", false};
    auto id = insert_user(*db_, u, 1);
    EXPECT_TRUE(id.ok());
    return id.ok() ? *id : 0;
  }
  int64_t add_job() {
    JobRecord j;
    j.kind = "audit_export";
    j.user_id = user_;
    j.created_at = 1;
    auto id = insert_job(*db_, j);
    EXPECT_TRUE(id.ok());
    return *id;
  }
  std::unique_ptr<Db> db_;
  int64_t unit_ = 0, user_ = 0;
};

TEST_P(PlatformStoreTest, AJobIsClaimedOnceAndOnlyItsRunnerUpdatesIt) {
  int64_t id = add_job();
  auto other = open_db(testing::last_url());
  ASSERT_TRUE(other.ok());
  auto first = claim_job(*db_, "r1", 10);
  auto second = claim_job(**other, "r2", 10);
  ASSERT_TRUE(first.ok() && second.ok());
  ASSERT_TRUE(first->has_value());
  EXPECT_EQ((*first)->id, id);
  EXPECT_FALSE(second->has_value());
  EXPECT_EQ(*update_job_progress(*db_, id, "r1", {40, 4, 10, "bước"}, 11), true);
  EXPECT_EQ(*update_job_progress(*db_, id, "r2", {50, 5, 10, "bước"}, 11), false);
  auto j = get_job(*db_, id);
  EXPECT_EQ(j->percent, 40);
  EXPECT_EQ(j->attempts, 1);
  EXPECT_EQ(j->status, "running");
}

TEST_P(PlatformStoreTest, StaleJobsFailAndCanBeRequeued) {
  int64_t id = add_job();
  ASSERT_TRUE(claim_job(*db_, "r1", 100).ok());
  EXPECT_EQ(*fail_stale_jobs(*db_, 50, "{}", 200), 0);  // heartbeat 100 is newer than 50
  EXPECT_EQ(*fail_stale_jobs(*db_, 150, R"({"code":"interrupted","message":"x"})", 200), 1);
  auto j = get_job(*db_, id);
  EXPECT_EQ(j->status, "failed");
  EXPECT_EQ(*finish_job(*db_, id, "r1", true, "{}", std::nullopt, std::nullopt, 300),
            false);  // no longer its job
  ASSERT_TRUE(requeue_job(*db_, id).ok());
  EXPECT_EQ(get_job(*db_, id)->status, "queued");
  EXPECT_EQ(requeue_job(*db_, id).kind(), Kind::kConflict);
  auto again = claim_job(*db_, "r2", 400);
  ASSERT_TRUE(again.ok() && again->has_value());
  EXPECT_EQ((*again)->attempts, 2);
  EXPECT_EQ(*finish_job(*db_, id, "r2", true, R"({"rows":1})", std::nullopt, std::nullopt, 500),
            true);
  EXPECT_EQ(get_job(*db_, id)->percent, 100);
}

TEST_P(PlatformStoreTest, OneProcessHoldsASchedulerLease) {
  TaskRow t;
  t.name = "demo.task";
  t.every_seconds = 60;
  t.next_run_at = 100;
  ASSERT_TRUE(ensure_task(*db_, t).ok());
  ASSERT_TRUE(ensure_task(*db_, t).ok());  // idempotent
  auto other = open_db(testing::last_url());
  ASSERT_TRUE(other.ok());
  EXPECT_FALSE(*take_lease(*db_, "demo.task", "a", 50, 1000));  // not due yet
  EXPECT_TRUE(*take_lease(*db_, "demo.task", "a", 100, 1000));
  EXPECT_FALSE(*take_lease(**other, "demo.task", "b", 100, 1000));
  ASSERT_TRUE(release_task(*db_, "demo.task", "a", 200, "ok", 150).ok());
  EXPECT_FALSE(*take_lease(**other, "demo.task", "b", 150, 1000));  // next run is at 200
  EXPECT_TRUE(*take_lease(**other, "demo.task", "b", 200, 1000));
  // An expired lease (its holder died) is taken over.
  EXPECT_TRUE(*take_lease(*db_, "demo.task", "a", 1001, 2000));
  auto run = start_run(*db_, "demo.task", "a", 1001);
  ASSERT_TRUE(run.ok());
  ASSERT_TRUE(finish_run(*db_, *run, true, "xong", 1002).ok());
  auto runs = recent_runs(*db_, std::string("demo.task"), 10);
  ASSERT_EQ(runs->size(), 1u);
  EXPECT_EQ((*runs)[0].summary, "xong");
  EXPECT_EQ(make_due(*db_, "khong.co", 1).kind(), Kind::kNotFound);
}

TEST_P(PlatformStoreTest, NotificationsAndTheOutbox) {
  NotificationRow n;
  n.user_id = user_;
  n.template_code = "job_done";
  n.title = "Đã xong";
  n.body = "";
  n.created_at = 5;
  n.email_state = "digest";
  auto a = insert_notification(*db_, n);
  auto b = insert_notification(*db_, n);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(*unread_count(*db_, user_), 2);
  int64_t stranger = add_user("b.user", "b@example.vn");
  EXPECT_EQ(mark_read(*db_, stranger, *a, 6).kind(), Kind::kNotFound);
  ASSERT_TRUE(mark_read(*db_, user_, *a, 6).ok());
  EXPECT_EQ(*unread_count(*db_, user_), 1);
  EXPECT_EQ(notifications_of(*db_, user_, std::nullopt, true, 10)->size(), 1u);
  EXPECT_EQ(*digest_users(*db_), std::vector<int64_t>{user_});
  ASSERT_TRUE(mark_digested(*db_, user_, *b).ok());
  EXPECT_TRUE(digest_users(*db_)->empty());
  EXPECT_EQ(*email_mode(*db_, user_), "immediate");
  ASSERT_TRUE(set_email_mode(*db_, user_, "daily", 7).ok());
  EXPECT_EQ(*email_mode(*db_, user_), "daily");

  OutboxRow m;
  m.kind = "notification";
  m.user_id = user_;
  m.to_addr = "a@example.vn";
  m.subject = "Chủ đề";
  m.body = "Nội dung";
  m.next_attempt_at = 10;
  m.created_at = 10;
  auto id = enqueue_email(*db_, m);
  ASSERT_TRUE(id.ok());
  EXPECT_TRUE(due_emails(*db_, 9, 10)->empty());
  ASSERT_TRUE(mark_email_attempt_failed(*db_, *id, "máy chủ thư không trả lời", 70, false).ok());
  EXPECT_TRUE(due_emails(*db_, 20, 10)->empty());
  ASSERT_EQ(due_emails(*db_, 70, 10)->size(), 1u);
  ASSERT_TRUE(mark_email_sent(*db_, *id, 80).ok());
  auto all = recent_emails(*db_, 10, {unit_});
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ((*all)[0].status, "sent");
  EXPECT_EQ((*all)[0].attempts, 2);
  EXPECT_TRUE(recent_emails(*db_, 10, {})->empty());  // outside the reader's units
}

TEST_P(PlatformStoreTest, FileRowsAndLiveBlobs) {
  FileRecord f;
  f.sha256 = std::string(64, 'a');
  f.size = 3;
  f.mime = "application/pdf";
  f.name = "a.pdf";
  f.owner_kind = "upload";
  f.owner_id = user_;
  f.uploaded_by = user_;
  f.uploaded_at = 100;
  auto a = insert_file(*db_, f);
  f.sha256 = std::string(64, 'b');
  f.owner_kind = "unit";
  f.owner_id = unit_;
  auto b = insert_file(*db_, f);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(live_blobs(*db_)->size(), 2u);
  EXPECT_EQ(*expire_uploads(*db_, 50, 200), 0);
  EXPECT_EQ(*expire_uploads(*db_, 150, 200), 1);  // the staged upload, not the unit's file
  EXPECT_EQ(get_file(*db_, *a).status().kind(), Kind::kNotFound);
  EXPECT_EQ(*live_blobs(*db_), std::vector<std::string>{std::string(64, 'b')});
  EXPECT_EQ(files_of(*db_, "unit", unit_)->size(), 1u);
  ASSERT_TRUE(delete_file(*db_, *b, 300).ok());
  EXPECT_EQ(delete_file(*db_, *b, 300).kind(), Kind::kNotFound);
  EXPECT_TRUE(live_blobs(*db_)->empty());
}

TEST_P(PlatformStoreTest, AResetLinkWorksOnceAndExpires) {
  ASSERT_TRUE(insert_password_reset(*db_, user_, "h1", 100, 200, "::1").ok());
  ASSERT_TRUE(insert_password_reset(*db_, user_, "h2", 100, 200, "::1").ok());
  EXPECT_EQ(find_password_reset(*db_, "h1", 250).status().kind(), Kind::kNotFound);  // expired
  auto found = find_password_reset(*db_, "h1", 150);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->second, user_);
  EXPECT_TRUE(*use_password_reset(*db_, found->first, user_, 160));
  EXPECT_FALSE(*use_password_reset(*db_, found->first, user_, 161));
  EXPECT_EQ(find_password_reset(*db_, "h2", 170).status().kind(),
            Kind::kNotFound);  // closed with it
  EXPECT_EQ(*count_password_resets_since(*db_, user_, 0), 2);
}

INSTANTIATE_TEST_SUITE_P(Db, PlatformStoreTest, ::testing::ValuesIn(testing::test_backends()));

}  // namespace
}  // namespace atgt::store
