// SQL for official documents: types, unit settings, sections and officers, documents, links,
// numbering registers and recipients (migration 0008). Scoping and rules live in api/ and
// domain/document.h.
#pragma once

#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "model/document.h"
#include "store/db.h"

namespace atgt::store {

using model::Document;
using model::DocumentLink;
using model::DocumentOfficer;
using model::DocumentRecipient;
using model::DocumentSection;
using model::DocumentType;
using model::UnitDocumentSettings;

inline constexpr const char* kSearchDocument = "document";

Result<std::vector<DocumentType>> document_types(Db& db);

// A unit's settings; NotFound when the unit has none yet.
Result<UnitDocumentSettings> unit_document_settings(Db& db, int64_t unit_id);
// Settings of several units (those that have them).
Result<std::vector<UnitDocumentSettings>> unit_document_settings_of(
    Db& db, const std::vector<int64_t>& units);
Status put_unit_document_settings(Db& db, const UnitDocumentSettings& s);

Result<std::vector<DocumentSection>> document_sections(Db& db, int64_t unit_id);
// Adds the section, or renames it when (unit, abbrev) exists; returns its id.
Result<int64_t> upsert_document_section(Db& db, const DocumentSection& s);
// Removes a section that no document or officer uses; kConflict otherwise.
Status delete_document_section(Db& db, int64_t unit_id, int64_t section_id);

// The officers of a unit, with their users' names.
Result<std::vector<DocumentOfficer>> document_officers(Db& db, int64_t unit_id);
// Replaces every officer of the unit.
Status replace_document_officers(Db& db, int64_t unit_id, const std::vector<DocumentOfficer>& list);

// Inserts a document (and its links and search words); returns its id.
Result<int64_t> insert_document(Db& db, const Document& d);
// Rewrites a draft's editable fields and links (and its search words).
Status update_document_draft(Db& db, const Document& d);
// The document with its links both ways; NotFound.
Result<Document> find_document(Db& db, int64_t id);

// Moves a document between steps. `expect` is the status it must be in (kConflict when another
// request moved it first).
Status set_document_checked(Db& db, int64_t id, int64_t by, int64_t at);
Status set_document_returned(Db& db, int64_t id, const std::string& expect);
Status set_document_signed(Db& db, int64_t id, int64_t by, int64_t at,
                           const std::optional<int64_t>& signed_file_id,
                           const std::optional<std::string>& signatures);
// The signing block of the person who signs (when the draft named no signer).
Status set_document_signer(Db& db, int64_t id, int64_t signer_id, const std::string& authority,
                           const std::string& title, const std::string& name);
Status set_signed_copy(Db& db, int64_t id, int64_t file_id,
                       const std::optional<std::string>& signatures);
Status set_document_issued(Db& db, int64_t id, int64_t register_id, int64_t number,
                           const std::string& number_text, const std::string& date, int64_t by,
                           int64_t at);
Status set_document_eoffice_ref(Db& db, int64_t id, const std::optional<std::string>& ref);

// The next number of a register (created for (unit, direction, year, name) when missing),
// taken inside the caller's transaction: the row lock (PostgreSQL) or the write lock (SQLite)
// makes concurrent issuers wait, so numbers are never given twice and a rolled-back transaction
// leaves no gap. Returns (register id, number).
Result<std::pair<int64_t, int64_t>> take_number(Db& db, int64_t unit_id,
                                                const std::string& direction, int year,
                                                const std::string& name);
// Takes `count` consecutive numbers; returns (register id, first number).
Result<std::pair<int64_t, int64_t>> take_numbers(Db& db, int64_t unit_id,
                                                 const std::string& direction, int year,
                                                 const std::string& name, int64_t count);

struct DocumentFilter {
  std::vector<int64_t> units;        // issuing / registering units (empty: none)
  std::optional<std::string> query;  // folded words: number, symbol or subject
  std::optional<std::string> status;
  std::optional<std::string> type_code;
  std::optional<std::string> direction;
  std::optional<int> year;  // issue year (or received year), drafts: creation year
  int limit = 200;
};
Result<std::vector<Document>> list_documents(Db& db, const DocumentFilter& f);

// Documents delivered to `unit` (the inbox), newest first, with the unit's recipient row.
struct InboxRow {
  Document doc;
  DocumentRecipient rcpt;
};
Result<std::vector<InboxRow>> inbox(Db& db, int64_t unit_id,
                                    const std::optional<std::string>& query,
                                    const std::optional<int>& year, bool pending_only, int limit);

Status insert_recipients(Db& db, const std::vector<DocumentRecipient>& rows);
Result<std::vector<DocumentRecipient>> document_recipients(Db& db, int64_t document_id);
Result<std::vector<int64_t>> recipient_units(Db& db, int64_t document_id);
// First opening only; returns whether this call marked it.
Result<bool> mark_opened(Db& db, int64_t document_id, int64_t unit_id, int64_t user, int64_t at);
Result<bool> mark_acknowledged(Db& db, int64_t document_id, int64_t unit_id, int64_t user,
                               int64_t at);
Status mark_reminded(Db& db, int64_t document_id, const std::vector<int64_t>& units, int64_t at);

// The unit's register rules: (type code, register name), by type.
Result<std::vector<std::pair<std::string, std::string>>> register_rules(Db& db, int64_t unit_id);
Status replace_register_rules(Db& db, int64_t unit_id,
                              const std::vector<std::pair<std::string, std::string>>& rules);
// The registers of a unit in a year with their next numbers: (direction, name, next number).
Result<std::vector<std::tuple<std::string, std::string, int64_t>>> registers_of(Db& db,
                                                                                int64_t unit_id,
                                                                                int year);

// Numbers of the issued documents of `unit` that link to `target` (replies, implementing acts).
Result<std::vector<std::string>> replies_from(Db& db, int64_t target, int64_t unit);

// Active users of the units, for notifications: (unit, user).
Result<std::vector<std::pair<int64_t, int64_t>>> active_users_of(Db& db,
                                                                 const std::vector<int64_t>& units);

// Documents delivered to the unit and not yet acknowledged.
Result<int64_t> count_unacknowledged(Db& db, int64_t unit_id);
// Documents of the unit waiting for a step the user is designated for: drafts to check (for a
// checker of their section), checked documents to sign (designated to them, or to nobody), signed
// documents to number and issue (for a văn thư).
Result<int64_t> count_awaiting_user(Db& db, int64_t unit_id, int64_t user_id);

// Units that hold a document abbreviation, by their abbreviation (to resolve a partner).
Result<std::optional<int64_t>> unit_by_document_abbrev(Db& db, const std::string& abbrev);

}  // namespace atgt::store
