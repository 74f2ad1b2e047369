// The registers of Decree 30/2020 Appendix IV for the caller's unit: outgoing (sổ văn bản đi:
// number and symbol, date, type and subject, signer, recipients, e-office number) and incoming
// (sổ văn bản đến: date received, incoming number, sender, number and symbol, document date, type
// and subject, who handled it, acknowledgement) and tracking (sổ theo dõi giải quyết văn bản đến:
// incoming number, the document, handler, deadline and progress of the unit's tasks under it, the
// numbers of the unit's documents answering it), filtered by year, type and words.
#include "api/common.h"
#include "api/document_registers.h"
#include "api/documents_common.h"
#include "api/handlers.h"
#include "base/text.h"
#include "base/time.h"
#include "store/documents_store.h"
#include "store/plans_store.h"

namespace atgt::api {
namespace json = boost::json;

namespace {
// The year of the incoming register a delivery belongs to: the date received.
int received_year(const store::InboxRow& r) {
  if (r.doc.received_date) {
    if (auto d = Date::parse(*r.doc.received_date)) return d->year;
  }
  return local_date(r.rcpt.delivered_at).year;
}
// The deliveries to `unit` received in `year` (of one type when given), by incoming number: the
// rows of the incoming and tracking registers.
Result<std::vector<store::InboxRow>> incoming_of_year(store::Db& db, int64_t unit,
                                                      const std::optional<std::string>& q,
                                                      const std::string* type, int year) {
  ATGT_ASSIGN_OR_RETURN(auto rows, store::inbox(db, unit, q, std::nullopt, false, 5000));
  std::vector<store::InboxRow> kept;
  for (auto& r : rows)
    if (received_year(r) == year && (!type || r.doc.type_code == *type))
      kept.push_back(std::move(r));
  std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
    return a.rcpt.incoming_number < b.rcpt.incoming_number;
  });
  return kept;
}

}  // namespace

Result<RegisterTable> register_table(Ctx& c, store::Db& db, const std::string& kind) {
  ATGT_ASSIGN_OR_RETURN(auto year_param, int_param(c, "year", 1990, 2200));
  int year = year_param ? static_cast<int>(*year_param) : today_local().year;
  std::optional<std::string> q;
  if (const std::string* raw = c.query("q"); raw && !fold(*raw).empty()) q = fold(*raw);
  const std::string* type = c.query("type");
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
  ATGT_ASSIGN_OR_RETURN(auto types, store::document_types(db));
  auto type_name = [&](const std::string& code) {
    for (const auto& t : types)
      if (t.code == code) return t.name;
    return code;
  };
  RegisterTable t;
  t.year = year;
  int64_t unit = c.me().unit_id;
  t.unit_name = docs::unit_name(*org, unit, today_local().str());
  if (kind == "outgoing") {
    t.title = "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM " + std::to_string(year);
    t.columns = {"Số, ký hiệu văn bản",
                 "Ngày tháng văn bản",
                 "Tên loại và trích yếu nội dung",
                 "Người ký",
                 "Nơi nhận văn bản",
                 "Đơn vị, người nhận bản lưu",
                 "Số lượng bản",
                 "Số trên hệ thống quản lý văn bản",
                 "Ghi chú"};
    store::DocumentFilter f;
    f.units = {unit};
    f.query = q;
    f.status = "issued";
    f.direction = "out";
    f.year = year;
    if (type) f.type_code = *type;
    f.limit = 5000;
    ATGT_ASSIGN_OR_RETURN(auto list, store::list_documents(db, f));
    std::sort(list.begin(), list.end(),
              [](const auto& a, const auto& b) { return a.number < b.number; });
    for (const auto& d : list) {
      ATGT_ASSIGN_OR_RETURN(auto rcpts, store::recipient_units(db, d.id));
      std::string places;
      boost::system::error_code ec;
      auto addressees = json::parse(d.addressees, ec);
      if (!ec && addressees.is_array())
        for (const auto& a : addressees.as_array())
          if (a.is_string()) places += (places.empty() ? "" : "; ") + std::string(a.as_string());
      if (places.empty())
        places = std::to_string(rcpts.size()) + " đơn vị";
      else
        places += " (" + std::to_string(rcpts.size()) + " đơn vị)";
      t.rows.push_back(
          {d.id,
           {d.number_text.value_or(""), d.issued_date.value_or(""),
            type_name(d.type_code) + ": " + d.subject, d.signer_name, places, "Lưu: VT", "01",
            d.eoffice_ref.value_or(""), d.illustrative ? "Minh họa" : ""}});
    }
  } else if (kind == "tracking") {
    t.title = "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN NĂM " + std::to_string(year);
    t.columns = {"Số đến",
                 "Số, ký hiệu và trích yếu văn bản",
                 "Người xử lý",
                 "Hạn giải quyết",
                 "Tiến độ giải quyết",
                 "Số, ký hiệu văn bản trả lời",
                 "Ghi chú"};
    ATGT_ASSIGN_OR_RETURN(auto kept, incoming_of_year(db, unit, q, type, year));
    for (const auto& r : kept) {
      const auto& d = r.doc;
      store::AssignmentFilter f;
      f.document_id = d.id;
      f.units = std::vector<int64_t>{unit};
      ATGT_ASSIGN_OR_RETURN(auto tasks, store::list_assignments(db, f));
      std::string deadline, progress;
      int64_t accepted = 0;
      for (const auto& a : tasks) {
        if (a.review == "accepted")
          ++accepted;
        else if (deadline.empty() || a.due_date < deadline)
          deadline = a.due_date;
      }
      if (!tasks.empty())
        progress = std::to_string(accepted) + "/" + std::to_string(tasks.size()) +
                   " nhiệm vụ đã được chấp nhận";
      else
        progress = r.rcpt.acknowledged_at
                       ? "Đã nhận, xác nhận ngày " + local_date(*r.rcpt.acknowledged_at).str()
                       : "Chưa xác nhận";
      ATGT_ASSIGN_OR_RETURN(auto replies, store::replies_from(db, d.id, unit));
      std::string reply;
      for (const auto& n : replies) reply += (reply.empty() ? "" : "; ") + n;
      t.rows.push_back(
          {d.id,
           {std::to_string(r.rcpt.incoming_number), d.number_text.value_or("") + " — " + d.subject,
            r.rcpt.acknowledged_by_name, deadline, progress, reply,
            d.illustrative ? "Minh họa" : ""}});
    }
  } else {
    t.title = "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM " + std::to_string(year);
    t.columns = {"Ngày đến",
                 "Số đến",
                 "Tác giả (nơi gửi)",
                 "Số, ký hiệu văn bản",
                 "Ngày tháng văn bản",
                 "Tên loại và trích yếu nội dung",
                 "Đơn vị hoặc người nhận",
                 "Ngày xác nhận",
                 "Ghi chú"};
    ATGT_ASSIGN_OR_RETURN(auto kept, incoming_of_year(db, unit, q, type, year));
    for (const auto& r : kept) {
      const auto& d = r.doc;
      std::string sender = d.sender_name
                               ? *d.sender_name
                               : docs::unit_name(*org, d.unit_id, d.issued_date.value_or(""));
      std::string received =
          d.received_date ? *d.received_date : local_date(r.rcpt.delivered_at).str();
      t.rows.push_back({d.id,
                        {received, std::to_string(r.rcpt.incoming_number), sender,
                         d.number_text.value_or(""), d.issued_date.value_or(""),
                         type_name(d.type_code) + ": " + d.subject, r.rcpt.acknowledged_by_name,
                         r.rcpt.acknowledged_at ? local_date(*r.rcpt.acknowledged_at).str() : "",
                         d.illustrative ? "Minh họa" : ""}});
    }
  }
  return t;
}

namespace {
Result<Reply> register_reply(Ctx& c, const std::string& kind) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto t, register_table(c, *db, kind));
  json::array cols(t.columns.begin(), t.columns.end());
  json::array rows;
  for (const auto& r : t.rows) {
    json::array cells(r.cells.begin(), r.cells.end());
    rows.push_back(json::object{{"document_id", r.document_id}, {"cells", std::move(cells)}});
  }
  return json_reply(json::object{{"title", t.title},
                                 {"unit_name", t.unit_name},
                                 {"year", t.year},
                                 {"columns", std::move(cols)},
                                 {"rows", std::move(rows)}});
}
}  // namespace

Result<Reply> get_outgoing_register(Ctx& c) {
  return register_reply(c, "outgoing");
}
Result<Reply> get_incoming_register(Ctx& c) {
  return register_reply(c, "incoming");
}
Result<Reply> get_tracking_register(Ctx& c) {
  return register_reply(c, "tracking");
}

}  // namespace atgt::api
