// Commitments import planning (see commitment_import.h).
#include "domain/commitment_import.h"

#include <map>

#include "base/row_errors.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/student_import.h"

namespace atgt {
namespace {

// A value quoted in a message: control characters shown as spaces, at most 40 bytes.
std::string shown(const std::string& v) {
  std::string out;
  for (char ch : v) out += (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7F) ? ' ' : ch;
  if (out.size() > 40) {
    size_t cut = 40;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + "…";
  }
  return out;
}

std::string display_date(const std::string& iso) {
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

}  // namespace

std::optional<bool> parse_signed_value(std::string_view text) {
  std::string t = trim_spaces(text);
  if (has_control_char(t)) return std::nullopt;
  std::string f = fold(t);
  if (f == "da ky" || f == "x" || f == "co" || f == "1" || f == "yes") return true;
  if (f.empty() || f == "chua ky" || f == "0" || f == "khong" || f == "no") return false;
  return std::nullopt;
}

Result<CommitmentImportPlan> plan_commitment_import(const CsvTable& t,
                                                    const CommitmentImportInput& in) {
  int c_id = t.find({"ma dinh danh", "ma dinh danh ca nhan", "so dinh danh", "so dinh danh ca nhan",
                     "personal_id", "personal id", "ma dinh danh hoc sinh"});
  int c_name = t.find({"ho va ten", "ho ten", "ho ten hoc sinh", "ho va ten hoc sinh", "full_name",
                       "full name", "name"});
  int c_birth = t.find({"ngay sinh", "ngay thang nam sinh", "birth_date", "birth date", "dob"});
  int c_class = t.find({"lop", "ten lop", "class", "class_name"});
  int c_student = t.find({"cam ket cua hoc sinh", "cam ket hoc sinh", "hoc sinh ky cam ket",
                          "student_commitment", "student commitment"});
  int c_parent =
      t.find({"cam ket cua phu huynh", "cam ket phu huynh", "cam ket cua cha me hoc sinh",
              "cam ket cha me hoc sinh", "cam ket cua cha me", "phu huynh ky cam ket",
              "parent_commitment", "parent commitment"});
  int c_date = t.find({"ngay ky", "ngay ky cam ket", "signed_date", "signed date"});
  std::vector<std::string> missing;
  if (c_name < 0) missing.push_back("\"Họ và tên\" (full_name)");
  if (c_birth < 0) missing.push_back("\"Ngày sinh\" (birth_date)");
  if (c_student < 0 && c_parent < 0)
    missing.push_back(
        "\"Cam kết của học sinh\" (student_commitment) hoặc \"Cam kết của phụ huynh\" "
        "(parent_commitment)");
  if (!missing.empty()) {
    std::string list;
    for (const auto& m : missing) list += (list.empty() ? "" : ", ") + m;
    return Status(Kind::kInvalid, kStudentFileError,
                  "Tệp thiếu cột bắt buộc: " + list + ". Dòng tiêu đề là dòng " +
                      std::to_string(t.header_row) + ".");
  }
  // The roster's indices: by personal id, and by folded name + birth date.
  std::map<std::string, size_t> by_id;
  std::map<std::string, std::vector<size_t>> by_person;
  for (size_t i = 0; i < in.roster.size(); ++i) {
    const auto& s = in.roster[i].student;
    if (s.personal_id) by_id.emplace(*s.personal_id, i);
    by_person[fold(s.full_name) + "|" + s.birth_date].push_back(i);
  }
  const std::string first_year = in.year_start.substr(0, 4);

  auto col = [&](int c) { return t.header[static_cast<size_t>(c)]; };
  RowErrors errors(
      "Tệp có dòng không hợp lệ; chưa ghi nhận cam kết nào. Hãy sửa các dòng được nêu rồi tải lên "
      "lại.");
  CommitmentImportPlan plan;
  plan.has_student = c_student >= 0;
  plan.has_parent = c_parent >= 0;
  std::map<int64_t, int> seen;  // student -> first row naming them
  size_t data_rows = 0;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const auto& row = t.rows[i];
    bool empty = true;
    for (const auto& f : row)
      if (!trim_spaces(f).empty()) empty = false;
    if (empty) continue;
    ++data_rows;
    int rn = t.header_row + 1 + static_cast<int>(i);
    bool ok = true;
    auto bad = [&](int c, const std::string& msg) {
      errors.add(rn, col(c), msg);
      ok = false;
    };
    ImportedCommitment r;
    r.row = rn;

    // The commitments and the date.
    auto read_signed = [&](int c, const char* what) -> std::optional<bool> {
      if (c < 0) return std::nullopt;
      std::string v = import_cell(row, c);
      auto s = parse_signed_value(v);
      if (!s)
        bad(c, std::string(what) +
                   " phải là \"Đã ký\" (hoặc x, Có, 1) hoặc \"Chưa ký\" (hoặc để "
                   "trống, 0, Không): \"" +
                   shown(v) + "\".");
      return s;
    };
    r.student_signed = read_signed(c_student, "Cam kết của học sinh");
    r.parent_signed = read_signed(c_parent, "Cam kết của phụ huynh");
    if (c_date >= 0) {
      std::string v = import_cell(row, c_date);
      if (!v.empty()) {
        auto d = has_control_char(v) ? std::nullopt : parse_birth_date(v);
        if (!d) {
          bad(c_date, "Ngày ký không hợp lệ hoặc không có thật: \"" + shown(v) +
                          "\" (dùng dd/mm/yyyy, ví dụ 15/09/2025).");
        } else if (*d > in.today) {
          bad(c_date, "Ngày ký " + display_date(*d) + " sau ngày hôm nay.");
        } else if (d->substr(0, 4) < first_year) {
          bad(c_date, "Ngày ký " + display_date(*d) + " trước năm học " + in.school_year + ".");
        } else if (!r.student_signed.value_or(false) && !r.parent_signed.value_or(false) && ok) {
          bad(c_date, "Có ngày ký nhưng không có cam kết nào \"Đã ký\" trên dòng này.");
        } else {
          r.signed_date = *d;
        }
      }
    }

    // Who the row is about.
    std::string name = import_cell(row, c_name), birth_text = import_cell(row, c_birth);
    std::optional<std::string> pid, birth;
    if (name.empty())
      bad(c_name, "Thiếu họ và tên.");
    else if (has_control_char(name) || !valid_person_name(name))
      bad(c_name, "Họ và tên chỉ gồm chữ cái, dấu cách, dấu nháy đơn và dấu gạch nối: \"" +
                      shown(name) + "\".");
    if (birth_text.empty()) {
      bad(c_birth, "Thiếu ngày sinh.");
    } else {
      birth = has_control_char(birth_text) ? std::nullopt : parse_birth_date(birth_text);
      if (!birth)
        bad(c_birth, "Ngày sinh không hợp lệ hoặc không có thật: \"" + shown(birth_text) +
                         "\" (dùng dd/mm/yyyy, ví dụ 05/03/2009).");
    }
    if (c_id >= 0) {
      std::string v = import_cell(row, c_id);
      if (!v.empty()) {
        pid = parse_personal_id(v);
        if (!pid) bad(c_id, "Mã định danh phải gồm 12 chữ số: \"" + shown(v) + "\".");
      }
    }
    if (!ok) continue;
    std::optional<size_t> found;
    if (pid) {
      if (auto it = by_id.find(*pid); it != by_id.end()) found = it->second;
    }
    if (!found) {
      std::vector<size_t> candidates;
      if (auto it = by_person.find(fold(name) + "|" + *birth); it != by_person.end())
        for (size_t k : it->second) {
          const auto& other = in.roster[k].student.personal_id;
          if (pid && other && *other != *pid) continue;
          candidates.push_back(k);
        }
      if (candidates.size() > 1) {
        bad(c_id >= 0 ? c_id : c_name,
            "Danh sách học sinh năm học " + in.school_year + " có " +
                std::to_string(candidates.size()) + " học sinh cùng họ tên \"" + name +
                "\" và ngày sinh " + display_date(*birth) + "; hãy ghi Mã định danh để phân biệt.");
        continue;
      }
      if (candidates.empty()) {
        bad(pid ? c_id : c_name,
            "Không có học sinh \"" + name + "\" (ngày sinh " + display_date(*birth) +
                (pid ? ", mã định danh " + *pid : std::string()) +
                ") trong danh sách học sinh của trường năm học " + in.school_year + ".");
        continue;
      }
      found = candidates[0];
    }
    const auto& rs = in.roster[*found];
    r.student_id = rs.student.id;
    r.full_name = rs.student.full_name;
    r.class_name = rs.enrolment.class_name;
    if (c_class >= 0) {
      std::string cls = import_cell(row, c_class);
      if (!cls.empty() && fold(cls) != fold(rs.enrolment.class_name)) {
        bad(c_class, "Học sinh \"" + rs.student.full_name + "\" học lớp " +
                         (rs.enrolment.class_name.empty() ? std::string("(chưa ghi lớp)")
                                                          : rs.enrolment.class_name) +
                         " theo danh sách năm học " + in.school_year + ", không phải lớp \"" +
                         shown(cls) + "\".");
        continue;
      }
    }
    auto [it, fresh] = seen.emplace(r.student_id, rn);
    if (!fresh) {
      bad(c_name, "Học sinh \"" + rs.student.full_name + "\" đã có ở dòng " +
                      std::to_string(it->second) + ".");
      continue;
    }
    plan.rows.push_back(std::move(r));
  }
  if (data_rows == 0)
    return Status(Kind::kInvalid, kStudentFileError, "Tệp không có dòng dữ liệu nào.");
  if (!errors.empty()) return errors.status();
  return plan;
}

}  // namespace atgt
