// The errors of a file, row by row (row 1 is the header), collected into one kInvalid Status: the
// first kMaxRowErrors rows are kept, and a closing line counts the rest. Every importer (users,
// registry, enrolment, rosters) reports through one of these, so the cap and the wording are the
// same everywhere.
#pragma once

#include <cstddef>
#include <string>

#include "base/status.h"

namespace atgt {

inline constexpr size_t kMaxRowErrors = 200;
inline constexpr const char* kFileRefused =
    "Tệp có dữ liệu không hợp lệ; không có dòng nào được nhập.";

class RowErrors {
 public:
  explicit RowErrors(std::string message = kFileRefused) : message_(std::move(message)) {}
  void add(int row, std::string column, std::string message);
  size_t count() const { return count_; }
  bool empty() const { return count_ == 0; }
  // The collected rows as one kInvalid status; Ok when nothing was added.
  Status status() const;

 private:
  std::string message_;
  Status st_ = Status::Ok();
  size_t count_ = 0;
};

}  // namespace atgt
