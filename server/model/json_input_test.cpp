#include "model/json_input.h"

#include <gtest/gtest.h>

namespace atgt::model {
namespace {

TEST(ObjectReader, ReadsTypedFieldsAndNormalisesText) {
  auto r = ObjectReader::parse(
      R"({"name":"  Nguye\u0302\u0303n   Văn An ","n":5,"b":true,"ids":[1,2]})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->str("name", true), "Nguyễn Văn An");
  EXPECT_EQ(r->i64("n", true), 5);
  EXPECT_EQ(r->boolean("b", true), true);
  EXPECT_EQ(r->i64_list("ids", true), (std::vector<int64_t>{1, 2}));
  EXPECT_TRUE(r->finish().ok());
}

TEST(ObjectReader, CollectsFieldErrors) {
  auto r = ObjectReader::parse(R"({"n":"x","extra":1})");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->i64("n", true));
  EXPECT_FALSE(r->str("missing", true));
  Status st = r->finish();
  EXPECT_EQ(st.kind(), Kind::kInvalid);
  EXPECT_EQ(st.fields().size(), 3u);
  EXPECT_TRUE(st.fields().count("extra"));
}

TEST(ObjectReader, RejectsMalformedBodies) {
  EXPECT_EQ(ObjectReader::parse("{").status().code(), "invalid_json");
  EXPECT_EQ(ObjectReader::parse("[1]").status().code(), "invalid_body");
  EXPECT_EQ(ObjectReader::parse("{\"a\":\"\xff\"}").status().code(), "invalid_json");
  std::string deep(100, '[');
  EXPECT_EQ(ObjectReader::parse("{\"a\":" + deep).status().code(), "invalid_json");
}

TEST(ObjectReader, EnforcesLengthLimitsInCharacters) {
  auto r = ObjectReader::parse(R"({"s":"Đường"})");
  EXPECT_TRUE(r->str("s", true, 5));
  auto r2 = ObjectReader::parse(R"({"s":"Đường"})");
  EXPECT_FALSE(r2->str("s", true, 4));
}

// Found by fuzzing (tests/fuzz/crashes/json_object/nul-escape-in-string.json): "\u0000" reached
// the store, where PostgreSQL refuses NUL in text (a 500).
TEST(ObjectReader, RefusesControlCharactersInText) {
  for (const char* body :
       {R"({"name":"a\u0000b"})", R"({"name":"a\u001bb"})", R"({"name":"a\u007fb"})"}) {
    auto r = ObjectReader::parse(body);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->str("name", true, 100).has_value()) << body;
    EXPECT_FALSE(r->finish().ok()) << body;
  }
  // Numbers beyond a double (found by fuzzing: stored as "Infinity", which is not JSON).
  EXPECT_EQ(ObjectReader::parse(R"({"scale":1e400})").status().kind(), Kind::kBadRequest);
  EXPECT_EQ(ObjectReader::parse(R"({"p":{"a":[1,-1e999]}})").status().kind(), Kind::kBadRequest);
  auto ok = ObjectReader::parse(R"({"note":"dòng 1\ndòng 2\tcột"})");
  EXPECT_TRUE(ok->str("note", true, 100).has_value());
}

}  // namespace
}  // namespace atgt::model

namespace atgt::model {
namespace {

TEST(ObjectReader, ReadsBoundedNumbers) {
  auto r = ObjectReader::parse(R"({"lat": 20.85, "lon": 106, "bad": "1", "far": 200})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->f64("lat", true, -90, 90), 20.85);
  EXPECT_EQ(r->f64("lon", true, -180, 180), 106.0);
  EXPECT_EQ(r->f64("bad", true, -90, 90), std::nullopt);
  EXPECT_EQ(r->f64("far", true, -90, 90), std::nullopt);
  EXPECT_EQ(r->f64("none", false, -90, 90), std::nullopt);
  Status st = r->finish();
  EXPECT_EQ(st.fields().count("bad"), 1u);
  EXPECT_EQ(st.fields().count("far"), 1u);
  EXPECT_EQ(st.fields().count("lat"), 0u);
}

}  // namespace
}  // namespace atgt::model
