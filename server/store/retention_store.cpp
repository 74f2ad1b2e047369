// The retention rules: one line each.
#include "store/retention_store.h"

#include <charconv>

#include "base/time.h"
#include "store/notice_retention_store.h"

namespace atgt::store {
namespace {

struct Rule {
  const char* table;
  const char* sql;  // one '?' (cutoff) or two ('?' cutoff, then '?' now); now_only: '?' now twice
  bool fixed_30_days;
  bool needs_now;
  bool now_only = false;
  int cutoffs = 1;  // how many '?' cutoff (the students' rules use it twice)
};

// Students whose personal data has expired: not changed since the cutoff and on no roster written
// since then (a roster import refreshes the enrolment of every student it lists).
// Students the violation loop still names (migrations 0014–0016) stay until that data's own
// retention removes the reference.
#define ATGT_EXPIRED_STUDENTS                                                            \
  "SELECT s.id FROM students s WHERE s.updated_at < ? AND NOT EXISTS (SELECT 1 FROM "    \
  "student_enrolments e WHERE e.student_id = s.id AND e.updated_at >= ?) AND NOT "       \
  "EXISTS (SELECT 1 FROM notices n WHERE n.student_id = s.id) AND NOT EXISTS (SELECT 1 " \
  "FROM violation_matches m WHERE m.student_id = s.id) AND NOT EXISTS (SELECT 1 FROM "   \
  "accident_persons a WHERE a.student_id = s.id) AND NOT EXISTS (SELECT 1 FROM "         \
  "privacy_requests q WHERE q.student_id = s.id)"

constexpr Rule kRules[] = {
    {"login_attempts", "DELETE FROM login_attempts WHERE at < ?", false, false},
    {"sessions", "DELETE FROM sessions WHERE last_seen_at < ?", false, false},
    {"password_resets",
     "DELETE FROM password_resets WHERE created_at < ? AND (used_at IS NOT NULL OR expires_at < ?)",
     false, true},
    {"notifications", "DELETE FROM notifications WHERE created_at < ? AND read_at IS NOT NULL",
     false, false},
    {"email_outbox", "DELETE FROM email_outbox WHERE created_at < ? AND status = 'sent'", false,
     false},
    {"scheduler_runs", "DELETE FROM scheduler_runs WHERE started_at < ?", true, false},
    // Files past their own expiry (the initial passwords of a users import: 72 hours).
    {"files", "UPDATE files SET deleted_at = ? WHERE deleted_at IS NULL AND expires_at < ?", false,
     false, true},
    // The initial passwords of a users import as soon as every imported account changed its own.
    {"files",
     "UPDATE files SET deleted_at = ? WHERE deleted_at IS NULL AND expires_at IS NOT NULL AND "
     "owner_kind = 'job_result' AND CAST(? AS BIGINT) > 0 AND owner_id IN (SELECT id FROM jobs "
     "WHERE kind = 'users_import') "
     "AND NOT EXISTS (SELECT 1 FROM audit_log a JOIN users u ON CAST(u.id AS TEXT) = a.entity_id "
     "WHERE a.batch_id = 'job:' || CAST(files.owner_id AS TEXT) AND a.entity = 'user' AND "
     "a.action = 'create' AND u.must_change_password = 1)",
     false, false, true},
    // The persons of accidents and the parents' requests once answered (issue 12): names and
    // free texts go, the school and the outcome or the timeliness stay for the statistics.
    {"accident_persons",
     "UPDATE accident_persons SET full_name = '', birth_date = NULL, birth_year = NULL, student_id "
     "= NULL WHERE (full_name <> '' OR student_id IS NOT NULL) AND accident_id IN (SELECT id FROM "
     "accidents WHERE occurred_at < ?)",
     false, false},
    {"privacy_requests",
     "UPDATE privacy_requests SET requester_name = '', relation = '', details = '', answer = NULL, "
     "student_id = NULL WHERE state <> 'open' AND requester_name <> '' AND created_at < ?",
     false, false},
    // Students (issue 11): their guardians, vehicles, commitments, search terms, enrolments, then
    // the student, once no roster has listed them for the whole period. The schools' roster
    // counts (`enrolments`) and the batches' audit rows stay: they name no one.
    {"guardians", "DELETE FROM guardians WHERE student_id IN (" ATGT_EXPIRED_STUDENTS ")", false,
     false, false, 2},
    {"student_vehicles",
     "DELETE FROM student_vehicles WHERE student_id IN (" ATGT_EXPIRED_STUDENTS ")", false, false,
     false, 2},
    {"commitment_signatures",
     "DELETE FROM commitment_signatures WHERE student_id IN (" ATGT_EXPIRED_STUDENTS ")", false,
     false, false, 2},
    {"search_terms",
     "DELETE FROM search_terms WHERE entity = 'student' AND entity_id IN (" ATGT_EXPIRED_STUDENTS
     ")",
     false, false, false, 2},
    {"student_enrolments",
     "DELETE FROM student_enrolments WHERE student_id IN (" ATGT_EXPIRED_STUDENTS ")", false, false,
     false, 2},
    {"students", "DELETE FROM students WHERE id IN (" ATGT_EXPIRED_STUDENTS ")", false, false,
     false, 2},
};
#undef ATGT_EXPIRED_STUDENTS

}  // namespace

Result<int> personal_data_days(Db& db) {
  auto r = db.query("SELECT value FROM settings WHERE key = 'retention.personal_data_days'");
  if (!r.ok()) return r.status();
  if (r->empty()) return kDefaultRetentionDays;
  std::string v = (*r)[0].str(0);
  int days = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), days);
  if (ec != std::errc() || p != v.data() + v.size() || days < kMinRetentionDays ||
      days > kMaxRetentionDays)
    return Invalid("Thiết lập retention.personal_data_days phải là số ngày từ 1 đến 36.500.");
  return days;
}

Status set_personal_data_days(Db& db, int days) {
  return db.run(
      "INSERT INTO settings (key, value) VALUES ('retention.personal_data_days', ?) ON CONFLICT "
      "(key) DO "
      "UPDATE SET value = excluded.value",
      {std::to_string(days)});
}

Result<std::vector<std::pair<std::string, int64_t>>> purge_personal_data(Db& db, int64_t now,
                                                                         int days) {
  std::vector<std::pair<std::string, int64_t>> out;
  Tx tx(db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(int loop_days, purpose_retention_days(db, kViolationPurpose, days));
  ATGT_ASSIGN_OR_RETURN(out, purge_closed_notices(db, now, loop_days));
  for (const auto& rule : kRules) {
    int64_t cutoff = micros_days_before(now, rule.fixed_30_days ? kSchedulerRunsDays : days);
    Params p{rule.now_only ? now : cutoff};
    for (int i = 1; i < rule.cutoffs; ++i) p.push_back(cutoff);
    if (rule.needs_now || rule.now_only) p.push_back(now);
    auto n = db.execute(rule.sql, p);
    if (!n.ok()) return n.status();
    out.emplace_back(rule.table, *n);
  }
  ATGT_TRY(tx.commit());
  return out;
}

}  // namespace atgt::store
