// The home page: what the user must act on now, each item with a count and a link. The items
// are registered by the nouns (api/nouns.h); an item shows when the user holds its capability
// and its count is above zero.
#include "api/common.h"
#include "api/handlers.h"
#include "api/nouns.h"
#include "api/services.h"

namespace atgt::api {
namespace json = boost::json;

Result<Reply> get_home(Ctx& c) {
  json::array items;
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  for (const HomeItem& item : c.svc.nouns.home_items()) {
    if (item.need && !has_capability(c.me(), *item.need)) continue;
    ATGT_ASSIGN_OR_RETURN(int64_t count, item.count(c, *db));
    if (count > 0)
      items.push_back(json::object{
          {"kind", item.kind}, {"title", item.title}, {"count", count}, {"link", item.link}});
  }
  return json_reply(json::object{{"items", std::move(items)}});
}

}  // namespace atgt::api
