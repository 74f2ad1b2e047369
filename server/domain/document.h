// Official documents (Decree 30/2020/NĐ-CP): numbers and symbols, the body's blocks, the life
// cycle (draft -> checked -> signed -> issued, then locked), who may do each step (officer data
// per unit, not roles), who may see a document, and recipient groups resolved on the dated
// registry. Pure logic: no SQL, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "domain/org.h"
#include "domain/principal.h"
#include "model/document.h"

namespace atgt::doc {

// "01/KH-SGDĐT": the number with a leading zero below 10, a slash, the symbol.
std::string number_text(int64_t number, const std::string& symbol);

// The symbol of Decree 30: a document with a type name TYPE-AGENCY ("KH-SGDĐT"); a công văn
// (empty type abbreviation) AGENCY-SECTION ("SGDĐT-VP", or "SGDĐT" without a section); a joint
// document TYPE-LEAD-PARTNER ("KHPH-CAHP-SGDĐT").
std::string symbol(const std::string& type_abbrev, const std::string& agency_abbrev,
                   const std::string& partner_abbrev, const std::string& section_abbrev);

// Security classification: anything but "" / "thuong" is refused (classified documents are
// handled outside this product). kInvalid naming where they belong.
Status check_not_classified(const std::string& secrecy);

// One block of a document's body. Text may carry **bold** and *italic* marks.
struct Block {
  std::string kind;   // paragraph | item | heading
  std::string label;  // item: "1.", "a)", "-"
  std::string text;
};
// Parses and validates the body JSON ([{kind, label?, text}], at most 2,000 blocks, 20,000
// characters a block). kInvalid with the field "body" otherwise.
Result<std::vector<Block>> parse_body(const std::string& json);
std::string body_json(const std::vector<Block>& blocks);

// A run of text with its style, from the ** / * marks of a block's text. Unbalanced marks are
// kept as plain characters.
struct Run {
  std::string text;
  bool bold = false, italic = false;
};
std::vector<Run> runs_of(const std::string& text);

// The life cycle. Each step names who may take it; `officers` are the document unit's officers.
enum class Step { kEdit, kCheck, kReturn, kSign, kIssue };
const char* step_name_vi(Step s);
// Ok when `p` may take the step on `d` now; kConflict when the document is not in the state the
// step starts from (a locked document names amendment or replacement); kForbidden when the
// user is not designated. `p` is a user of the document's unit for every step.
Status check_step(const model::Document& d, Step s, const Principal& p,
                  const std::vector<model::DocumentOfficer>& officers);

// Who sees a document: before issue, users of the issuing unit and of a joint document's
// partner; once issued (or registered), the rules of domain/access.h with the recipients and
// the partner as participants, dated on the issue (or receipt) date.
bool may_view(const Principal& p, const OrgIndex& org, const model::Document& d,
              const std::vector<int64_t>& recipient_units);

// Recipients: units named one by one and groups resolved on the registry as of a date.
struct RecipientGroup {
  std::string type;           // unit type code, or "" for every unit of the subtree
  int64_t under = 0;          // the subtree's root
  bool include_root = false;  // with type "": the root itself too
};
struct RecipientRules {
  std::vector<int64_t> units;
  std::vector<RecipientGroup> groups;
};
Result<RecipientRules> parse_recipient_rules(const std::string& json);
std::string recipient_rules_json(const RecipientRules& r);

struct ResolvedGroup {
  RecipientGroup group;
  std::vector<int64_t> units;  // alive on the date, sorted
};
struct Resolution {
  std::vector<ResolvedGroup> groups;
  std::vector<int64_t> named;  // units named one by one that are alive on the date
  std::vector<int64_t> units;  // the union, without the sender, sorted
  std::vector<int64_t> dead;   // named units not alive on the date
};
// Resolves `rules` on `date`. A group may resolve to no unit; an empty total is kInvalid, as is a
// named unit that is not alive on the date. `sender` is never its own recipient.
Result<Resolution> resolve_recipients(const OrgIndex& org, const RecipientRules& rules,
                                      const std::string& date, int64_t sender);

// The signatures of a digitally signed PDF as poppler's `pdfsig` prints them: signer (the
// certificate's common name), agency (O= of the distinguished name), signing time, whether the
// signature is valid, and the certificate check in words. Empty when the text names none.
struct PdfSignature {
  std::string signer, agency, time, summary;
  bool valid = false;
};
std::vector<PdfSignature> parse_pdfsig(const std::string& text);
std::string signatures_json(const std::vector<PdfSignature>& sigs);

}  // namespace atgt::doc
