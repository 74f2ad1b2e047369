#include "app/privacy_register_data.h"

#include <charconv>
#include <map>
#include <optional>

#include "base/csv_columns.h"
#include "base/time.h"
#include "domain/privacy_register.h"
#include "store/privacy_register_store.h"

namespace atgt::app {
namespace {

// `text` as a whole number, nullopt when it is not one.
std::optional<int> whole_number(const std::string& text) {
  int v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return v;
}

// Adds a field's error to `st`, which becomes kInvalid if it was ok.
void flag(Status& st, const char* field, std::string message) {
  if (st.ok()) st = Invalid();
  st.with_field(field, std::move(message));
}

// Adds `st`'s field messages as errors of spreadsheet row `row`.
void add_row(Status& errors, int row, const Status& st) {
  for (const auto& [field, message] : st.fields()) errors.with_row({row, field, message});
  if (st.fields().empty()) errors.with_row({row, "", st.message()});
}

}  // namespace

Result<PrivacyRegisterResult> load_privacy_register(store::Db& db, const std::string& data_dir) {
  PrivacyRegisterResult res;
  ATGT_ASSIGN_OR_RETURN(int64_t have, store::count_purposes(db));
  if (have > 0) return res;
  const std::string dir = data_dir + "/reference/privacy/";
  ATGT_ASSIGN_OR_RETURN(
      auto pc, read_csv_columns(dir + "purposes.csv", "purposes.csv",
                                {"code", "name", "description", "legal_basis", "data_categories",
                                 "data_subjects", "recipients", "retention_days", "retention_note",
                                 "sort_order", "source"}));
  Status errors = Invalid("purposes.csv có dòng không hợp lệ.");
  bool bad = false;
  std::vector<model::ProcessingPurpose> purposes;
  for (size_t i = 0; i < pc.t.rows.size(); ++i) {
    const auto& r = pc.t.rows[i];
    model::ProcessingPurpose p;
    p.code = pc.cell(r, "code");
    p.name = pc.cell(r, "name");
    p.description = pc.cell(r, "description");
    p.legal_basis = pc.cell(r, "legal_basis");
    p.data_categories = pc.cell(r, "data_categories");
    p.data_subjects = pc.cell(r, "data_subjects");
    p.recipients = pc.cell(r, "recipients");
    p.retention_note = pc.cell(r, "retention_note");
    p.source = pc.cell(r, "source");
    const std::string& days = pc.cell(r, "retention_days");
    // An unreadable number counts as 0, which the rules refuse with their message.
    if (!days.empty()) p.retention_days = whole_number(days).value_or(0);
    Status st = privacy::check_purpose(p);
    if (p.code.empty()) flag(st, "code", "Cần mã mục đích.");
    if (auto order = whole_number(pc.cell(r, "sort_order")))
      p.sort_order = *order;
    else
      flag(st, "sort_order", "Thứ tự là một số nguyên.");
    if (!st.ok()) {
      add_row(errors, static_cast<int>(i) + 2, st);
      bad = true;
    }
    purposes.push_back(std::move(p));
  }
  if (bad) return errors;

  ATGT_ASSIGN_OR_RETURN(auto rc, read_csv_columns(dir + "dpia_risks.csv", "dpia_risks.csv",
                                                  {"purpose_code", "risk", "likelihood", "impact",
                                                   "measures", "residual"}));
  errors = Invalid("dpia_risks.csv có dòng không hợp lệ.");
  std::vector<model::DpiaRisk> risks;
  for (size_t i = 0; i < rc.t.rows.size(); ++i) {
    const auto& r = rc.t.rows[i];
    model::DpiaRisk k;
    k.purpose_code = rc.cell(r, "purpose_code");
    k.risk = rc.cell(r, "risk");
    k.likelihood = rc.cell(r, "likelihood");
    k.impact = rc.cell(r, "impact");
    k.measures = rc.cell(r, "measures");
    k.residual = rc.cell(r, "residual");
    Status st = privacy::check_risk(k);
    bool known = false;
    for (const auto& p : purposes) known = known || p.code == k.purpose_code;
    if (!known && !k.purpose_code.empty())
      flag(st, "purpose_code", "Không có mục đích " + k.purpose_code + ".");
    if (!st.ok()) {
      add_row(errors, static_cast<int>(i) + 2, st);
      bad = true;
    }
    risks.push_back(std::move(k));
  }
  if (bad) return errors;

  store::Tx tx(db);
  ATGT_TRY(tx.status());
  // Counted again in the transaction: of two processes starting at once, one loads.
  ATGT_ASSIGN_OR_RETURN(have, store::count_purposes(db));
  if (have > 0) return res;
  for (const auto& p : purposes) ATGT_TRY(store::upsert_purpose(db, p));
  int64_t now = now_micros();
  for (auto k : risks) {
    k.created_at = k.updated_at = now;
    ATGT_ASSIGN_OR_RETURN(int64_t id, store::insert_risk(db, k));
    (void)id;
  }
  res.purposes = static_cast<int>(purposes.size());
  res.risks = static_cast<int>(risks.size());
  ATGT_TRY(tx.commit());
  return res;
}

}  // namespace atgt::app
