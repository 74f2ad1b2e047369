// Global settings kept by the system administrator: the retention period of personal data
// (sessions, login attempts, password resets, read notifications, sent emails, backups), bounded
// to 1–36,500 days so that no value can overflow a date or mean "delete everything".
#include "api/common.h"
#include "api/handlers.h"
#include "model/json_input.h"
#include "store/pool.h"
#include "store/retention_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

Result<Reply> retention_reply(store::Db& db) {
  json::object o{{"min_days", store::kMinRetentionDays},
                 {"max_days", store::kMaxRetentionDays},
                 {"default_days", store::kDefaultRetentionDays}};
  auto days = store::personal_data_days(db);
  if (days.ok()) {
    o["personal_data_days"] = *days;
    o["problem"] = nullptr;
  } else {
    // A value stored before the bounds existed: the purge refuses to run until it is fixed.
    o["personal_data_days"] = nullptr;
    o["problem"] = days.status().message();
  }
  return json_reply(std::move(o));
}

}  // namespace

Result<Reply> get_retention_settings(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  return retention_reply(*db);
}

Result<Reply> put_retention_settings(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto days = in.i64("personal_data_days", true);
  if (days && (*days < store::kMinRetentionDays || *days > store::kMaxRetentionDays))
    in.error("personal_data_days", "Thời hạn lưu trữ từ 1 đến 36.500 ngày (100 năm).");
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  auto old = store::personal_data_days(*db);
  ATGT_TRY(store::set_personal_data_days(*db, static_cast<int>(*days)));
  ATGT_TRY(audit(c, *db, "update", "retention_settings", std::nullopt,
                 {{"personal_data_days",
                   json::array{old.ok() ? json::value(*old) : json::value(nullptr), json::value(*days)}}}));
  ATGT_TRY(tx.commit());
  return retention_reply(*db);
}

}  // namespace atgt::api
