// SQL for the roster of one school and school year: which stored student each line is about, and
// the roster write (students, search terms, enrolments, guardians, vehicles). Set-based: the
// stored students a file can be about are read in a few statements for the whole file, and the
// rows are written by multi-row statements per block of lines (store/bulk.h), with the same
// outcome as identifying and writing line by line in file order.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/student.h"
#include "store/db.h"

namespace atgt::store {

using model::RosterEntry;

// The stored student a roster line is about: by personal id when the line has one (a student
// known by that id), else by folded name + date of birth among the students ever enrolled at
// `unit_id` (the lowest id first, skipping a student stored with another personal id). nullopt
// for a new student.
Result<std::optional<int64_t>> identify_student(Db& db, const RosterEntry& e, int64_t unit_id);

// identify_student of every line, each against the database as it is (the lines do not see each
// other: a preview), in a few statements for the whole list.
Result<std::vector<std::optional<int64_t>>> identify_students(Db& db,
                                                              const std::vector<RosterEntry>& rows,
                                                              int64_t unit_id);

struct RosterCounts {
  int64_t inserted = 0, updated = 0;
};

// Lines per block of the roster write: its statements (one COPY per table on PostgreSQL) and its
// progress step. Larger blocks mean fewer statements (512: about 95 COPY commands for 9,300
// students, each with its own setup) and a coarser progress bar.
inline constexpr size_t kRosterBlock = 4096;

// Writes a roster of one school unit and school year in the caller's transaction (on SQLite the
// write lock is held: Tx begins IMMEDIATE), as if line by line in file order: each line is
// identified (identify_student, seeing the lines before it), a new student is inserted and a
// known one updated (name, date of birth; sex and personal id when given; guardians and vehicles
// replaced when the line lists any), each one's enrolment of the year is set to this unit and
// class (a student enrolled elsewhere that year moves; earlier years stay), the search index
// follows the name, and `enrolments` (source 'roster', `level`) is upserted with the unit's
// roster size (and recounted for the schools students left); settings.roster_revision is bumped
// (servers rebuild their matching index, api/matching.h). Every row written carries
// `batch_id`. `progress(done)` is called after each block of `block_lines` lines (may return an
// error to stop; the caller's transaction then rolls back). Students' ids come from the table's
// own sequence (PostgreSQL; a few unused ones may be skipped) or follow the largest (SQLite).
Result<RosterCounts> write_roster(Db& db, int64_t unit_id, const std::string& school_year,
                                  const std::string& level, const std::vector<RosterEntry>& rows,
                                  const std::string& batch_id, int64_t now,
                                  std::optional<int64_t> user_id,
                                  const std::function<Status(int64_t)>& progress = {},
                                  size_t block_lines = kRosterBlock);

}  // namespace atgt::store
