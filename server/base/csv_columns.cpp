#include "base/csv_columns.h"

#include "base/row_errors.h"

namespace atgt {

Status CsvColumns::bind(const std::vector<const char*>& names) {
  RowErrors errors(file + ": thiếu cột.");
  for (const char* n : names) {
    col[n] = t.column(n);
    if (col[n] < 0) errors.add(1, n, "Thiếu cột " + std::string(n) + ".");
  }
  return errors.status();
}

std::optional<std::string> CsvColumns::opt(const std::vector<std::string>& row,
                                           const std::string& name) const {
  const std::string& v = cell(row, name);
  return v.empty() ? std::nullopt : std::optional<std::string>(v);
}

Result<CsvColumns> read_csv_columns(const std::string& path, const std::string& file,
                                    const std::vector<const char*>& names) {
  CsvColumns c;
  c.file = file;
  ATGT_ASSIGN_OR_RETURN(c.t, read_csv_file(path));
  ATGT_TRY(c.bind(names));
  return c;
}

}  // namespace atgt
