// Plain records: One row of the audit log.
// No behaviour; the store reads and writes them, domain/ reasons about them, api/ shows them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace atgt::model {

struct AuditEntry {
  int64_t id = 0;
  int64_t at = 0;
  std::optional<int64_t> user_id;
  std::string user_login;  // filled by list_audit
  std::string ip;
  std::string action;  // "create", "update", "delete", "login", "logout", ...
  std::string entity;  // "user", "unit", "unit_event", "session", "api_token"
  std::optional<std::string> entity_id;
  std::optional<std::string> batch_id;
  std::string changes_json = "{}";  // {"field": [old, new]} or a summary object
};

}  // namespace atgt::model
