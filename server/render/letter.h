// The input of every official document renderer: a letter in the layout of Decree 30/2020/NĐ-CP
// (national name and motto, issuing agency, number and symbol, place and date, type or subject,
// Kính gửi, body, signing block, Nơi nhận). A plain value, independent of any stored record: the
// documents noun (or a parent letter, with the school as issuer) fills one and hands it to
// render_pdf / render_docx. All text is UTF-8 (NFC) and is written as given, except where a field
// says it is upper-cased or prefixed.
#pragma once

#include <string>
#include <vector>

namespace atgt::render {

// The issuing agency block (top left). Both lines are written as given (upper case by
// convention: "UBND THÀNH PHỐ HẢI PHÒNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO").
struct Agency {
  std::string parent;  // the agency it belongs to, regular weight; empty = none
  std::string name;    // bold, with a short line under it
};

// A stretch of body text in one style.
struct Run {
  std::string text;
  bool bold = false;
  bool italic = false;
};

// One body block. A paragraph and an item are justified with a 1.27 cm first-line indent; an
// item starts with its label ("1.", "a)", "-") and a space; a heading is bold, indented the same
// and not justified (e.g. "I. MỤC ĐÍCH, YÊU CẦU").
struct Block {
  enum class Kind { kParagraph, kItem, kHeading };
  Kind kind = Kind::kParagraph;
  std::string label;  // kItem (and optionally kHeading): written before the runs
  std::vector<Run> runs;
};

Block paragraph(std::string text);
Block item(std::string label, std::string text);
Block heading(std::string text);

// One signing block (bottom right; two side by side for a joint document).
struct Signer {
  std::string authority;  // "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"; empty = signs in own name
  std::string title;      // "PHÓ GIÁM ĐỐC"
  std::string name;       // "Đỗ Thị Hòa" (bold)
  std::string note;       // "(Đã ký)" in place of the signature; empty = blank signature space
};

enum class Urgency { kNone, kUrgent, kVeryUrgent, kFlash };  // Khẩn, Thượng khẩn, Hỏa tốc
const char* urgency_text(Urgency u);                         // "KHẨN", ...; "" for kNone

// A calendar date; 0 leaves that part blank (a draft: "ngày    tháng    năm 2024").
struct LetterDate {
  int day = 0;
  int month = 0;
  int year = 0;
};

struct Letter {
  // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc" unless changed.
  std::string national_name = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  std::string motto = "Độc lập - Tự do - Hạnh phúc";

  Agency issuer;
  std::vector<Agency> co_issuers;  // a joint document: more agency blocks side by side

  std::string number;  // "12" (leading zero below 10 is the caller's); empty = blank (draft)
  std::string symbol;  // "SGDĐT-VP": written "Số: 12/SGDĐT-VP"
  std::string place;   // "Hải Phòng"
  LetterDate date;

  // A typed document ("KẾ HOẠCH", "THÔNG BÁO"): the type name centred bold, the subject under it.
  // Empty = a công văn: "V/v <subject>" under the number in the left column.
  std::string type_name;
  std::string subject;

  Urgency urgency = Urgency::kNone;  // boxed, under the number / subject in the left column
  bool draft = false;                // a boxed "DỰ THẢO" at the top (never a watermark)

  // Kính gửi: one recipient on the same line; several as "- " items, one per line. Written as
  // given (the caller puts the ";" / "." punctuation).
  std::vector<std::string> recipients;

  std::vector<Block> body;

  std::vector<Signer> signers;  // one, or one per issuer for a joint document

  // Nơi nhận items, written after "- " ("Như trên;", "Lưu: VT, VP."). Empty = no Nơi nhận.
  std::vector<std::string> copies_to;
};

// "Số: 12/SGDĐT-VP"; a blank number leaves room to write it: "Số:      /SGDĐT-VP".
std::string number_line(const Letter& l);
// "Hải Phòng, ngày 05 tháng 4 năm 2024" (day below 10 and months 1-2 with a leading zero, as
// Decree 30 requires); blank parts for a draft.
std::string date_line(const Letter& l);
// "V/v <subject>" for a công văn, "" for a typed document or no subject.
std::string subject_line(const Letter& l);

}  // namespace atgt::render
