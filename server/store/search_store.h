// The search index: accent- and case-folded words of the names of searchable entities, one row
// per (entity, id, word) in `search_terms`, so that every search is an index range lookup and
// never a table scan. Words are kept for every name an entity ever had (all unit versions), so
// a unit is found under a former name too. SQL only.
//
// Maintenance: the store write functions (insert_unit, insert_version, insert_user,
// update_user_profile) call these in the caller's transaction, so the index changes with the
// data. A later searchable noun calls add_terms / replace_terms from its own write functions
// and search_filter() from its queries.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/db.h"

namespace atgt::store {

inline constexpr const char* kSearchUnit = "unit";
inline constexpr const char* kSearchUser = "user";
// At most this many query words are used (the rest are ignored).
inline constexpr size_t kMaxSearchWords = 8;

// The distinct folded words of `text` (fold(), then split at anything that is not a letter or
// digit; a login "gv.hong-bang" also gives its whole self "gv.hong-bang"). Empty words dropped.
std::vector<std::string> search_words(std::string_view text);

// Adds the words of `texts` for the entity (existing words are kept).
Status add_terms(Db& db, const std::string& entity, int64_t id,
                 const std::vector<std::string>& texts);
// Replaces every word of the entity by the words of `texts`.
Status replace_terms(Db& db, const std::string& entity, int64_t id,
                     const std::vector<std::string>& texts);

// A condition "<id_column> IN (...)" matching the entities of which every query word is a prefix
// of some word, with its parameters appended to `params`. An empty query matches nothing; the
// caller checks for that first. Each word is a range (term >= w AND term < w + max) on the
// (term, entity) index on both databases.
std::string search_filter(Dialect dialect, const std::string& entity, const std::string& id_column,
                          std::string_view query, Params& params);

// Rebuilds the index of units and users when `search_terms` is empty but units or users exist
// (a database created before the index, or restored from such a backup). Returns the number
// of words written (0 when nothing was needed). Runs in its own transaction.
Result<int64_t> backfill_search_terms(Db& db);

}  // namespace atgt::store
