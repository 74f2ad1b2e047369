// The dated organisation registry: units, their versions (name/type/parent over a validity
// period, inclusive dates, '1900-01-01' = since before our records), change events and their
// links (subject / predecessor / successor), and the unit-type catalogue. SQL only.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/db.h"

namespace atgt::store {

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

Result<std::vector<UnitTypeRecord>> list_unit_types(Db& db);
Status upsert_unit_type(Db& db, const UnitTypeRecord& t);

// Which roles each unit type may hold.
struct RoleUnitType {
  std::string role, unit_type;
  std::optional<std::string> note;
};
Result<std::vector<RoleUnitType>> list_role_unit_types(Db& db);
Status upsert_role_unit_type(Db& db, const RoleUnitType& r);

// Every version valid on `date`, with the unit code.
Result<std::vector<UnitVersion>> versions_as_of(Db& db, const std::string& date);
// Every version of every unit (for period queries and the access cache).
Result<std::vector<UnitVersion>> all_versions(Db& db);
// A unit's versions, oldest first; kNotFound when the unit does not exist.
Result<std::vector<UnitVersion>> unit_versions(Db& db, int64_t unit_id);
// Units of which every word of `fold_query` starts a word of a name the unit has or had, of a
// short name or of the code (accent- and case-insensitive, through search_terms); one version
// per unit: the one valid on `date` when given (units not valid then are skipped), else the
// latest. Ordered by folded name. insert_unit / insert_version keep the index.
Result<std::vector<UnitVersion>> search_units(Db& db, const std::string& fold_query,
                                              const std::optional<std::string>& date, int limit);
Result<int64_t> unit_id_by_code(Db& db, const std::string& code);
Result<int64_t> count_units(Db& db);
// Change events whose flags include "unverified" (their source still needs checking).
Result<int64_t> count_unverified_events(Db& db);

// kConflict when the code exists.
Result<int64_t> insert_unit(Db& db, const std::string& code, int64_t now);
Result<int64_t> insert_version(Db& db, const UnitVersion& v);
// Sets valid_to on one version.
Status end_version(Db& db, int64_t version_id, const std::string& valid_to);

Result<int64_t> insert_event(Db& db, const UnitEvent& e, int64_t now);
// Events that link the unit, newest first, with all their links.
Result<std::vector<UnitEvent>> events_for_unit(Db& db, int64_t unit_id);
Result<std::vector<Succession>> all_successions(Db& db);

// Everything an in-memory organisation index is built from: every version, every succession
// link and the side of every unit type.
struct OrgData {
  std::vector<UnitVersion> versions;
  std::vector<Succession> successions;
  std::unordered_map<std::string, std::string> type_sides;
};
Result<OrgData> load_org_data(Db& db);

// A counter bumped by every registry write, so caches in any server process can tell when to
// reload.
Result<int64_t> registry_revision(Db& db);
Status bump_registry_revision(Db& db);

}  // namespace atgt::store
