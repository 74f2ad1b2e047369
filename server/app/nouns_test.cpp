#include "app/nouns.h"

#include <gtest/gtest.h>

#include <set>

#include "domain/access.h"

namespace atgt {
namespace {

TEST(Nouns, AssemblyRegistersEveryOwnerKindAndHomeItemOnce) {
  api::Nouns n;
  ASSERT_TRUE(app::register_nouns(n).ok());
  // The owner kinds the product writes today (files_api, unit documents, jobs).
  for (const char* kind : {"upload", "unit", "job_input", "job_result"})
    EXPECT_NE(n.file_owner(kind), nullptr) << kind;
  EXPECT_EQ(n.file_owner("mystery"), nullptr);
  std::set<std::string> kinds;
  for (const auto& h : n.home_items()) {
    EXPECT_TRUE(kinds.insert(h.kind).second) << h.kind;
    EXPECT_EQ(h.link.front(), '/') << h.kind;
  }
  EXPECT_TRUE(kinds.count("users_disabled"));
  EXPECT_TRUE(kinds.count("jobs_failed"));
  // Assembling twice into the same list is refused, not silently doubled.
  EXPECT_FALSE(app::register_nouns(n).ok());
}

TEST(Nouns, RefusesDuplicateOrIncompleteRegistrations) {
  api::Nouns n;
  auto read = [](api::Ctx&, store::Db&, const store::FileRecord&) { return Status::Ok(); };
  auto del = [](const Principal&, const store::FileRecord&) { return false; };
  EXPECT_TRUE(n.add_file_owner({"thing", read, del}).ok());
  EXPECT_FALSE(n.add_file_owner({"thing", read, del}).ok());
  EXPECT_FALSE(n.add_file_owner({"", read, del}).ok());
  EXPECT_FALSE(n.add_file_owner({"other", nullptr, del}).ok());
  auto count = [](api::Ctx&, store::Db&) -> Result<int64_t> { return 0; };
  EXPECT_TRUE(n.add_home_item({"a", "Việc A", "/a", std::nullopt, count}).ok());
  EXPECT_FALSE(n.add_home_item({"a", "Việc A", "/a", std::nullopt, count}).ok());
  EXPECT_FALSE(n.add_home_item({"b", "Việc B", "b", std::nullopt, count}).ok());
  EXPECT_FALSE(n.add_home_item({"c", "", "/c", std::nullopt, count}).ok());
}

}  // namespace
}  // namespace atgt
