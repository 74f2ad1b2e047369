// The removal of the violation loop's personal data after its retention.
#include "store/notice_retention_store.h"

#include <map>
#include <set>

#include "base/crypto.h"
#include "base/text.h"
#include "base/time.h"

namespace atgt::store {
namespace {

constexpr size_t kChunk = 400;

// The fields of a record that name or identify its person; everything else stays.
constexpr const char* kBlankRecord =
    "full_name = '', birth_date = NULL, birth_year = NULL, sex = NULL, personal_id = NULL, "
    "school_stated = NULL, person_address = NULL, plate = NULL, report_number = NULL, "
    "decision_number = NULL, purged_at = ?";

std::vector<std::string> as_text(const std::vector<int64_t>& ids) {
  std::vector<std::string> out;
  out.reserve(ids.size());
  for (int64_t id : ids) out.push_back(std::to_string(id));
  return out;
}

// Blanks the records `ids` (their versions, their match's candidates and decisions' reasons, the
// audit rows about them), the students in their matches and decisions replaced through `pseudo`.
// Returns the audit rows redacted.
Result<int64_t> blank_records(Db& db, const std::vector<int64_t>& ids, int64_t now,
                              const std::map<int64_t, int64_t>& pseudo) {
  int64_t redacted = 0;
  for (size_t i = 0; i < ids.size(); i += kChunk) {
    std::vector<int64_t> part(ids.begin() + i, ids.begin() + std::min(ids.size(), i + kChunk));
    Params p{now};
    ATGT_TRY(db.run(std::string("UPDATE violations SET ") + kBlankRecord + " WHERE id IN (" +
                        in_list(part, p) + ")",
                    p));
    p.clear();
    ATGT_TRY(
        db.run("UPDATE violation_versions SET state = '{}', reason = NULL WHERE violation_id "
               "IN (" +
                   in_list(part, p) + ")",
               p));
    p.clear();
    ATGT_TRY(
        db.run("UPDATE violation_matches SET candidates = '[]', disputed = '[]' WHERE "
               "violation_id IN (" +
                   in_list(part, p) + ")",
               p));
    p.clear();
    ATGT_TRY(db.run(
        "UPDATE match_decisions SET reason = NULL WHERE violation_id IN (" + in_list(part, p) + ")",
        p));
    // A student the record was matched to or decided about: the pseudonym when their notice was
    // purged, else no one (a proposal rejected in review names a student who had no notice).
    p.clear();
    auto named = db.query(
        "SELECT DISTINCT student_id FROM violation_matches WHERE student_id IS NOT NULL AND "
        "violation_id IN (" +
            in_list(part, p) +
            ") UNION SELECT DISTINCT student_id FROM "
            "match_decisions WHERE student_id IS NOT NULL AND violation_id IN (" +
            in_list(part, p) + ")",
        p);
    if (!named.ok()) return named.status();
    for (size_t r = 0; r < named->size(); ++r) {
      int64_t student = (*named)[r].i64(0);
      auto it = pseudo.find(student);
      for (const char* table : {"violation_matches", "match_decisions"}) {
        Params q{it == pseudo.end() ? Value() : Value(it->second), student};
        ATGT_TRY(db.run(std::string("UPDATE ") + table +
                            " SET student_id = ? WHERE student_id = ? AND violation_id IN (" +
                            in_list(part, q) + ")",
                        q));
      }
    }
    p = {};
    auto text = as_text(part);
    auto n = db.execute(
        "UPDATE audit_log SET changes = '{}', redacted = 1 WHERE redacted = 0 AND entity IN "
        "('violation', 'violation_match') AND entity_id IN (" +
            in_list(text, p) + ")",
        p);
    if (!n.ok()) return n.status();
    redacted += *n;
  }
  return redacted;
}

}  // namespace

std::string new_pseudonym() {
  static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";  // no 0/O, 1/I
  std::string token = random_token(8), code;
  for (size_t i = 0; i < 8; ++i) code += kAlphabet[static_cast<unsigned char>(token[i]) % 32];
  return "Ẩn danh HS-" + code;
}

Result<int> purpose_retention_days(Db& db, const std::string& code, int general) {
  auto r = db.query("SELECT retention_days FROM processing_purposes WHERE code = ?", {code});
  if (!r.ok()) return r.status();
  if (r->empty() || (*r)[0].is_null(0)) return general;
  return static_cast<int>((*r)[0].i64(0));
}

Result<std::vector<std::pair<std::string, int64_t>>> purge_closed_notices(Db& db, int64_t now,
                                                                          int days) {
  int64_t cutoff = micros_days_before(now, days);
  auto rows = db.query(
      "SELECT id, student_id, violation_id FROM notices WHERE purged_at IS NULL AND state <> "
      "'open' AND COALESCE(closed_at, updated_at) < ? ORDER BY id",
      {cutoff});
  if (!rows.ok()) return rows.status();
  std::map<int64_t, int64_t> pseudo;  // student -> their pseudonym
  std::vector<int64_t> notices;
  std::set<int64_t> records;
  for (size_t i = 0; i < rows->size(); ++i) {
    Cursor c((*rows)[i]);
    int64_t id = c.i64(), student = c.i64(), record = c.i64();
    notices.push_back(id);
    records.insert(record);
    if (pseudo.count(student)) continue;
    std::string name = new_pseudonym();
    auto made = db.query(
        "INSERT INTO students (personal_id, full_name, name_fold, birth_date, sex, created_at, "
        "updated_at, pseudonym) VALUES (NULL, ?, ?, '', NULL, ?, ?, 1) RETURNING id",
        {name, fold(name), now, now});
    if (!made.ok()) return made.status();
    pseudo[student] = (*made)[0].i64(0);
  }
  int64_t redacted = 0;
  for (size_t i = 0; i < rows->size(); ++i) {
    Cursor c((*rows)[i]);
    int64_t id = c.i64(), student = c.i64();
    ATGT_TRY(
        db.run("UPDATE notices SET student_id = ?, summary = NULL, dispute_reason = NULL, "
               "purged_at = ? WHERE id = ?",
               {pseudo[student], now, id}));
  }
  for (size_t i = 0; i < notices.size(); i += kChunk) {
    std::vector<int64_t> part(notices.begin() + i,
                              notices.begin() + std::min(notices.size(), i + kChunk));
    Params p{now};
    ATGT_TRY(
        db.run("UPDATE files SET deleted_at = ? WHERE deleted_at IS NULL AND id IN (SELECT "
               "file_id FROM notice_actions WHERE file_id IS NOT NULL AND notice_id IN (" +
                   in_list(part, p) + "))",
               p));
    p.clear();
    auto text = as_text(part);
    auto n = db.execute(
        "UPDATE audit_log SET changes = '{}', redacted = 1 WHERE redacted = 0 AND ((entity = "
        "'notice' AND entity_id IN (" +
            in_list(text, p) +
            ")) OR (entity = 'notice_action' AND "
            "entity_id IN (SELECT CAST(id AS TEXT) FROM notice_actions WHERE notice_id IN (" +
            in_list(part, p) + "))))",
        p);
    if (!n.ok()) return n.status();
    redacted += *n;
    p.clear();
    ATGT_TRY(db.run("UPDATE notice_actions SET note = '', file_id = NULL WHERE notice_id IN (" +
                        in_list(part, p) + ")",
                    p));
  }
  // The records of these notices once none of their notices keeps personal data and none waits
  // for review; and the records that never led to a notice, dated before the cutoff.
  std::vector<int64_t> blank;
  std::vector<int64_t> candidates(records.begin(), records.end());
  constexpr const char* kSettled =
      " AND v.purged_at IS NULL AND NOT EXISTS (SELECT 1 FROM violation_matches m WHERE "
      "m.violation_id = v.id AND m.state = 'review')";
  for (size_t i = 0; i < candidates.size(); i += kChunk) {
    std::vector<int64_t> part(candidates.begin() + i,
                              candidates.begin() + std::min(candidates.size(), i + kChunk));
    Params p;
    auto r = db.query("SELECT v.id FROM violations v WHERE v.id IN (" + in_list(part, p) + ")" +
                          kSettled +
                          " AND NOT EXISTS (SELECT 1 FROM notices n WHERE n.violation_id = v.id "
                          "AND n.purged_at IS NULL)",
                      p);
    if (!r.ok()) return r.status();
    for (size_t j = 0; j < r->size(); ++j) blank.push_back((*r)[j].i64(0));
  }
  auto lone =
      db.query(std::string("SELECT v.id FROM violations v WHERE v.local_date < ?") + kSettled +
                   " AND NOT EXISTS (SELECT 1 FROM notices n WHERE n.violation_id = v.id) "
                   "ORDER BY v.id",
               {local_date(cutoff).str()});
  if (!lone.ok()) return lone.status();
  for (size_t j = 0; j < lone->size(); ++j) blank.push_back((*lone)[j].i64(0));
  ATGT_ASSIGN_OR_RETURN(int64_t records_redacted, blank_records(db, blank, now, pseudo));
  return std::vector<std::pair<std::string, int64_t>>{
      {"notices", static_cast<int64_t>(notices.size())},
      {"violations", static_cast<int64_t>(blank.size())},
      {"pseudonyms", static_cast<int64_t>(pseudo.size())},
      {"audit_log", redacted + records_redacted}};
}

}  // namespace atgt::store
