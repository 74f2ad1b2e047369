// Import templates as XLSX: data/import_templates/<kind>.csv (the header row each importer reads,
// in Vietnamese, and example rows per school level) sent as one sheet with every cell as text, so
// codes keep their leading zeros and nothing is a formula. Every signed-in user may download them.
#include <fstream>
#include <sstream>

#include "api/common.h"
#include "api/handlers.h"
#include "api/services.h"
#include "base/csv.h"
#include "render/xlsx.h"

namespace atgt::api {

Result<Reply> get_import_template(Ctx& c) {
  static const char* const kKinds[] = {"users",      "units",    "events",
                                       "enrolments", "students", "commitments", "violations"};
  auto it = c.path.find("kind");
  std::string kind = it == c.path.end() ? "" : it->second;
  bool known = false;
  for (const char* k : kKinds) known = known || kind == k;
  if (!known) return NotFound("Không có tệp mẫu này.");
  ATGT_ASSIGN_OR_RETURN(
      auto table, read_csv_file(c.svc.config.data_dir + "/import_templates/" + kind + ".csv"));
  render::Sheet sheet;
  sheet.name = "Mau nhap";
  sheet.header = table.header;
  for (const auto& row : table.rows) {
    std::vector<render::Cell> cells;
    for (const auto& v : row) cells.emplace_back(v);
    sheet.rows.push_back(std::move(cells));
  }
  ATGT_ASSIGN_OR_RETURN(auto bytes, render::render_xlsx(sheet));
  Reply r;
  r.bytes = std::move(bytes);
  r.content_type = binary_media_type(kXlsxBody);
  r.headers.emplace_back("Content-Disposition",
                         "attachment; filename=\"mau-nhap-" + kind + ".xlsx\"");
  return r;
}

}  // namespace atgt::api
