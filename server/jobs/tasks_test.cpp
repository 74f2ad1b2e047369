// The file collector (files.collect): an unreferenced blob goes to the trash first and is deleted
// only an hour later if still unreferenced; a blob that a row references again comes back, so an
// upload of the same content racing the collector keeps its bytes (issue 7, defect 13).
#include "jobs/tasks.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "base/crypto.h"
#include "base/time.h"
#include "store/files_store.h"
#include "testing/test_db.h"

namespace atgt::jobs {
namespace {

namespace fs = std::filesystem;

TEST(FilesCollect, TrashFirstThenDeleteAndRestoreWhenReferencedAgain) {
  auto db = testing::fresh_db("sqlite");
  ASSERT_NE(db, nullptr);
  const char* tmp = std::getenv("ATGT_TEST_TMP");
  std::string root = std::string(tmp ? tmp : "/tmp") + "/collect-" + random_token(6);
  files::BlobStore blobs(root);
  ASSERT_TRUE(blobs.init().ok());
  auto a = blobs.put("contenu A");
  auto b = blobs.put("contenu B");
  ASSERT_TRUE(a.ok() && b.ok());
  const int64_t hour = 3600 * kMicrosPerSecond;
  int64_t t0 = now_micros() + 2 * hour;  // both blobs are now over an hour old

  ASSERT_TRUE(collect_files(*db, blobs, t0).ok());
  EXPECT_FALSE(fs::exists(root + "/" + a->sha256.substr(0, 2) + "/" + a->sha256));
  EXPECT_EQ(blobs.list_trash()->size(), 2u);  // trashed, not deleted

  // Meanwhile an upload of content A attaches a row to it: the next run brings it back.
  store::FileRecord f;
  f.sha256 = a->sha256;
  f.size = static_cast<int64_t>(a->size);
  f.mime = "text/plain";
  f.name = "a.txt";
  f.owner_kind = "upload";
  f.owner_id = 1;
  f.uploaded_at = now_micros();
  ASSERT_TRUE(store::insert_file(*db, f).ok());
  ASSERT_TRUE(collect_files(*db, blobs, t0 + 2 * hour).ok());
  EXPECT_TRUE(blobs.path_of(a->sha256).ok());
  EXPECT_FALSE(blobs.path_of(b->sha256).ok());  // B stayed unreferenced for an hour: gone
  EXPECT_TRUE(blobs.list_trash()->empty());

  // path_of() itself restores a trashed blob that a row needs.
  ASSERT_TRUE(blobs.trash(a->sha256).ok());
  EXPECT_TRUE(blobs.path_of(a->sha256).ok());
  fs::remove_all(root);
}

}  // namespace
}  // namespace atgt::jobs
