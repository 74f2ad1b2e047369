// The retention rules: one line each.
#include "store/retention_store.h"

#include <charconv>

namespace atgt::store {
namespace {

constexpr int64_t kDay = int64_t{86400} * 1000000;

struct Rule {
  const char* table;
  const char* sql;  // one '?' (cutoff) or two ('?' cutoff, then '?' now)
  bool fixed_30_days;
  bool needs_now;
};

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
};

}  // namespace

Result<int> personal_data_days(Db& db) {
  auto r = db.query("SELECT value FROM settings WHERE key = 'retention.personal_data_days'");
  if (!r.ok()) return r.status();
  if (r->empty()) return kDefaultRetentionDays;
  std::string v = (*r)[0].str(0);
  int days = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), days);
  if (ec != std::errc() || p != v.data() + v.size() || days <= 0)
    return Invalid("Thiết lập retention.personal_data_days phải là số ngày nguyên dương.");
  return days;
}

Result<std::vector<std::pair<std::string, int64_t>>> purge_personal_data(Db& db, int64_t now,
                                                                         int days) {
  std::vector<std::pair<std::string, int64_t>> out;
  Tx tx(db);
  ATGT_TRY(tx.status());
  for (const auto& rule : kRules) {
    int64_t cutoff = now - (rule.fixed_30_days ? kSchedulerRunsDays : days) * kDay;
    Params p{cutoff};
    if (rule.needs_now) p.push_back(now);
    auto n = db.execute(rule.sql, p);
    if (!n.ok()) return n.status();
    out.emplace_back(rule.table, *n);
  }
  ATGT_TRY(tx.commit());
  return out;
}

}  // namespace atgt::store
