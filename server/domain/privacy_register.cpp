#include "domain/privacy_register.h"

#include "base/text.h"
#include "base/time.h"

namespace atgt::privacy {
namespace {

// Characters of UTF-8 `text` (continuation bytes not counted), as the API counts its limits.
size_t chars(const std::string& text) {
  size_t n = 0;
  for (unsigned char ch : text) n += (ch & 0xC0) != 0x80;
  return n;
}

// Adds `message` for `field` when `text` is empty (after trimming) or too long.
void need(Status& st, bool& bad, const char* field, const std::string& text, const char* message) {
  if (squeeze_spaces(text).empty()) {
    st.with_field(field, message);
    bad = true;
  } else if (chars(text) > kMaxText) {
    st.with_field(field, "Nội dung quá dài (tối đa 4.000 ký tự).");
    bad = true;
  }
}

}  // namespace

bool is_level(const std::string& level) {
  return level == "low" || level == "medium" || level == "high";
}

Status check_purpose(const model::ProcessingPurpose& p) {
  Status st = Invalid("Mục đích xử lý dữ liệu chưa hợp lệ.");
  bool bad = false;
  need(st, bad, "name", p.name, "Cần tên mục đích xử lý.");
  need(st, bad, "legal_basis", p.legal_basis, "Cần căn cứ pháp lý của việc xử lý.");
  need(st, bad, "data_categories", p.data_categories, "Cần liệt kê loại dữ liệu được xử lý.");
  need(st, bad, "data_subjects", p.data_subjects, "Cần nêu chủ thể dữ liệu.");
  need(st, bad, "recipients", p.recipients, "Cần nêu bên nhận dữ liệu.");
  if (chars(p.description) > kMaxText || chars(p.retention_note) > kMaxText) {
    st.with_field(chars(p.description) > kMaxText ? "description" : "retention_note",
                  "Nội dung quá dài (tối đa 4.000 ký tự).");
    bad = true;
  }
  if (p.retention_days &&
      (*p.retention_days < kMinRetentionDays || *p.retention_days > kMaxRetentionDays)) {
    st.with_field("retention_days", "Thời hạn lưu trữ là số ngày từ 1 đến 36.500.");
    bad = true;
  }
  return bad ? st : Status::Ok();
}

Status check_risk(const model::DpiaRisk& r) {
  Status st = Invalid("Rủi ro trong hồ sơ đánh giá tác động chưa hợp lệ.");
  bool bad = false;
  need(st, bad, "purpose_code", r.purpose_code, "Cần chọn mục đích xử lý.");
  need(st, bad, "risk", r.risk, "Cần mô tả rủi ro.");
  need(st, bad, "measures", r.measures, "Cần nêu biện pháp giảm thiểu.");
  for (auto [field, level] : {std::pair{"likelihood", &r.likelihood},
                              std::pair{"impact", &r.impact}, std::pair{"residual", &r.residual}})
    if (!is_level(*level)) {
      st.with_field(field, "Chọn một mức: thấp, trung bình hoặc cao.");
      bad = true;
    }
  return bad ? st : Status::Ok();
}

Status check_review(const model::DpiaReview& r) {
  Status st = Invalid("Lần rà soát hồ sơ chưa hợp lệ.");
  bool bad = false;
  if (!Date::parse(r.reviewed_on)) {
    st.with_field("reviewed_on", "Cần ngày rà soát (YYYY-MM-DD).");
    bad = true;
  }
  need(st, bad, "conclusion", r.conclusion, "Cần kết luận của lần rà soát.");
  if (r.next_review_on && (!Date::parse(*r.next_review_on) || *r.next_review_on <= r.reviewed_on)) {
    st.with_field("next_review_on", "Ngày rà soát tiếp theo phải sau ngày rà soát.");
    bad = true;
  }
  return bad ? st : Status::Ok();
}

}  // namespace atgt::privacy
