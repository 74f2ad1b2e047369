// Plain records: decrees, behaviour categories and violation codes (migration 0012).
// No behaviour; domain/violation_codes.h checks them, the store reads and writes them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace atgt::model {

struct Decree {
  std::string code;    // "ND168"
  std::string number;  // "168/2024/NĐ-CP"
  std::string title;
  std::optional<std::string> signed_on;
  std::string effective_from;               // 'YYYY-MM-DD'
  std::optional<std::string> effective_to;  // last day in force; nullopt: still in force
  std::optional<std::string> source;
  int64_t updated_at = 0;
};

struct BehaviourCategory {
  std::string code;  // "no_helmet_rider"
  std::string label_vi, label_en;
  int position = 0;
  int64_t updated_at = 0;
};

struct ViolationCode {
  int64_t id = 0;
  std::string decree;  // "ND168"
  std::string code;    // "7.2.h": article.clause[.point]
  int article = 0;
  std::string clause;  // "2", "1a"
  std::string point;   // "h"; "" for a clause without points
  std::string vehicle_kind;
  std::string description;
  std::optional<int64_t> fine_min, fine_max;  // VND; nullopt: no fine
  std::optional<int> licence_points;
  std::optional<std::string> additional_sanctions;
  bool impoundable = false;
  std::string effective_from;
  std::optional<std::string> effective_to;
  std::string category;
  std::optional<std::string> source, notes;
  std::optional<std::string> review_note;  // set: flagged for an administrator
  int64_t updated_at = 0;
  std::optional<int64_t> updated_by;
};

}  // namespace atgt::model
