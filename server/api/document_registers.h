// The registers of Decree 30/2020 Appendix IV as a table (document_registers_api.cpp), shared by
// the JSON answer and the XLSX export.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "api/route.h"
#include "store/db.h"

namespace atgt::api {

struct RegisterTable {
  std::string title;  // "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2024"
  std::string unit_name;
  int year = 0;
  std::vector<std::string> columns;
  struct Row {
    int64_t document_id = 0;
    std::vector<std::string> cells;
  };
  std::vector<Row> rows;
};

// `kind` is "outgoing", "incoming" or "tracking"; the caller's unit, query parameters year, q, type.
Result<RegisterTable> register_table(Ctx& c, store::Db& db, const std::string& kind);

}  // namespace atgt::api
