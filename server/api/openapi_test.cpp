#include "api/openapi.h"

#include <gtest/gtest.h>

#include "api/route.h"

namespace atgt::api {
namespace {
namespace json = boost::json;

const json::object& schema(const std::string& name) {
  return openapi_document().at("components").at("schemas").at(name).as_object();
}

// A closed object schema with typed properties that does not accept {}.
void expect_closed(const std::string& name) {
  SCOPED_TRACE(name);
  const auto& s = schema(name);
  ASSERT_EQ(s.at("type"), "object");
  ASSERT_TRUE(s.contains("additionalProperties"));
  EXPECT_EQ(s.at("additionalProperties"), false);
  ASSERT_TRUE(s.contains("properties"));
  EXPECT_FALSE(s.at("properties").as_object().empty());
  for (const auto& p : s.at("properties").as_object()) {
    const auto& prop = p.value().as_object();
    EXPECT_TRUE(prop.contains("type") || prop.contains("$ref") || prop.contains("enum")) << p.key();
  }
  bool rejects_empty = (s.contains("required") && !s.at("required").as_array().empty()) ||
                       (s.contains("minProperties") && s.at("minProperties").as_int64() > 0);
  EXPECT_TRUE(rejects_empty) << "schema would accept {}";
}

TEST(OpenApi, EveryRouteIsDocumentedWithClosedSchemas) {
  const auto& paths = openapi_document().at("paths").as_object();
  size_t ops = 0;
  for (const auto& r : routes()) {
    SCOPED_TRACE(r.operation_id);
    ASSERT_TRUE(paths.contains(r.pattern));
    std::string m = r.method;
    for (auto& c : m) c = static_cast<char>(std::tolower(c));
    const auto& op = paths.at(r.pattern).at(m).as_object();
    EXPECT_EQ(op.at("operationId"), r.operation_id);
    // kFileBody: a raw file (documented as application/octet-stream), not a JSON schema.
    if (*r.request_schema && std::string(r.request_schema) != kFileBody)
      expect_closed(r.request_schema);
    if (*r.response_schema && std::string(r.response_schema) != kFileBody &&
        !binary_media_type(r.response_schema))
      expect_closed(r.response_schema);
    if (r.success_status != 204 && std::string(r.operation_id) != "getOpenApi")
      EXPECT_TRUE(*r.response_schema) << "a response body needs a schema";
    // An edit needs a request schema; a POST without one is an action that takes no body (the
    // dispatcher refuses a body there).
    if (std::string(r.method) == "PATCH" || std::string(r.method) == "PUT")
      EXPECT_TRUE(*r.request_schema) << "a write with a body needs a request schema";
    ++ops;
  }
  size_t documented = 0;
  for (const auto& p : paths) documented += p.value().as_object().size();
  EXPECT_EQ(documented, ops) << "the document has operations that are not in the route table";
}

TEST(OpenApi, OperationIdsAreUnique) {
  std::set<std::string> seen;
  for (const auto& r : routes()) EXPECT_TRUE(seen.insert(r.operation_id).second) << r.operation_id;
}

TEST(OpenApi, ErrorSchemaIsClosed) {
  expect_closed("Error");
}

}  // namespace
}  // namespace atgt::api
