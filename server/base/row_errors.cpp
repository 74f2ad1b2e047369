#include "base/row_errors.h"

namespace atgt {

void RowErrors::add(int row, std::string column, std::string message) {
  if (count_++ == 0) st_ = Invalid(message_);
  if (count_ <= kMaxRowErrors) st_.with_row({row, std::move(column), std::move(message)});
}

Status RowErrors::status() const {
  if (count_ <= kMaxRowErrors) return st_;
  Status out = st_;
  out.with_row({0, "", "… và " + std::to_string(count_ - kMaxRowErrors) + " lỗi khác."});
  return out;
}

}  // namespace atgt
