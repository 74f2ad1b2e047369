// What the handlers of official documents share (documents_api.cpp, document_delivery_api.cpp,
// document_settings_api.cpp): loading a document the caller may see, and its JSON.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "api/route.h"
#include "domain/document.h"
#include "domain/org.h"
#include "render/letter.h"
#include "store/documents_store.h"

namespace atgt::api::docs {

// A document with what the caller's request needs about it.
struct Loaded {
  store::Document doc;
  std::vector<int64_t> recipients;  // units it was delivered to
};
// NotFound unless the document exists and the caller may see it (domain/document.h may_view).
Result<Loaded> load_visible(Ctx& c, store::Db& db, int64_t id);

// The caller's unit (the token's unit for an API token).
int64_t my_unit(const Ctx& c);

// The unit's name on `date` (its latest name when not alive then).
std::string unit_name(const OrgIndex& org, int64_t unit, const std::string& date);

// The steps the caller may take on the document now: edit, check, return, sign, issue,
// acknowledge, remind, attach, register_eoffice.
Result<std::vector<std::string>> actions_for(Ctx& c, store::Db& db, const Loaded& l);

// The document as the API shows it; `full` adds the body, lists, links and actions.
Result<boost::json::object> document_json(Ctx& c, store::Db& db, const Loaded& l, bool full);

// The type catalogue entry, or kInvalid naming the field.
Result<store::DocumentType> document_type(store::Db& db, const std::string& code);

// Issuing a plan: one assignment per (task, responsible unit on `date`, occurrence), in the
// caller's transaction (plans_api.cpp).
Status fan_out_plan(Ctx& c, store::Db& db, const store::Document& d, const std::string& date);

// The issuing agency block of a unit: its document settings (parent agency, agency name), else
// its name on `date` in capitals.
render::Agency agency_of(Ctx& c, store::Db& db, int64_t unit, const std::string& date);

// A rendered file as the reply body, shown inline under `name`, never cached.
Reply bytes_reply(std::string bytes, const char* media, const std::string& name);

}  // namespace atgt::api::docs
