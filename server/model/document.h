// Plain records: official documents (Decree 30/2020), their types, numbering registers, each
// unit's document settings and officers, links between documents and their recipients.
// No behaviour; the store reads and writes them, domain/document.h reasons about them, api/ shows
// them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace atgt::model {

struct DocumentType {
  std::string code, name, abbrev;  // abbrev "" for a công văn
  bool is_plan = false;
  int64_t sort_order = 0;
  std::optional<std::string> source;
};

struct DocumentSection {
  int64_t id = 0;
  int64_t unit_id = 0;
  std::string abbrev, name;  // "VP", "Văn phòng"
};

// Who checks, signs and acts as văn thư for a unit.
struct DocumentOfficer {
  int64_t id = 0;
  int64_t unit_id = 0;
  int64_t user_id = 0;
  std::string duty;                   // check | sign | clerk
  std::optional<int64_t> section_id;  // check: the section (nullopt: every section)
  std::string authority;              // sign: "", "KT.", "TL.", "TM.", "Q.", "TUQ."
  std::string authority_title;        // "GIÁM ĐỐC" in "KT. GIÁM ĐỐC"
  std::string title;                  // "PHÓ GIÁM ĐỐC"
  std::string user_name;              // filled by reads (the user's full name)
};

struct UnitDocumentSettings {
  int64_t unit_id = 0;
  std::string abbrev;         // "SGDĐT": the unit in symbols (unit codes stay ASCII)
  std::string agency_name;    // "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
  std::string parent_agency;  // "UBND THÀNH PHỐ HẢI PHÒNG"
  std::string place;          // "Hải Phòng"
  int64_t updated_at = 0;
  std::optional<int64_t> updated_by;
};

struct DocumentLink {
  std::string relation;  // implements | cites | amends | replaces
  std::optional<int64_t> target_id;
  std::string target_text;  // "Kế hoạch số 688/KHPH-CAHP-SGDĐT ngày 18/3/2024"
  // Filled by reads: the target's number and subject, or, for links into this document, the
  // linking document's.
  int64_t document_id = 0;
  std::string other_number, other_subject;
};

struct PartnerSigner {
  std::string authority, authority_title, title, name;
};

struct Document {
  int64_t id = 0;
  std::string direction = "out";  // out | in
  int64_t unit_id = 0;
  std::optional<int64_t> partner_unit_id;
  std::string type_code;
  std::string status = "draft";  // draft | checked | signed | issued | registered
  std::optional<int64_t> section_id;
  std::string subject;
  std::string urgency;  // "" | khan | thuong_khan | hoa_toc
  std::string place;
  std::string body = "[]";             // JSON blocks (domain/document.h)
  std::string addressees = "[]";       // Kính gửi, JSON list of text
  std::string distribution = "[]";     // Nơi nhận, JSON list of text
  std::string recipient_rules = "{}";  // JSON (domain/document.h RecipientRules)
  std::optional<int64_t> signer_id;
  std::string signer_authority, signer_title, signer_name;
  std::string partner_signer = "{}";  // JSON PartnerSigner for a joint document
  std::optional<int64_t> register_id;
  std::optional<int64_t> number;
  std::optional<std::string> number_text;  // "15/KH-SGDĐT"
  std::optional<std::string> issued_date;
  std::optional<std::string> eoffice_ref;
  std::optional<std::string> sender_name;    // in: the issuing agency outside
  std::optional<std::string> received_date;  // in
  bool illustrative = false;
  std::optional<int64_t> checked_by, checked_at, signed_by, signed_at, signed_file_id;
  std::optional<std::string> signatures;  // JSON list from pdfsig of the signed copy
  std::optional<int64_t> issued_by, issued_at;
  std::optional<int64_t> created_by;
  int64_t created_at = 0, updated_at = 0;
  std::vector<DocumentLink> links;
};

struct DocumentRecipient {
  int64_t document_id = 0;
  int64_t unit_id = 0;
  int64_t register_id = 0;
  int64_t incoming_number = 0;
  int64_t delivered_at = 0;
  std::optional<int64_t> opened_at, opened_by, acknowledged_at, acknowledged_by, reminded_at;
  std::string opened_by_name, acknowledged_by_name;  // filled by reads
};

}  // namespace atgt::model
