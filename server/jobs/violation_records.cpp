#include "jobs/violation_records.h"

#include "base/time.h"
#include "domain/violation_rules.h"
#include "model/json_input.h"
#include "store/violation_codes_store.h"
#include "store/violations_store.h"

namespace atgt::jobs {
namespace json = boost::json;

Result<std::vector<model::ViolationRecord>> read_persons(store::Db& db, const json::array& in,
                                                         const model::TrafficStop& stop,
                                                         bool pushed, CodeCache* codes) {
  Status errors = Invalid("Có thông tin không hợp lệ; chưa ghi nhận vi phạm nào.");
  bool bad = false;
  Date day = *Date::parse(stop.local_date);
  std::vector<model::ViolationRecord> out;
  for (size_t i = 0; i < in.size(); ++i) {
    std::string at = "persons[" + std::to_string(i) + "].";
    auto fail = [&](const std::string& field, const std::string& message) {
      errors.with_field(at + field, message);
      bad = true;
    };
    if (!in[i].is_object()) {
      fail("", "Mỗi người là một đối tượng JSON.");
      continue;
    }
    ATGT_ASSIGN_OR_RETURN(auto r, model::reader_for(in[i].as_object()));
    model::ViolationRecord v;
    v.role = r.str("role", true, 20).value_or("");
    v.full_name = r.str("full_name", true, 200).value_or("");
    v.birth_date = r.str("birth_date", false, 10);
    if (auto y = r.i64("birth_year", false)) v.birth_year = static_cast<int>(*y);
    if (v.birth_date) {
      if (auto b = Date::parse(*v.birth_date); b && !v.birth_year) v.birth_year = b->year;
    }
    v.sex = r.str("sex", false, 10);
    v.personal_id = r.str("personal_id", false, 20);
    v.school_stated = r.str("school_stated", false, 300);
    v.person_address = r.str("address", false, 500);
    v.vehicle_kind = r.str("vehicle_kind", false, 40);
    v.plate = r.str("plate", false, 20);
    auto decree = r.str("decree", false, 20);
    auto code = r.str("code", false, 20);
    v.sanction = r.str("sanction", true, 10).value_or("");
    v.fine_amount = r.i64("fine_amount", false);
    v.impounded = r.boolean("impounded", false).value_or(false);
    v.report_number = r.str("report_number", false, 60);
    v.decision_number = r.str("decision_number", false, 60);
    if (pushed) v.external_id = r.str("external_id", true, 100);
    if (Status st = r.finish(); !st.ok()) {
      for (const auto& [f, m] : st.fields()) fail(f, m);
      continue;
    }
    std::optional<model::ViolationCode> found;
    if (decree || code) {
      auto c = codes ? codes->find(db, decree.value_or(""), code.value_or(""), stop.local_date)
                     : store::find_code_in_force(db, decree.value_or(""), code.value_or(""),
                                                 stop.local_date);
      if (c.ok()) {
        found = *c;
        v.code_id = c->id;
      } else if (c.status().kind() == Kind::kNotFound) {
        fail("code", "Mã " + code.value_or("") + " của " + decree.value_or("") +
                         " không có hiệu lực vào ngày " + stop.local_date + ".");
        continue;
      } else {
        return c.status();
      }
    }
    if (Status st = violation_rules::check_record(v, day); !st.ok()) {
      for (const auto& [f, m] : st.fields()) fail(f, m);
      continue;
    }
    v.age_years = violation_rules::age_at(v.birth_date, v.birth_year, day);
    if (found) {
      if (Status st = violation_rules::check_sanction(v, v.age_years, *found); !st.ok()) {
        for (const auto& [f, m] : st.fields()) fail(f, m);
        continue;
      }
      v.behaviour = found->category;
      v.legal_code = violation_rules::legal_code(*found);
    }
    v.stop_id = 0;
    v.owner_unit_id = stop.owner_unit_id;
    v.local_date = stop.local_date;
    v.year_month = stop.local_date.substr(0, 7);
    v.age_band = violation_rules::age_band(v.age_years);
    v.place_unit_id = stop.place_unit_id;
    v.created_at = v.updated_at = stop.created_at;
    v.created_by = v.updated_by = stop.created_by;
    out.push_back(std::move(v));
  }
  if (bad) return errors;
  return out;
}

Result<model::ViolationCode> CodeCache::find(store::Db& db, const std::string& decree,
                                             const std::string& code, const std::string& day) {
  std::string key = decree + '\n' + code + '\n' + day;
  auto it = found_.find(key);
  if (it == found_.end()) {
    auto c = store::find_code_in_force(db, decree, code, day);
    if (!c.ok() && c.status().kind() != Kind::kNotFound) return c.status();
    it = found_.emplace(key, c.ok() ? std::optional<model::ViolationCode>(*c) : std::nullopt).first;
  }
  if (!it->second) return NotFound("Mã vi phạm không có hiệu lực vào ngày này.");
  return *it->second;
}

Result<Written> write_stop(store::Db& db, const OrgIndex& org, StopRequest& req,
                           const std::optional<std::string>& source,
                           const std::optional<std::string>& batch, bool pushed, CodeCache* codes) {
  Written w;
  w.stop = req.stop;
  if (!org.alive(w.stop.owner_unit_id, w.stop.local_date))
    return Invalid().with_field("occurred_at",
                                "Đơn vị ghi nhận chưa được thành lập hoặc đã giải thể vào ngày vi "
                                "phạm; bản ghi của ngày đó do đơn vị khi ấy ghi nhận.");
  if (w.stop.place_unit_id && (!org.alive(*w.stop.place_unit_id, w.stop.local_date) ||
                               org.side_of(*w.stop.place_unit_id, w.stop.local_date) != "police"))
    return Invalid().with_field("place_unit_id",
                                "Nơi vi phạm phải là một đơn vị công an tồn tại vào ngày vi phạm.");
  ATGT_ASSIGN_OR_RETURN(w.records, read_persons(db, req.persons, w.stop, pushed, codes));
  ATGT_ASSIGN_OR_RETURN(w.stop.id, store::insert_stop(db, w.stop));
  for (auto& v : w.records) {
    v.stop_id = w.stop.id;
    v.source_system = source;
    v.batch_id = batch;
    auto id = store::insert_violation(db, v);
    if (!id.ok() && id.status().code() == "unique_violation")
      return Invalid("Mã external_id bị trùng trong lần gửi.")
          .with_field("persons", "Mỗi người cần một external_id riêng.");
    if (!id.ok()) return id.status();
    v.id = *id;
  }
  return w;
}

}  // namespace atgt::jobs
