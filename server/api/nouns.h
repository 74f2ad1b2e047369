// What each noun contributes to the services every noun shares: the owners of the files attached
// to its objects (files_api.cpp) and the items it puts on users' home pages (home_api.cpp).
// Each <noun>_api.cpp provides one `void register_<noun>(Nouns&)`; app/nouns.cpp calls them all
// (the one assembly list). A new noun adds its registration there and edits no shared handler.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "api/route.h"
#include "domain/access.h"
#include "store/db.h"
#include "store/files_store.h"

namespace atgt::api {

// The object kind a file is attached to (files.owner_kind).
struct FileOwner {
  std::string kind;
  // Ok when the caller may read a file attached to the object `f.owner_id`; any refusal is
  // shown as "file not found" (a file's existence is not revealed).
  Status (*can_read)(Ctx& c, store::Db& db, const store::FileRecord& f);
  // Whether the caller may delete the file (the rules are in domain/access.h).
  bool (*can_delete)(const Principal& p, const store::FileRecord& f);
  // When set, every download is written to the audit log with the owner's id under this name
  // (exports, lists of initial passwords: "job_id").
  const char* audit_owner_field = nullptr;
};

// One line of the home page: a count of things the user must act on, and where to act.
struct HomeItem {
  std::string kind;                // stable code, e.g. "users_disabled"
  std::string title;               // Vietnamese
  std::string link;                // a web route
  std::optional<Capability> need;  // who sees it; nullopt: every signed-in user
  // The count for the caller (0 hides the item).
  Result<int64_t> (*count)(Ctx& c, store::Db& db);
};

class Nouns {
 public:
  // Both refuse (kInternal) a kind registered twice: assembly mistakes fail at start.
  Status add_file_owner(FileOwner owner);
  Status add_home_item(HomeItem item);

  const FileOwner* file_owner(std::string_view kind) const;
  const std::vector<FileOwner>& file_owners() const { return file_owners_; }
  const std::vector<HomeItem>& home_items() const { return home_items_; }

 private:
  std::vector<FileOwner> file_owners_;
  std::vector<HomeItem> home_items_;
};

// The registrations of today's nouns (each defined in its <noun>_api.cpp).
Status register_unit_documents(Nouns& n);
Status register_registry(Nouns& n);
Status register_uploads(Nouns& n);
Status register_jobs(Nouns& n);
Status register_users(Nouns& n);
Status register_scheduler(Nouns& n);
Status register_documents(Nouns& n);
Status register_plans(Nouns& n);
Status register_students(Nouns& n);
Status register_notices(Nouns& n);

}  // namespace atgt::api
