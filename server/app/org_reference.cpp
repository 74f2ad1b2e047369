// Organisation catalogues into empty tables.
#include "app/org_reference.h"

#include <cstdlib>
#include <set>

#include "base/csv.h"
#include "store/units_store.h"

namespace atgt::app {
namespace {

Result<int> column(const CsvTable& t, const std::string& file, const char* name) {
  int i = t.column(name);
  if (i < 0) return Invalid(file + ": thiếu cột " + name + ".").with_row({1, name, "Thiếu cột."});
  return i;
}

}  // namespace

Status load_org_reference(store::Db& db, const std::string& dir) {
  ATGT_ASSIGN_OR_RETURN(auto types, store::list_unit_types(db));
  ATGT_ASSIGN_OR_RETURN(auto rules, store::list_role_unit_types(db));
  if (!types.empty() && !rules.empty()) return Status::Ok();
  store::Tx tx(db);
  ATGT_TRY(tx.status());
  std::set<std::string> type_codes;
  for (const auto& t : types) type_codes.insert(t.code);
  if (types.empty()) {
    const std::string f = "unit_types.csv";
    ATGT_ASSIGN_OR_RETURN(auto t, read_csv_file(dir + "/org/" + f));
    ATGT_ASSIGN_OR_RETURN(int c_code, column(t, f, "code"));
    ATGT_ASSIGN_OR_RETURN(int c_name, column(t, f, "name"));
    ATGT_ASSIGN_OR_RETURN(int c_side, column(t, f, "side"));
    ATGT_ASSIGN_OR_RETURN(int c_level, column(t, f, "level"));
    ATGT_ASSIGN_OR_RETURN(int c_sort, column(t, f, "sort_order"));
    for (const auto& r : t.rows) {
      ATGT_TRY(store::upsert_unit_type(
          db, {r[c_code], r[c_name], r[c_side], r[c_level], std::atoll(r[c_sort].c_str())}));
      type_codes.insert(r[c_code]);
    }
  }
  if (rules.empty()) {
    const std::string f = "role_unit_types.csv";
    ATGT_ASSIGN_OR_RETURN(auto t, read_csv_file(dir + "/org/" + f));
    ATGT_ASSIGN_OR_RETURN(int c_role, column(t, f, "role"));
    ATGT_ASSIGN_OR_RETURN(int c_type, column(t, f, "unit_type"));
    ATGT_ASSIGN_OR_RETURN(int c_note, column(t, f, "note"));
    for (size_t i = 0; i < t.rows.size(); ++i) {
      const auto& r = t.rows[i];
      if (!type_codes.count(r[c_type]))
        return Invalid(f + ": loại đơn vị không có trong danh mục.")
            .with_row({static_cast<int>(i) + 2, "unit_type", "Không có loại đơn vị " + r[c_type] + "."});
      ATGT_TRY(store::upsert_role_unit_type(
          db, {r[c_role], r[c_type], r[c_note].empty() ? std::nullopt : std::optional(r[c_note])}));
    }
  }
  return tx.commit();
}

}  // namespace atgt::app
