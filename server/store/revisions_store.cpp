// Cache revision counters.
#include "store/revisions_store.h"

namespace atgt::store {

Result<Revisions> read_revisions(Db& db) {
  auto r = db.query(
      "SELECT (SELECT value FROM settings WHERE key = 'registry_revision'), "
      "(SELECT value FROM settings WHERE key = 'auth_revision')");
  if (!r.ok()) return r.status();
  Revisions out;
  if (!r->empty()) {
    out.registry = (*r)[0].i64(0);
    out.auth = (*r)[0].i64(1);
  }
  return out;
}

}  // namespace atgt::store
