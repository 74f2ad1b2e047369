// Handler functions referenced by the route table (api/routes.cpp), one file per noun.
#pragma once

#include "api/route.h"

namespace atgt::api {

// session_api.cpp
Result<Reply> create_session(Ctx& c);
Result<Reply> get_session(Ctx& c);
Result<Reply> delete_session(Ctx& c);
Result<Reply> change_password(Ctx& c);
// tokens_api.cpp
Result<Reply> list_tokens(Ctx& c);
Result<Reply> create_token(Ctx& c);
Result<Reply> revoke_token(Ctx& c);
// units_api.cpp
Result<Reply> list_unit_types(Ctx& c);
Result<Reply> get_unit_tree(Ctx& c);
Result<Reply> search_units(Ctx& c);
Result<Reply> get_unit(Ctx& c);
Result<Reply> get_unit_history(Ctx& c);
Result<Reply> get_unit_successors(Ctx& c);
Result<Reply> get_unit_descendants(Ctx& c);
// registry_api.cpp
Result<Reply> create_unit(Ctx& c);
Result<Reply> preview_unit_event(Ctx& c);
Result<Reply> apply_unit_event(Ctx& c);
Result<Reply> import_registry(Ctx& c);
// users_api.cpp
Result<Reply> list_roles(Ctx& c);
Result<Reply> list_users(Ctx& c);
Result<Reply> create_user(Ctx& c);
Result<Reply> update_user(Ctx& c);
Result<Reply> reset_user_password(Ctx& c);
// audit_api.cpp
Result<Reply> list_audit(Ctx& c);
// home_api.cpp
Result<Reply> get_home(Ctx& c);
// openapi.cpp
Result<Reply> get_openapi(Ctx& c);
// search_api.cpp
Result<Reply> global_search(Ctx& c);

}  // namespace atgt::api
