// The organisation as of any date, in memory: parents by date, subtrees, successors and
// predecessors. Built from the registry's versions and succession links; immutable once built
// (share it between threads as shared_ptr<const OrgIndex>).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/units_store.h"

namespace atgt {

class OrgIndex {
 public:
  OrgIndex(std::vector<store::UnitVersion> versions, std::vector<store::Succession> successions);

  bool exists(int64_t unit) const { return by_unit_.count(unit) != 0; }
  // The version valid on `date` (ISO text), or nullptr.
  const store::UnitVersion* version_at(int64_t unit, const std::string& date) const;
  // The latest version, or nullptr when the unit does not exist.
  const store::UnitVersion* latest(int64_t unit) const;
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
  size_t unit_count() const { return by_unit_.size(); }

 private:
  std::unordered_map<int64_t, std::vector<store::UnitVersion>> by_unit_;  // sorted by valid_from
  std::unordered_map<int64_t, std::vector<store::Succession>> forward_;   // from -> links
  std::unordered_map<int64_t, std::vector<int64_t>> backward_;            // to -> from
  std::vector<std::string> change_dates_;  // every valid_from and day after valid_to, sorted
};

}  // namespace atgt
