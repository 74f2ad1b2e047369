#include "api/nouns.h"

namespace atgt::api {

Status Nouns::add_file_owner(FileOwner owner) {
  if (owner.kind.empty() || !owner.can_read || !owner.can_delete || file_owner(owner.kind))
    return Status(Kind::kInternal, "file_owner",
                  "File owner registered twice or incomplete: " + owner.kind);
  file_owners_.push_back(std::move(owner));
  return Status::Ok();
}

Status Nouns::add_home_item(HomeItem item) {
  for (const auto& h : home_items_)
    if (h.kind == item.kind)
      return Status(Kind::kInternal, "home_item", "Home item registered twice: " + item.kind);
  if (item.kind.empty() || item.title.empty() || item.link.empty() || item.link[0] != '/' ||
      !item.count)
    return Status(Kind::kInternal, "home_item", "Home item incomplete: " + item.kind);
  home_items_.push_back(std::move(item));
  return Status::Ok();
}

const FileOwner* Nouns::file_owner(std::string_view kind) const {
  for (const auto& o : file_owners_)
    if (o.kind == kind) return &o;
  return nullptr;
}

}  // namespace atgt::api
