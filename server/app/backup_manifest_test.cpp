// manifest.json checks: a restore must refuse anything damaged before touching anything.
#include "app/backup_manifest.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace atgt::app {
namespace {

const std::string kSha(64, 'a');

Manifest sample() {
  Manifest m;
  m.created_at_us = 1700000000000000;
  m.schema_version = 2;
  m.database = "sqlite";
  m.database_file = "database.sqlite";
  m.database_sha256 = std::string(64, 'b');
  m.database_size = 4096;
  m.tables = {{"files", 1}, {"units", 3}};
  m.files = {{"aa/" + kSha, kSha, 12}};
  return m;
}

// The sample's JSON with one field replaced (or removed when `value` is null).
std::string with(const char* key, boost::json::value value) {
  auto o = boost::json::parse(manifest_json(sample())).as_object();
  if (value.is_null())
    o.erase(key);
  else
    o[key] = value;
  return boost::json::serialize(o);
}

TEST(BackupManifest, RoundTrips) {
  auto m = parse_manifest(manifest_json(sample()));
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(m->schema_version, 2);
  EXPECT_EQ(m->database_sha256, std::string(64, 'b'));
  EXPECT_EQ(m->tables, sample().tables);
  ASSERT_EQ(m->files.size(), 1u);
  EXPECT_EQ(m->files[0].path, "aa/" + kSha);
  EXPECT_EQ(product_manifest_time(manifest_json(sample())), 1700000000000000);
}

TEST(BackupManifest, DamagedOrForeignManifestsAreRefused) {
  struct Case {
    const char* what;
    std::string text;
  };
  boost::json::array traversal{
      boost::json::object{{"path", "../../etc/passwd"}, {"sha256", kSha}, {"size", 1}}};
  boost::json::array wrong_dir{
      boost::json::object{{"path", "bb/" + kSha}, {"sha256", kSha}, {"size", 1}}};
  boost::json::array bad_sha{boost::json::object{
      {"path", "AA/" + std::string(64, 'A')}, {"sha256", std::string(64, 'A')}, {"size", 1}}};
  const Case cases[] = {
      {"not JSON", "{\"product\": "},
      {"truncated", manifest_json(sample()).substr(0, 80)},
      {"another product", with("product", "something-else")},
      {"no product", with("product", nullptr)},
      {"future format", with("format", 2)},
      {"missing digest", with("database_sha256", nullptr)},
      {"short digest", with("database_sha256", "abc")},
      {"unknown database", with("database", "mysql")},
      {"file name for another kind", with("database_file", "database.dump")},
      {"schema zero", with("schema_version", 0)},
      {"schema as text", with("schema_version", "2")},
      {"negative size", with("database_size", -1)},
      {"path traversal", with("files", traversal)},
      {"path not matching digest", with("files", wrong_dir)},
      {"upper-case digest", with("files", bad_sha)},
      {"tables not an object", with("tables", boost::json::array{})},
  };
  for (const auto& c : cases) {
    auto m = parse_manifest(c.text);
    EXPECT_FALSE(m.ok()) << c.what;
    if (!m.ok()) {
      EXPECT_EQ(m.status().code(), "backup_damaged") << c.what;
      EXPECT_FALSE(m.status().message().empty());
    }
  }
  EXPECT_FALSE(product_manifest_time(with("product", "other")).has_value());
  EXPECT_FALSE(product_manifest_time("[]").has_value());
}

}  // namespace
}  // namespace atgt::app
