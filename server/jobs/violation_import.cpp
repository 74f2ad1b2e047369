#include "jobs/violation_import.h"

#include "base/row_errors.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/student_import.h"
#include "domain/violation_rules.h"
#include "files/table_reader.h"
#include "jobs/violation_loop.h"

namespace atgt::jobs {
namespace json = boost::json;
namespace {

struct Column {
  const char* field;  // the person's JSON field, or a stop field
  std::initializer_list<const char*> names;
};

const Column kColumns[] = {
    {"occurred_at", {"thoi diem vi pham", "thoi diem", "ngay gio vi pham", "occurred_at"}},
    {"place_unit_code", {"ma cong an xa", "noi vi pham", "place_unit_code"}},
    {"stop_address", {"dia diem", "dia diem vi pham", "address"}},
    {"officer_name", {"can bo lap bien ban", "can bo", "officer_name"}},
    {"stop_ref", {"ma lan kiem tra", "stop_ref"}},
    {"role", {"vai tro", "role"}},
    {"full_name", {"ho va ten", "ho ten", "full_name"}},
    {"birth_date", {"ngay sinh", "birth_date"}},
    {"birth_year", {"nam sinh", "birth_year"}},
    {"sex", {"gioi tinh", "sex"}},
    {"personal_id", {"so dinh danh", "ma dinh danh", "personal_id"}},
    {"school_stated", {"truong", "truong theo loi khai", "school_stated"}},
    {"address", {"noi o", "dia chi nguoi vi pham", "person_address"}},
    {"vehicle_kind", {"loai phuong tien", "phuong tien", "vehicle_kind"}},
    {"plate", {"bien so", "plate"}},
    {"decree", {"nghi dinh", "decree"}},
    {"code", {"ma hanh vi", "code"}},
    {"sanction", {"hinh thuc xu ly", "hinh thuc xu phat", "sanction"}},
    {"fine_amount", {"so tien phat", "fine_amount"}},
    {"impounded", {"tam giu phuong tien", "impounded"}},
    {"report_number", {"so bien ban", "report_number"}},
    {"decision_number", {"so quyet dinh", "decision_number"}},
};

std::string role_code(const std::string& folded) {
  if (folded.empty() || folded == "nguoi dieu khien" || folded == "rider") return "rider";
  if (folded == "nguoi duoc cho" || folded == "passenger") return "passenger";
  if (folded == "nguoi di bo" || folded == "pedestrian") return "pedestrian";
  if (folded == "chu phuong tien" || folded == "chu phuong tien giao xe" || folded == "owner")
    return "owner";
  if (folded == "nguoi lien quan" || folded == "involved") return "involved";
  return "";
}

std::string sanction_code(const std::string& folded) {
  if (folded.empty() || folded == "khong" || folded == "khong xu phat" || folded == "none")
    return "none";
  if (folded == "canh cao" || folded == "warning") return "warning";
  if (folded == "phat tien" || folded == "fine") return "fine";
  return "";
}

std::string decree_code(const std::string& folded) {
  if (folded.find("168") != std::string::npos) return "ND168";
  if (folded.find("100") != std::string::npos) return "ND100";
  return folded.empty() ? "" : "?";
}

// "15/09/2025 07:15", "2025-09-15 07:15", "2025-09-15T07:15" -> "2025-09-15T07:15".
std::optional<std::string> local_datetime(const std::string& text) {
  std::string t = trim_spaces(text);
  auto space = t.find_first_of(" T");
  if (space == std::string::npos) return std::nullopt;
  auto day = parse_birth_date(t.substr(0, space));  // the same date forms as a roster
  std::string time = trim_spaces(t.substr(space + 1));
  if (!day) return std::nullopt;
  if (time.size() == 4 && time[1] == ':') time = "0" + time;
  if (time.size() == 8 && time[5] == ':') time = time.substr(0, 5);
  std::string out = *day + "T" + time;
  return violation_rules::parse_local_datetime(out) ? std::optional<std::string>(out)
                                                    : std::nullopt;
}

}  // namespace

Result<ViolationImportPlan> plan_violation_import(const OrgIndex& org, int64_t owner_unit,
                                                  std::string_view bytes, std::string_view name,
                                                  Encoding encoding, int64_t now,
                                                  std::optional<int64_t> user) {
  auto table = files::read_table(bytes, name, encoding);
  if (!table.ok()) return table.status();
  ViolationImportPlan plan;
  std::map<std::string, int> col;
  for (const auto& c : kColumns) {
    col[c.field] = table->find(c.names);
    if (col[c.field] >= 0) plan.column[c.field] = table->header[col[c.field]];
  }
  RowErrors errors;
  for (const char* required : {"occurred_at", "full_name"})
    if (col[required] < 0)
      errors.add(1, required,
                 std::string("Thiếu cột ") +
                     (std::string(required) == "full_name" ? "Họ và tên" : "Thời điểm vi phạm") +
                     ".");
  if (!errors.empty()) return errors.status();
  std::map<std::string, int64_t> units_by_code;
  for (int64_t u : org.all_units())
    if (const auto* v = org.latest(u)) units_by_code[v->code] = u;
  std::map<std::pair<std::string, std::string>, size_t> by_ref;  // (stop_ref, time) -> stop
  for (size_t i = 0; i < table->rows.size(); ++i) {
    const auto& row = table->rows[i];
    int line = table->header_row + 1 + static_cast<int>(i);
    bool blank = true;
    for (const auto& cell : row) blank = blank && trim_spaces(cell).empty();
    if (blank) continue;
    auto cell = [&](const char* f) { return import_cell(row, col[f]); };
    auto header = [&](const char* f) { return plan.column.count(f) ? plan.column[f] : f; };
    auto when = local_datetime(cell("occurred_at"));
    if (!when) {
      errors.add(line, header("occurred_at"),
                 "Thời điểm có dạng dd/mm/yyyy hh:mm (giờ Việt Nam), ví dụ 15/09/2025 07:15.");
      continue;
    }
    auto at = violation_rules::parse_local_datetime(*when);
    if (*at > now) {
      errors.add(line, header("occurred_at"), "Thời điểm vi phạm ở tương lai.");
      continue;
    }
    std::optional<int64_t> place;
    if (std::string code = cell("place_unit_code"); !code.empty()) {
      auto it = units_by_code.find(code);
      if (it == units_by_code.end()) {
        errors.add(line, header("place_unit_code"),
                   "Không có đơn vị mã " + code + " trong danh mục tổ chức.");
        continue;
      }
      place = it->second;
    }
    json::object person;
    std::string role = role_code(fold(cell("role")));
    if (role.empty()) {
      errors.add(line, header("role"),
                 "Vai trò là Người điều khiển, Người được chở, Người đi bộ, Chủ phương tiện hoặc "
                 "Người liên quan.");
      continue;
    }
    person["role"] = role;
    std::string sanction = sanction_code(fold(cell("sanction")));
    if (sanction.empty()) {
      errors.add(line, header("sanction"),
                 "Hình thức xử lý là Không xử phạt, Cảnh cáo hoặc Phạt tiền.");
      continue;
    }
    person["sanction"] = sanction;
    for (const char* f : {"full_name", "sex", "personal_id", "school_stated", "address",
                          "vehicle_kind", "plate", "code", "report_number", "decision_number"})
      if (std::string v = cell(f); !v.empty()) person[f] = v;
    if (std::string d = cell("decree"); !d.empty()) {
      std::string code = decree_code(fold(d));
      if (code == "?") {
        errors.add(line, header("decree"), "Nghị định là 100/2019/NĐ-CP hoặc 168/2024/NĐ-CP.");
        continue;
      }
      person["decree"] = code;
    } else if (person.contains("code")) {
      // The decree in force on the day.
      person["decree"] = when->substr(0, 10) >= "2025-01-01" ? "ND168" : "ND100";
    }
    if (std::string b = cell("birth_date"); !b.empty()) {
      auto d = parse_birth_date(b);
      if (!d) {
        errors.add(line, header("birth_date"), "Ngày sinh có dạng dd/mm/yyyy.");
        continue;
      }
      person["birth_date"] = *d;
    }
    for (const char* f : {"birth_year", "fine_amount"})
      if (std::string v = cell(f); !v.empty()) {
        std::string digits;
        for (char ch : v)
          if (ch != '.' && ch != ',' && ch != ' ') digits += ch;
        try {
          size_t used = 0;
          int64_t n = std::stoll(digits, &used);
          if (used != digits.size() || n < 0) throw std::invalid_argument(v);
          person[f] = n;
        } catch (...) {
          errors.add(line, header(f), "Cần một số.");
        }
      }
    if (std::string v = fold(cell("impounded")); !v.empty())
      person["impounded"] = v == "co" || v == "x" || v == "1" || v == "yes";
    std::string ref = cell("stop_ref");
    size_t stop_index;
    auto key = std::make_pair(ref, *when);
    if (!ref.empty() && by_ref.count(key)) {
      stop_index = by_ref[key];
    } else {
      StopRequest s;
      s.stop.owner_unit_id = owner_unit;
      s.stop.occurred_at = *at;
      s.stop.local_date = local_date(*at).str();
      s.stop.place_unit_id = place;
      s.stop.address = cell("stop_address");
      s.stop.officer_name = cell("officer_name");
      s.stop.created_at = now;
      s.stop.created_by = user;
      plan.stops.push_back(std::move(s));
      plan.rows.emplace_back();
      stop_index = plan.stops.size() - 1;
      if (!ref.empty()) by_ref[key] = stop_index;
    }
    plan.stops[stop_index].persons.push_back(std::move(person));
    plan.rows[stop_index].push_back(line);
    ++plan.persons;
  }
  if (!errors.empty()) return errors.status();
  if (plan.persons == 0) {
    errors.add(1, "", "Tệp không có dòng dữ liệu nào.");
    return errors.status();
  }
  return plan;
}

Result<ImportWritten> write_violation_import(store::Db& db, const OrgIndex& org,
                                             ViolationImportPlan& plan, const std::string& batch,
                                             const MatchIndex& index, const LoopEnv& env,
                                             const std::function<Status(int64_t)>& progress) {
  ImportWritten out;
  RowErrors errors;
  CodeCache codes;
  for (size_t s = 0; s < plan.stops.size(); ++s) {
    auto written = write_stop(db, org, plan.stops[s], std::nullopt, batch, false, &codes);
    if (!written.ok()) {
      if (written.status().kind() != Kind::kInvalid) return written.status();
      for (const auto& [field, message] : written.status().fields()) {
        // "persons[2].code" -> the row of person 2, the column of "code".
        size_t person = 0;
        std::string name = field;
        if (field.rfind("persons[", 0) == 0) {
          person = std::stoul(field.substr(8));
          name = field.substr(field.find('.') + 1);
        }
        int row = plan.rows[s][std::min(person, plan.rows[s].size() - 1)];
        if (name == "place_unit_id") name = "place_unit_code";
        auto c = plan.column.find(name);
        errors.add(row, c != plan.column.end() ? c->second : name, message);
      }
      continue;
    }
    for (const auto& v : written->records) {
      ++out.records;
      if (!is_matchable(v)) continue;
      ATGT_ASSIGN_OR_RETURN(auto m, route_record(db, index, env, v));
      if (m.state == "auto") ++out.matched;
      if (m.state == "review") ++out.review;
      if (m.state == "unmatched") ++out.unmatched;
    }
    if (progress) ATGT_TRY(progress(static_cast<int64_t>(s + 1)));
  }
  if (!errors.empty()) return errors.status();
  return out;
}

}  // namespace atgt::jobs
