// A CSV table read by column name, for the product's own data files (data/reference/, the legal
// codes): bind() checks that the named columns exist (each missing one a row-1 error of the file),
// then cell() and opt() read a row's cells by name.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/csv.h"
#include "base/status.h"

namespace atgt {

struct CsvColumns {
  std::string file;  // its name in messages: "purposes.csv"
  CsvTable t;
  std::map<std::string, int> col;

  // kInvalid naming every missing column (row 1) and the file.
  Status bind(const std::vector<const char*>& names);
  const std::string& cell(const std::vector<std::string>& row, const std::string& name) const {
    return row[static_cast<size_t>(col.at(name))];
  }
  // The cell, or nullopt when it is empty.
  std::optional<std::string> opt(const std::vector<std::string>& row,
                                 const std::string& name) const;
};

// Reads `path` and binds `names`; `file` names it in messages.
Result<CsvColumns> read_csv_columns(const std::string& path, const std::string& file,
                                    const std::vector<const char*>& names);

}  // namespace atgt
