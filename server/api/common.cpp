// Handler helpers.
#include "api/common.h"

#include <charconv>
#include <mutex>

#include "api/services.h"
#include "base/time.h"
#include "store/audit_store.h"
#include "store/pool.h"
#include "store/revisions_store.h"
#include "store/units_store.h"

namespace atgt::api {

Result<int64_t> Ctx::path_id(const std::string& name) const {
  auto it = path.find(name);
  int64_t v = 0;
  if (it == path.end()) return NotFound();
  auto [p, ec] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), v);
  if (ec != std::errc() || p != it->second.data() + it->second.size() || v <= 0)
    return NotFound("Không tìm thấy đối tượng.");
  return v;
}

Result<store::Db*> Ctx::db() {
  if (!lease && cache_only) {
    // On an I/O thread: an idle connection or nothing (a request never waits there).
    auto idle = svc.pool->try_acquire();
    if (!idle) return would_block();
    lease.emplace(std::move(*idle));
  }
  if (!lease) {
    auto l = svc.pool->acquire();
    if (!l.ok()) return l.status();
    lease.emplace(std::move(l).value());
  }
  return &**lease;
}

Status audit(Ctx& c, store::Db& db, const std::string& action, const std::string& entity,
             const std::optional<std::string>& entity_id, const boost::json::object& changes,
             const std::optional<std::string>& batch_id) {
  store::AuditEntry e;
  e.batch_id = batch_id;
  e.at = now_micros();
  if (c.who) e.user_id = c.who->user_id;
  e.ip = c.req.remote_ip;
  e.action = action;
  e.entity = entity;
  e.entity_id = entity_id;
  e.changes_json = boost::json::serialize(changes);
  return store::append_audit(db, e);
}

Result<store::Revisions> revisions(Ctx& c, store::Db& db) {
  if (c.revisions) return *c.revisions;
  auto& rc = c.svc.revision_cache;
  std::call_once(rc.opened, [&] {
    if (c.svc.pool->dialect() == store::Dialect::kSqlite)
      rc.watch = store::CommitWatch::open(c.svc.pool->url());
  });
  // The header first, then the counters: an unchanged header later proves they are still current.
  std::optional<store::CommitWatch::Stamp> stamp;
  if (rc.watch) {
    stamp = rc.watch->stamp();
    std::lock_guard lock(rc.mu);
    if (stamp && rc.stamp == stamp) {
      c.revisions = rc.revisions;
      return *c.revisions;
    }
  }
  // An I/O thread never runs a query, not even this one-row read (a reader can wait on SQLite's
  // busy timeout in rare cases): after a commit, the first request goes to the worker pool.
  if (c.cache_only) return would_block();
  ATGT_ASSIGN_OR_RETURN(auto r, store::read_revisions(db));
  c.revisions = r;
  if (stamp) {
    std::lock_guard lock(rc.mu);
    rc.stamp = stamp;
    rc.revisions = r;
  }
  return r;
}

Status would_block() {
  return Status(Kind::kUnavailable, "would_block", "");
}

bool is_would_block(const Status& st) {
  return st.kind() == Kind::kUnavailable && st.code() == "would_block";
}

Result<std::shared_ptr<const OrgIndex>> org_index(Ctx& c, store::Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto rev, revisions(c, db));
  auto& cache = c.svc.org_cache;
  std::lock_guard lock(cache.mu);
  if (cache.index && cache.revision == rev.registry) return cache.index;
  if (c.cache_only) return would_block();
  auto data = store::load_org_data(db);
  if (!data.ok()) return data.status();
  cache.index = std::make_shared<const OrgIndex>(std::move(data).value());
  cache.revision = rev.registry;
  return cache.index;
}

namespace {
constexpr size_t kMaxCachedBodies = 20000;
}  // namespace

std::shared_ptr<const std::string> cached_body(Ctx& c, const std::string& key,
                                               const std::string& date) {
  auto& cache = c.svc.reply_cache;
  std::lock_guard lock(cache.mu);
  if (cache.revision != c.revisions->registry || cache.date != date) return nullptr;
  auto it = cache.bodies.find(key);
  return it == cache.bodies.end() ? nullptr : it->second;
}

void cache_body(Ctx& c, const std::string& key, const std::string& date,
                std::shared_ptr<const std::string> body) {
  auto& cache = c.svc.reply_cache;
  std::lock_guard lock(cache.mu);
  if (cache.revision != c.revisions->registry || cache.date != date ||
      cache.bodies.size() >= kMaxCachedBodies) {
    cache.bodies.clear();
    cache.revision = c.revisions->registry;
    cache.date = date;
  }
  cache.bodies[key] = std::move(body);
}

Reply text_reply(std::shared_ptr<const std::string> body, int status) {
  Reply r;
  r.status = status;
  r.json_text = std::move(body);
  return r;
}

Result<RoleRules> role_rules(store::Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_role_unit_types(db));
  RoleRules rules;
  for (const auto& r : rows) rules.types_by_role[r.role].insert(r.unit_type);
  return rules;
}

Result<std::string> date_param(const Ctx& c, const char* name) {
  const std::string* v = c.query(name);
  if (!v) return today_local().str();
  auto d = Date::parse(*v);
  if (!d) return Invalid().with_field(name, "Ngày không hợp lệ (định dạng YYYY-MM-DD).");
  return d->str();
}

Result<std::optional<int64_t>> int_param(const Ctx& c, const char* name, int64_t lo, int64_t hi) {
  const std::string* v = c.query(name);
  if (!v) return std::optional<int64_t>();
  int64_t x = 0;
  auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), x);
  if (ec != std::errc() || p != v->data() + v->size() || x < lo || x > hi)
    return Invalid().with_field(
        name, "Phải là số nguyên từ " + std::to_string(lo) + " đến " + std::to_string(hi) + ".");
  return std::optional<int64_t>(x);
}

Reply json_reply(boost::json::value body, int status) {
  Reply r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

}  // namespace atgt::api
