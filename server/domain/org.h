// The organisation as of any date, in memory: parents by date, subtrees, successors and
// predecessors. Built from the registry's versions and succession links; immutable once built
// (share it between threads as shared_ptr<const OrgIndex>).
//
// Every traversal is cycle-safe: a registry that somehow holds a cycle (an old database, a bug)
// answers finitely, and integrity_problems() reports the cycle.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "model/unit.h"

namespace atgt {

class OrgIndex {
 public:
  // `type_sides`: unit type code -> side ("education", "police", "other"); types missing from it
  // have the side "".
  OrgIndex(std::vector<model::UnitVersion> versions, std::vector<model::Succession> successions,
           std::unordered_map<std::string, std::string> type_sides = {});
  explicit OrgIndex(model::OrgData data)
      : OrgIndex(std::move(data.versions), std::move(data.successions), std::move(data.type_sides)) {}

  bool exists(int64_t unit) const { return by_unit_.count(unit) != 0; }
  // The version valid on `date` (ISO text), or nullptr.
  const model::UnitVersion* version_at(int64_t unit, const std::string& date) const;
  // The latest version, or nullptr when the unit does not exist.
  const model::UnitVersion* latest(int64_t unit) const;
  bool alive(int64_t unit, const std::string& date) const { return version_at(unit, date) != nullptr; }
  std::optional<int64_t> parent_at(int64_t unit, const std::string& date) const;
  // True when `unit` is `root` or below it on `date` (both must be valid then).
  bool in_subtree(int64_t unit, int64_t root, const std::string& date) const;
  // `root` and every unit below it on `date`.
  std::vector<int64_t> subtree(int64_t root, const std::string& date) const;
  // Every unit that was below `root` (or was `root`) on some day in [from, to].
  std::vector<int64_t> subtree_in_period(int64_t root, const std::string& from,
                                         const std::string& to) const;
  // The units alive on `date` that took over `unit`'s data, following succession links dated on
  // or before `date` transitively. A unit alive on `date` is its own successor.
  std::vector<int64_t> successors_as_of(int64_t unit, const std::string& date) const;
  // Every unit that `unit` succeeded, transitively (not including itself).
  std::vector<int64_t> predecessors(int64_t unit) const;
  // The succession links that end in `unit` (its direct predecessors, with date and partial).
  std::vector<model::Succession> links_into(int64_t unit) const;
  // The side of the unit's type on `date` (the latest version when not alive then); "" when
  // unknown.
  std::string side_of(int64_t unit, const std::string& date) const;
  // Units with a version that starts after `date` and names `unit` as its parent (children the
  // registry already records for later days).
  std::vector<int64_t> later_children(int64_t unit, const std::string& date) const;
  // The last day of the unit's life; nullopt while it is open (or when it does not exist).
  std::optional<std::string> last_day(int64_t unit) const;
  size_t unit_count() const { return by_unit_.size(); }
  // Every unit id, sorted.
  std::vector<int64_t> all_units() const;
  // Every day on which the tree may differ from the day before, sorted.
  const std::vector<std::string>& change_dates() const { return change_dates_; }

  // Integrity of the registry: parent cycles (on any day from `from` on), two versions of one
  // unit valid on the same day, parents that do not exist or are not alive on a version's
  // first day, and succession links to units that do not exist.
  struct Problem {
    std::string kind;  // cycle | overlap | dangling_parent | dangling_link
    int64_t unit = 0;
    std::string date;
    std::string detail;  // Vietnamese
  };
  std::vector<Problem> integrity_problems(const std::string& from = "1900-01-01") const;
  // The units on a parent cycle on `date` (empty when the tree is acyclic that day).
  std::vector<int64_t> cycle_at(const std::string& date) const;

 private:
  std::unordered_map<int64_t, std::vector<model::UnitVersion>> by_unit_;  // sorted by valid_from
  std::unordered_map<int64_t, std::vector<model::Succession>> forward_;   // from -> links
  std::unordered_map<int64_t, std::vector<model::Succession>> backward_;  // to -> links
  std::unordered_map<std::string, std::string> type_sides_;
  std::vector<std::string> change_dates_;  // every valid_from and day after valid_to, sorted
};

}  // namespace atgt
