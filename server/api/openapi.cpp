// OpenAPI document generation.
#include "api/openapi.h"

#include <string>

#include "api/common.h"
#include "api/handlers.h"
#include "api/route.h"
#include "base/embedded.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

json::object ref(const std::string& name) {
  return {{"$ref", "#/components/schemas/" + name}};
}

json::object build() {
  json::object doc;
  doc["openapi"] = "3.1.0";
  doc["info"] = json::object{{"title", "ATGT Học đường API"}, {"version", "1"},
                             {"description", "API của nền tảng phối hợp bảo đảm trật tự, an toàn giao thông cho lứa tuổi học sinh."}};
  json::object schemas = json::parse(embedded_api_schemas().at(0).data).as_object();
  json::object paths;
  for (const auto& r : routes()) {
    std::string path = r.pattern;
    json::object op;
    op["operationId"] = r.operation_id;
    op["summary"] = r.summary;
    op["tags"] = json::array{json::value(r.tag)};
    if (r.auth == Auth::kPublic) op["security"] = json::array{};
    if (r.need) {
      const CapabilityInfo& info = capability_info(*r.need);
      op["x-capability"] = info.code;
      op["description"] = std::string("Cần quyền: ") + info.name_vi + ".";
    }
    json::array params;
    for (size_t open = path.find('{'); open != std::string::npos; open = path.find('{', open + 1)) {
      std::string name = path.substr(open + 1, path.find('}', open) - open - 1);
      json::object schema = name == "id" ? json::object{{"type", "integer"}, {"minimum", 1}}
                                         : json::object{{"type", "string"}, {"maxLength", 100}};
      params.push_back(json::object{{"name", name}, {"in", "path"}, {"required", true}, {"schema", schema}});
    }
    for (const auto& q : r.query) {
      json::object schema = std::string(q.type) == "date"
                                ? json::object{{"type", "string"}, {"format", "date"}}
                                : json::object{{"type", q.type}};
      params.push_back(json::object{{"name", q.name}, {"in", "query"}, {"required", q.required},
                                    {"description", q.description}, {"schema", schema}});
    }
    if (!params.empty()) op["parameters"] = std::move(params);
    json::object binary{{"schema", json::object{{"type", "string"}, {"format", "binary"}}}};
    if (std::string(r.request_schema) == kFileBody)
      op["requestBody"] = json::object{{"required", true}, {"content", json::object{{"application/octet-stream", binary}}}};
    else if (*r.request_schema)
      op["requestBody"] = json::object{{"required", true},
                                       {"content", json::object{{"application/json", json::object{{"schema", ref(r.request_schema)}}}}}};
    json::object responses;
    std::string code = std::to_string(r.success_status);
    if (std::string(r.operation_id) == "getOpenApi")
      responses[code] = json::object{{"description", "Tài liệu OpenAPI"},
                                     {"content", json::object{{"application/json", json::object{{"schema", json::object{{"type", "object"}}}}}}}};
    else if (std::string(r.response_schema) == kFileBody)
      responses[code] = json::object{{"description", "Nội dung tệp"}, {"content", json::object{{"application/octet-stream", binary}}}};
    else if (const char* media = binary_media_type(r.response_schema))
      responses[code] = json::object{{"description", "Tệp tạo ra"}, {"content", json::object{{media, binary}}}};
    else if (*r.response_schema)
      responses[code] = json::object{{"description", "Thành công"},
                                     {"content", json::object{{"application/json", json::object{{"schema", ref(r.response_schema)}}}}}};
    else
      responses[code] = json::object{{"description", "Thành công, không có nội dung"}};
    responses["default"] = json::object{{"description", "Lỗi"},
                                        {"content", json::object{{"application/json", json::object{{"schema", ref("Error")}}}}}};
    op["responses"] = std::move(responses);
    std::string method = r.method;
    for (auto& ch : method) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!paths.contains(path)) paths[path] = json::object{};
    paths[path].as_object()[method] = std::move(op);
  }
  doc["paths"] = std::move(paths);
  doc["components"] = json::object{
      {"schemas", std::move(schemas)},
      {"securitySchemes", json::object{{"session", json::object{{"type", "apiKey"}, {"in", "cookie"}, {"name", "atgt_session"}}},
                                       {"bearer", json::object{{"type", "http"}, {"scheme", "bearer"}}}}}};
  doc["security"] = json::array{json::object{{"session", json::array{}}}, json::object{{"bearer", json::array{}}}};
  return doc;
}

}  // namespace

const json::object& openapi_document() {
  static const json::object doc = build();
  return doc;
}

Result<Reply> get_openapi(Ctx&) { return json_reply(openapi_document()); }

}  // namespace atgt::api
