// SQL for a school's roster (see roster_store.h): the set-based identification and the write.
#include "store/roster_store.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <set>
#include <unordered_map>

#include "base/text.h"
#include "store/bulk.h"
#include "store/search_store.h"
#include "store/students_store.h"

namespace atgt::store {
namespace {

std::string plate_fold(const std::string& plate) {
  std::string out;
  for (char ch : fold(plate))
    if (std::isalnum(static_cast<unsigned char>(ch))) out += ch;
  return out;
}

std::string person_key(const std::string& name_fold, const std::string& birth_date) {
  return name_fold + '\x1f' + birth_date;
}

// A stored student as identification sees it.
struct Known {
  std::optional<std::string> personal_id;
  std::string name_fold, birth_date;
  bool at_unit = false;  // enrolled at the unit in some school year
};

// The students a list of roster lines can be about, in memory: every student stored with a
// personal id of the list, and every student ever enrolled at the unit with a folded name and
// birth date of the list; then kept current by put() as the write goes on. identify() answers
// what identify_student would answer against the database in the same state.
class RosterIndex {
 public:
  Status load(Db& db, const std::vector<RosterEntry>& rows, const std::vector<std::string>& folds,
              int64_t unit_id) {
    Params pids, keys;
    std::set<std::string> seen_pid, seen_key;
    for (size_t i = 0; i < rows.size(); ++i) {
      if (rows[i].personal_id && seen_pid.insert(*rows[i].personal_id).second)
        pids.emplace_back(*rows[i].personal_id);
      if (seen_key.insert(person_key(folds[i], rows[i].birth_date)).second) {
        keys.emplace_back(folds[i]);
        keys.emplace_back(rows[i].birth_date);
      }
    }
    // Each item of the list is looked up by index. SQLite: `k CROSS JOIN students` walks the list
    // first (a plain join may scan the students). PostgreSQL: a LATERAL subquery behind `OFFSET 0`
    // (not pulled up into the join), since its planner otherwise hashes the list and scans the
    // whole students table per statement. Both: `+e.unit_id` finds the enrolment by its primary
    // key (student, year); on the index of (unit, year, class) both planners may walk the whole
    // school's roster per student.
    const bool pg = db.dialect() == Dialect::kPostgres;
    ATGT_ASSIGN_OR_RETURN(
        auto by_pid,
        bulk_query(db,
                   pg ? "WITH k(p) AS (VALUES {rows}) SELECT s.* FROM k CROSS JOIN LATERAL "
                        "(SELECT t.id, t.personal_id, t.name_fold, t.birth_date, EXISTS (SELECT 1 "
                        "FROM student_enrolments e WHERE e.student_id = t.id AND +e.unit_id = ?) "
                        "FROM students t WHERE t.personal_id = k.p OFFSET 0) s"
                      : "WITH k(p) AS (VALUES {rows}) SELECT s.id, s.personal_id, s.name_fold, "
                        "s.birth_date, EXISTS (SELECT 1 FROM student_enrolments e WHERE "
                        "e.student_id = s.id AND +e.unit_id = ?) FROM k CROSS JOIN students s "
                        "WHERE s.personal_id = k.p",
                   "(CAST(? AS TEXT))", 1, pids, {unit_id}));
    for (size_t i = 0; i < by_pid.size(); ++i) add(by_pid[i], by_pid[i].i64(4) != 0);
    // By name and birth date only among students ever enrolled at the unit: none at a school
    // without any enrolment yet (its first roster).
    ATGT_ASSIGN_OR_RETURN(
        auto any,
        db.query("SELECT 1 FROM student_enrolments WHERE unit_id = ? LIMIT 1", {unit_id}));
    if (any.empty()) return Status::Ok();
    ATGT_ASSIGN_OR_RETURN(
        auto by_name,
        bulk_query(db,
                   pg ? "WITH k(n, b) AS (VALUES {rows}) SELECT s.* FROM k CROSS JOIN LATERAL "
                        "(SELECT t.id, t.personal_id, t.name_fold, t.birth_date FROM students t "
                        "WHERE t.name_fold = k.n AND t.birth_date = k.b AND EXISTS (SELECT 1 FROM "
                        "student_enrolments e WHERE e.student_id = t.id AND +e.unit_id = ?) "
                        "OFFSET 0) s"
                      : "WITH k(n, b) AS (VALUES {rows}) SELECT s.id, s.personal_id, s.name_fold, "
                        "s.birth_date FROM k CROSS JOIN students s WHERE s.name_fold = k.n AND "
                        "s.birth_date = k.b AND EXISTS (SELECT 1 FROM student_enrolments e WHERE "
                        "e.student_id = s.id AND +e.unit_id = ?)",
                   "(CAST(? AS TEXT), CAST(? AS TEXT))", 2, keys, {unit_id}));
    for (size_t i = 0; i < by_name.size(); ++i) add(by_name[i], true);
    return Status::Ok();
  }

  // identify_student's answer for `e` (`name_fold` = fold(e.full_name)).
  std::optional<int64_t> identify(const RosterEntry& e, const std::string& name_fold) const {
    if (e.personal_id) {
      auto it = by_pid_.find(*e.personal_id);
      if (it != by_pid_.end()) return it->second;
    }
    auto it = by_key_.find(person_key(name_fold, e.birth_date));
    if (it == by_key_.end()) return std::nullopt;
    for (int64_t id : it->second) {  // ascending ids
      const auto& pid = students_.at(id).personal_id;
      if (e.personal_id && pid && *pid != *e.personal_id) continue;  // another child
      return id;
    }
    return std::nullopt;
  }

  const Known* find(int64_t id) const {
    auto it = students_.find(id);
    return it == students_.end() ? nullptr : &it->second;
  }

  // Records student `id` (new or known) as it now is.
  void put(int64_t id, Known k) {
    if (auto it = students_.find(id); it != students_.end()) {
      const Known& old = it->second;
      if (old.personal_id) by_pid_.erase(*old.personal_id);
      if (old.at_unit) {
        auto key = by_key_.find(person_key(old.name_fold, old.birth_date));
        if (key != by_key_.end()) key->second.erase(id);
      }
    }
    if (k.personal_id) by_pid_[*k.personal_id] = id;
    if (k.at_unit) by_key_[person_key(k.name_fold, k.birth_date)].insert(id);
    students_[id] = std::move(k);
  }

 private:
  void add(Row r, bool at_unit) {
    int64_t id = r.i64(0);
    bool was_at_unit = false;
    if (const Known* k = find(id)) was_at_unit = k->at_unit;
    put(id, Known{r.opt_str(1), r.str(2), r.str(3), at_unit || was_at_unit});
  }

  std::unordered_map<int64_t, Known> students_;
  std::unordered_map<std::string, int64_t> by_pid_;
  std::unordered_map<std::string, std::set<int64_t>> by_key_;  // at the unit only
};

// New students' ids, in increasing order. SQLite: after the largest stored id (the caller's
// transaction holds the write lock). PostgreSQL: drawn from the table's identity sequence, at most
// `wanted` at a time; the ones drawn and not used are skipped, as after a rollback.
class IdSource {
 public:
  Result<int64_t> next(Db& db, size_t wanted) {
    if (next_ == end_) {
      if (db.dialect() == Dialect::kSqlite) {
        ATGT_ASSIGN_OR_RETURN(next_,
                              db.scalar_i64("SELECT COALESCE(MAX(id), 0) + 1 FROM students"));
        end_ = INT64_MAX;
      } else {
        ATGT_ASSIGN_OR_RETURN(
            auto rows, db.query("SELECT nextval(pg_get_serial_sequence('students', 'id')) FROM "
                                "generate_series(1, CAST(? AS INTEGER))",
                                {static_cast<int64_t>(std::max<size_t>(wanted, 1))}));
        pool_.clear();
        for (size_t i = 0; i < rows.size(); ++i) pool_.push_back(rows[i].i64(0));
        std::sort(pool_.begin(), pool_.end());
        next_ = 0;
        end_ = static_cast<int64_t>(pool_.size());
      }
    }
    if (pool_.empty()) return next_++;
    return pool_[static_cast<size_t>(next_++)];
  }

 private:
  std::vector<int64_t> pool_;  // PostgreSQL: drawn ids; next_/end_ index it
  int64_t next_ = 0, end_ = 0;
};

// What a block of lines does to one student: the last line about it decides the name, birth date
// and class; a given personal id or sex is kept (the last one given); the last line listing
// guardians (vehicles) decides them.
struct Pending {
  int64_t id = 0;
  bool fresh = false;  // inserted by this block
  const RosterEntry* last = nullptr;
  const std::string* name_fold = nullptr;
  std::optional<std::string> personal_id, sex;
  const RosterEntry* guardians = nullptr;
  const RosterEntry* vehicles = nullptr;
};

// Writes one block's students (see write_roster): the new ones by copy_rows (no conflict is
// possible for a new id), the known ones by multi-row statements. Adds to `left` the schools
// where known students were enrolled in `school_year` before this write moved them.
Status write_block(Db& db, int64_t unit_id, const std::string& school_year,
                   const std::vector<Pending>& block, const std::string& batch_id, int64_t now,
                   std::set<int64_t>& left) {
  Params fresh, known, known_ids, terms, enrol_fresh, enrol_known, old_guardians, guardians,
      old_vehicles, vehicles;
  for (const auto& p : block) {
    const RosterEntry& e = *p.last;
    if (p.fresh) {
      for (Value v : {Value(p.id), opt(p.personal_id), Value(e.full_name), Value(*p.name_fold),
                      Value(e.birth_date), opt(p.sex), Value(now), Value(now), Value(batch_id)})
        fresh.push_back(std::move(v));
    } else {
      for (Value v : {Value(p.id), opt(p.personal_id), Value(e.full_name), Value(*p.name_fold),
                      Value(e.birth_date), opt(p.sex)})
        known.push_back(std::move(v));
      known_ids.emplace_back(p.id);
      if (p.guardians) old_guardians.emplace_back(p.id);
      if (p.vehicles) old_vehicles.emplace_back(p.id);
    }
    for (auto& w : search_words(e.full_name))
      for (Value v : {Value(std::string(kSearchStudent)), Value(p.id), Value(std::move(w))})
        terms.push_back(std::move(v));
    Params& enrolled = p.fresh ? enrol_fresh : enrol_known;
    for (Value v : {Value(p.id), Value(unit_id), Value(school_year), Value(e.class_name),
                    Value(now), Value(batch_id)})
      enrolled.push_back(std::move(v));
    if (p.guardians)
      for (const auto& g : p.guardians->guardians)
        for (Value v :
             {Value(p.id), Value(g.name), Value(g.relation), Value(g.phone), Value(batch_id)})
          guardians.push_back(std::move(v));
    if (p.vehicles)
      for (const auto& v : p.vehicles->vehicles)
        for (Value x : {Value(p.id), Value(v.plate), Value(plate_fold(v.plate)), Value(v.kind),
                        Value(batch_id)})
          vehicles.push_back(std::move(x));
  }
  ATGT_TRY(db.copy_rows("students",
                        "id, personal_id, full_name, name_fold, birth_date, sex, created_at, "
                        "updated_at, batch_id",
                        9, fresh));
  // The VALUES list is typed by CAST: PostgreSQL cannot infer a type for a parameter there.
  ATGT_TRY(bulk_execute(
      db,
      "WITH v(id, personal_id, full_name, name_fold, birth_date, sex) AS (VALUES {rows}) "
      "UPDATE students SET personal_id = COALESCE(v.personal_id, students.personal_id), "
      "full_name = v.full_name, name_fold = v.name_fold, birth_date = v.birth_date, "
      "sex = COALESCE(v.sex, students.sex), updated_at = ?, batch_id = ? FROM v "
      "WHERE students.id = v.id",
      "(CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), "
      "CAST(? AS TEXT))",
      6, known, {now, batch_id}));
  // Every student is once in a block and its words are distinct: after the known students'
  // words are deleted, no word of the block is stored.
  ATGT_TRY(bulk_execute(db, "DELETE FROM search_terms WHERE entity_id IN ({rows}) AND entity = ?",
                        "?", 1, known_ids, {std::string(kSearchStudent)}));
  ATGT_TRY(db.copy_rows("search_terms", "entity, entity_id, term", 3, terms));
  ATGT_ASSIGN_OR_RETURN(
      auto moved, bulk_query(db,
                             "SELECT DISTINCT unit_id FROM student_enrolments WHERE student_id IN "
                             "({rows}) AND school_year = ? AND unit_id <> ?",
                             "?", 1, known_ids, {school_year, unit_id}));
  for (size_t i = 0; i < moved.size(); ++i) left.insert(moved[i].i64(0));
  ATGT_TRY(db.copy_rows("student_enrolments",
                        "student_id, unit_id, school_year, class_name, updated_at, batch_id", 6,
                        enrol_fresh));
  ATGT_TRY(bulk_execute(
      db,
      "INSERT INTO student_enrolments (student_id, unit_id, school_year, class_name, updated_at, "
      "batch_id) VALUES {rows} ON CONFLICT (student_id, school_year) DO UPDATE SET unit_id = "
      "excluded.unit_id, class_name = excluded.class_name, updated_at = excluded.updated_at, "
      "batch_id = excluded.batch_id",
      "(?, ?, ?, ?, ?, ?)", 6, enrol_known));
  ATGT_TRY(bulk_execute(db, "DELETE FROM guardians WHERE student_id IN ({rows})", "?", 1,
                        old_guardians));
  ATGT_TRY(db.copy_rows("guardians", "student_id, name, relation, phone, batch_id", 5, guardians));
  ATGT_TRY(bulk_execute(db, "DELETE FROM student_vehicles WHERE student_id IN ({rows})", "?", 1,
                        old_vehicles));
  ATGT_TRY(db.copy_rows("student_vehicles", "student_id, plate, plate_fold, kind, batch_id", 5,
                        vehicles));
  return Status::Ok();
}

std::vector<std::string> folds_of(const std::vector<RosterEntry>& rows) {
  std::vector<std::string> out;
  out.reserve(rows.size());
  for (const auto& e : rows) out.push_back(fold(e.full_name));
  return out;
}

}  // namespace

Result<std::optional<int64_t>> identify_student(Db& db, const RosterEntry& e, int64_t unit_id) {
  ATGT_ASSIGN_OR_RETURN(auto ids, identify_students(db, {e}, unit_id));
  return ids[0];
}

Result<std::vector<std::optional<int64_t>>> identify_students(Db& db,
                                                              const std::vector<RosterEntry>& rows,
                                                              int64_t unit_id) {
  auto folds = folds_of(rows);
  RosterIndex index;
  ATGT_TRY(index.load(db, rows, folds, unit_id));
  std::vector<std::optional<int64_t>> out;
  out.reserve(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) out.push_back(index.identify(rows[i], folds[i]));
  return out;
}

Result<RosterCounts> write_roster(Db& db, int64_t unit_id, const std::string& school_year,
                                  const std::string& level, const std::vector<RosterEntry>& rows,
                                  const std::string& batch_id, int64_t now,
                                  std::optional<int64_t> user_id,
                                  const std::function<Status(int64_t)>& progress,
                                  size_t block_lines) {
  RosterCounts counts;
  block_lines = std::max<size_t>(block_lines, 1);
  auto folds = folds_of(rows);
  RosterIndex index;
  ATGT_TRY(index.load(db, rows, folds, unit_id));
  IdSource ids;
  std::set<int64_t> left;  // schools students left in `school_year`
  for (size_t start = 0; start < rows.size(); start += block_lines) {
    size_t end = std::min(rows.size(), start + block_lines);
    std::vector<Pending> block;
    std::unordered_map<int64_t, size_t> slot;  // student id -> index in block
    for (size_t i = start; i < end; ++i) {
      const RosterEntry& e = rows[i];
      auto id = index.identify(e, folds[i]);
      Known now_known{e.personal_id, folds[i], e.birth_date, true};
      if (id) {
        ++counts.updated;
        if (!now_known.personal_id) now_known.personal_id = index.find(*id)->personal_id;
      } else {
        ++counts.inserted;
        ATGT_ASSIGN_OR_RETURN(int64_t fresh, ids.next(db, std::min(rows.size() - i, block_lines)));
        id = fresh;
      }
      auto [it, first] = slot.emplace(*id, block.size());
      if (first) {
        block.push_back({});
        block.back().id = *id;
        block.back().fresh = !index.find(*id);
      }
      Pending& p = block[it->second];
      p.last = &e;
      p.name_fold = &folds[i];
      if (e.personal_id) p.personal_id = e.personal_id;
      if (e.sex) p.sex = e.sex;
      if (!e.guardians.empty()) p.guardians = &e;
      if (!e.vehicles.empty()) p.vehicles = &e;
      index.put(*id, std::move(now_known));
    }
    ATGT_TRY(write_block(db, unit_id, school_year, block, batch_id, now, left));
    if (progress) ATGT_TRY(progress(static_cast<int64_t>(end)));
  }
  // Enrolment counts follow the roster, for this school and for every school a student left.
  ATGT_ASSIGN_OR_RETURN(
      int64_t size, db.scalar_i64("SELECT COUNT(*) FROM student_enrolments WHERE unit_id = ? AND "
                                  "school_year = ?",
                                  {unit_id, school_year}));
  ATGT_TRY(db.run(
      "INSERT INTO enrolments (unit_id, school_year, level, students, source, updated_at, "
      "updated_by) VALUES (?, ?, ?, ?, 'roster', ?, ?) ON CONFLICT (unit_id, school_year, level) "
      "DO UPDATE SET students = excluded.students, source = excluded.source, "
      "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
      {unit_id, school_year, level, size, now, opt(user_id)}));
  // The other schools' roster counts of the year: recounted where students left (no other
  // count changed), `updated_at` set on all of them as ever.
  ATGT_TRY(
      db.run("UPDATE enrolments SET updated_at = ? WHERE source = 'roster' AND school_year = "
             "? AND unit_id <> ?",
             {now, school_year, unit_id}));
  ATGT_TRY(bulk_execute(
      db,
      "UPDATE enrolments SET students = (SELECT COUNT(*) FROM student_enrolments e WHERE "
      "e.unit_id = enrolments.unit_id AND e.school_year = enrolments.school_year) WHERE unit_id "
      "IN ({rows}) AND source = 'roster' AND school_year = ?",
      "?", 1, Params(left.begin(), left.end()), {school_year}));
  ATGT_TRY(
      db.run("UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = "
             "'roster_revision'"));
  return counts;
}

}  // namespace atgt::store
