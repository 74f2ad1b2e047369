// Plain records: units of the dated registry (versions, events, successions) and the data an
// OrgIndex is built from.
// No behaviour; the store reads and writes them, domain/ reasons about them, api/ shows them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace atgt::model {

inline constexpr const char* kSinceEver = "1900-01-01";

struct UnitTypeRecord {
  std::string code, name, side, level;
  int64_t sort_order = 0;
};

struct UnitVersion {
  int64_t version_id = 0;
  int64_t unit_id = 0;
  std::string code;
  std::string valid_from = kSinceEver;
  std::optional<std::string> valid_to;
  std::string name;
  std::optional<std::string> short_name;
  std::string type;
  std::optional<int64_t> parent_id;
  std::optional<std::string> address, phone, email, source, note;
  // Where the row came from (files, dataset fields, derivations): shown to registry editors only.
  std::optional<std::string> provenance;
  std::optional<double> latitude, longitude;
  std::string flags;  // ';'-separated: demo, unverified
  // Filled by unit_versions() only: the parent's name on this version's first day (or its
  // latest name when the parent had ended by then).
  std::optional<std::string> parent_name;
};

struct EventLink {
  int64_t unit_id = 0;
  std::string code;
  std::string name;
  std::string role;  // subject | predecessor | successor
  bool partial = false;
};

struct UnitEvent {
  int64_t id = 0;
  std::optional<std::string> ext_id;
  std::string kind;
  std::string date;
  std::string flags;
  std::optional<std::string> source, note;
  std::optional<std::string> provenance;  // registry editors only (see UnitVersion)
  std::optional<int64_t> created_by;
  std::vector<EventLink> links;
};

// A succession edge: `from` passed (wholly or partly) to `to` on `date`. Every link of a split is
// partial (each successor took a part); other links are partial when the event says so.
struct Succession {
  int64_t from = 0, to = 0;
  std::string date;
  bool partial = false;
};

// Everything an in-memory organisation index is built from: every version, every succession
// link and the side of every unit type.
struct OrgData {
  std::vector<UnitVersion> versions;
  std::vector<Succession> successions;
  std::unordered_map<std::string, std::string> type_sides;
};

}  // namespace atgt::model
