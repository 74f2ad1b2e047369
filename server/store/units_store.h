// The dated organisation registry: units, their versions (name/type/parent over a validity
// period, inclusive dates, '1900-01-01' = since before our records), change events and their
// links (subject / predecessor / successor), and the unit-type catalogue. SQL only.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/unit.h"
#include "store/db.h"

namespace atgt::store {

using model::kSinceEver;

using model::UnitTypeRecord;

using model::UnitVersion;

using model::EventLink;

using model::UnitEvent;

using model::Succession;

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
// Events dated after `after` and on or before `until` (ISO dates), oldest first, with their links;
// a link's name is the unit's name before the event.
Result<std::vector<UnitEvent>> events_between(Db& db, const std::string& after, const std::string& until);
// Events whose flags include `flag`, newest first (by id), with their links; a page of `limit`
// events with ids below `before_id` when given.
Result<std::vector<UnitEvent>> events_with_flag(Db& db, const std::string& flag,
                                                std::optional<int64_t> before_id, int limit);
// One event with its links; kNotFound when it does not exist.
Result<UnitEvent> get_event(Db& db, int64_t id);
// Replaces an event's flags and source (verifying an event against its legal basis).
Status set_event_source(Db& db, int64_t id, const std::string& flags, const std::string& source);
Result<std::vector<Succession>> all_successions(Db& db);

using model::OrgData;
Result<OrgData> load_org_data(Db& db);

// A counter bumped by every registry write, so caches in any server process can tell when to
// reload.
Result<int64_t> registry_revision(Db& db);
Status bump_registry_revision(Db& db);

}  // namespace atgt::store
