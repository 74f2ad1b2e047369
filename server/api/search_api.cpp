// The global search box: units (every signed-in user may read the registry) and people (only
// the users the caller may administer, the same scope as listUsers: none for a caller who
// administers no one). Accent- and case-insensitive prefix search on every word, through the
// search_terms index (store/search_store.h).
#include <algorithm>

#include "api/common.h"
#include "api/handlers.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/access.h"
#include "model/json_out.h"
#include "store/search_store.h"
#include "store/units_store.h"
#include "store/users_store.h"

namespace atgt::api {
namespace json = boost::json;

Result<Reply> global_search(Ctx& c) {
  const std::string* q = c.query("q");
  std::string folded = q ? fold(*q) : "";
  if (folded.size() > 200) return Invalid().with_field("q", "Từ khóa quá dài.");
  if (store::search_words(folded).empty())
    return Invalid().with_field("q", "Hãy nhập từ khóa tìm kiếm.");
  ATGT_ASSIGN_OR_RETURN(auto limit, int_param(c, "limit", 1, 50));
  int n = static_cast<int>(limit.value_or(10));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto found, store::search_units(*db, folded, std::nullopt, n));
  json::array units;
  for (const auto& v : found) units.push_back(model::unit_node_json(v));

  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  std::vector<int64_t> scope = admin_scope(c.me(), *org, today_local().str());
  json::array people;
  if (!scope.empty()) {
    ATGT_ASSIGN_OR_RETURN(auto users, store::list_users(*db, scope, folded, n));
    std::vector<std::pair<std::string, size_t>> order;
    for (size_t i = 0; i < users.size(); ++i)
      order.emplace_back(vi_person_sort_key(users[i].full_name), i);
    std::sort(order.begin(), order.end());
    for (const auto& [k, i] : order) people.push_back(model::user_json(users[i]));
  }
  return json_reply(json::object{{"units", std::move(units)}, {"people", std::move(people)}});
}

}  // namespace atgt::api
