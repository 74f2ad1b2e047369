// The whole API: one line per endpoint. The OpenAPI document (/api/v1/openapi.json), the
// dispatcher, the token scopes and the access-matrix test are all driven by this table.
#include "api/handlers.h"
#include "api/route.h"

namespace atgt::api {

const std::vector<Route>& routes() {
  using enum Auth;
  const std::vector<std::string> any;
  const std::vector<std::string> admin = {role::kAdmin, role::kSystemAdmin};
  const std::vector<std::string> system_admin = {role::kSystemAdmin};
  const std::vector<std::string> registry_editors = {role::kAdmin, role::kDepartment, role::kSystemAdmin};
  const std::vector<std::string> enrolment_importers = {role::kAdmin, role::kDepartment, role::kEduOffice, role::kSchoolManager};
  static const std::vector<Route> table = {
      {"GET", "/api/v1/openapi.json", "getOpenApi", "Tài liệu OpenAPI của API", "system", kPublic, any, get_openapi, "", "", 200, {}},
      {"POST", "/api/v1/session", "createSession", "Đăng nhập", "session", kPublic, any, create_session, "LoginRequest", "SessionResponse", 200, {}},
      {"GET", "/api/v1/session", "getSession", "Phiên đăng nhập hiện tại", "session", kLoginPending, any, get_session, "", "SessionResponse", 200, {}},
      {"DELETE", "/api/v1/session", "deleteSession", "Đăng xuất", "session", kLoginPending, any, delete_session, "", "", 204, {}},
      {"POST", "/api/v1/session/password", "changePassword", "Đổi mật khẩu của mình", "session", kLoginPending, any, change_password, "ChangePasswordRequest", "UserResponse", 200, {}},
      {"GET", "/api/v1/home", "getHome", "Việc cần làm của người dùng", "home", kLogin, any, get_home, "", "HomeResponse", 200, {}},
      {"GET", "/api/v1/tokens", "listTokens", "Mã truy cập API của tôi", "tokens", kLogin, any, list_tokens, "", "TokenListResponse", 200, {}},
      {"POST", "/api/v1/tokens", "createToken", "Tạo mã truy cập API", "tokens", kLogin, any, create_token, "TokenCreateRequest", "TokenCreatedResponse", 201, {}},
      {"DELETE", "/api/v1/tokens/{id}", "revokeToken", "Thu hồi mã truy cập API", "tokens", kLogin, any, revoke_token, "", "", 204, {}},
      {"GET", "/api/v1/unit-types", "listUnitTypes", "Danh mục loại đơn vị", "units", kLogin, any, list_unit_types, "", "UnitTypeListResponse", 200, {}},
      {"GET", "/api/v1/units/tree", "getUnitTree", "Cây tổ chức tại một ngày", "units", kLogin, any, get_unit_tree, "", "UnitTreeResponse", 200,
       {{"date", "date", false, "Ngày xem (YYYY-MM-DD); mặc định hôm nay"}}},
      {"GET", "/api/v1/units/search", "searchUnits", "Tìm đơn vị (không dấu, không phân biệt hoa thường)", "units", kLogin, any, search_units, "", "UnitListResponse", 200,
       {{"q", "string", true, "Từ khóa"}, {"date", "date", false, "Chỉ đơn vị có hiệu lực vào ngày này"}, {"limit", "integer", false, "Tối đa 200"}}},
      {"POST", "/api/v1/units", "createUnit", "Thành lập đơn vị", "registry", kLogin, registry_editors, create_unit, "UnitCreateRequest", "UnitNodeResponse", 201, {}},
      {"GET", "/api/v1/units/{id}", "getUnit", "Thông tin đơn vị", "units", kLogin, any, get_unit, "", "UnitResponse", 200, {}},
      {"GET", "/api/v1/units/{id}/history", "getUnitHistory", "Lịch sử thay đổi của đơn vị", "units", kLogin, any, get_unit_history, "", "UnitHistoryResponse", 200, {}},
      {"GET", "/api/v1/units/{id}/successors", "getUnitSuccessors", "Đơn vị kế thừa tại một ngày", "units", kLogin, any, get_unit_successors, "", "UnitSuccessorsResponse", 200,
       {{"date", "date", false, "Ngày (YYYY-MM-DD); mặc định hôm nay"}}},
      {"GET", "/api/v1/units/{id}/descendants", "getUnitDescendants", "Các đơn vị từng trực thuộc trong một giai đoạn", "units", kLogin, any, get_unit_descendants, "", "UnitPeriodResponse", 200,
       {{"from", "date", true, "Từ ngày (YYYY-MM-DD)"}, {"to", "date", true, "Đến ngày (YYYY-MM-DD)"}}},
      {"POST", "/api/v1/unit-events/preview", "previewUnitEvent", "Xem trước thay đổi tổ chức", "registry", kLogin, registry_editors, preview_unit_event, "UnitEventRequest", "UnitEventPreviewResponse", 200, {}},
      {"POST", "/api/v1/unit-events", "applyUnitEvent", "Áp dụng thay đổi tổ chức", "registry", kLogin, registry_editors, apply_unit_event, "UnitEventRequest", "UnitEventAppliedResponse", 201, {}},
      {"POST", "/api/v1/registry/import", "importRegistry", "Nhập đơn vị hoặc sự kiện tổ chức từ CSV", "registry", kLogin, registry_editors, import_registry, "RegistryImportRequest", "RegistryImportResponse", 200, {}},
      {"GET", "/api/v1/roles", "listRoles", "Danh mục vai trò", "users", kLogin, any, list_roles, "", "RoleListResponse", 200, {}},
      {"GET", "/api/v1/users", "listUsers", "Danh sách người dùng trong phạm vi quản lý", "users", kLogin, admin, list_users, "", "UserListResponse", 200,
       {{"q", "string", false, "Tên hoặc tên đăng nhập (không dấu)"}, {"unit_id", "integer", false, "Lọc theo đơn vị"}}},
      {"POST", "/api/v1/users", "createUser", "Tạo người dùng", "users", kLogin, admin, create_user, "UserCreateRequest", "UserResponse", 201, {}},
      {"PATCH", "/api/v1/users/{id}", "updateUser", "Sửa người dùng (họ tên, email, vai trò, khóa)", "users", kLogin, admin, update_user, "UserUpdateRequest", "UserResponse", 200, {}},
      {"POST", "/api/v1/users/{id}/password", "resetUserPassword", "Đặt lại mật khẩu người dùng", "users", kLogin, admin, reset_user_password, "PasswordResetRequest", "UserResponse", 200, {}},
      {"POST", "/api/v1/service-accounts", "createServiceAccount", "Tạo tài khoản dịch vụ của đơn vị (cho hệ thống khác gọi API)", "users", kLogin, admin, create_service_account, "ServiceAccountCreateRequest", "UserResponse", 201, {}},
      {"POST", "/api/v1/service-accounts/{id}/tokens", "createServiceToken", "Tạo mã truy cập cho tài khoản dịch vụ", "tokens", kLogin, admin, create_service_token, "TokenCreateRequest", "TokenCreatedResponse", 201, {}},
      {"GET", "/api/v1/audit", "listAudit", "Nhật ký thao tác", "audit", kLogin, admin, list_audit, "", "AuditListResponse", 200,
       {{"entity", "string", false, "Loại đối tượng"}, {"user_id", "integer", false, "Người thực hiện"},
        {"batch_id", "string", false, "Một lô thao tác, ví dụ job:42"}, {"from", "date", false, "Từ ngày"},
        {"to", "date", false, "Đến ngày"}, {"before_id", "integer", false, "Trang tiếp theo"}, {"limit", "integer", false, "Tối đa 200"}}},
      // Files and jobs (platform services).
      {"POST", "/api/v1/uploads", "uploadFile", "Tải lên một tệp (để dùng cho công việc nhập dữ liệu)", "files", kLogin, any, upload_file, kFileBody, "FileResponse", 201,
       {{"name", "string", true, "Tên tệp gốc"}}},
      {"POST", "/api/v1/units/{id}/files", "attachUnitFile", "Đính kèm tài liệu vào đơn vị", "files", kLogin, any, attach_unit_file, kFileBody, "FileResponse", 201,
       {{"name", "string", true, "Tên tệp gốc"}}},
      {"GET", "/api/v1/units/{id}/files", "listUnitFiles", "Tài liệu của đơn vị", "files", kLogin, any, list_unit_files, "", "FileListResponse", 200, {}},
      {"GET", "/api/v1/files/{id}", "downloadFile", "Tải xuống tệp", "files", kLogin, any, download_file, "", kFileBody, 200, {}},
      {"DELETE", "/api/v1/files/{id}", "deleteFile", "Xóa tệp", "files", kLogin, any, delete_file, "", "", 204, {}},
      {"GET", "/api/v1/jobs", "listJobs", "Công việc của tôi", "jobs", kLogin, any, list_jobs, "", "JobListResponse", 200, {}},
      {"POST", "/api/v1/jobs", "createJob", "Bắt đầu một công việc", "jobs", kLogin, admin, create_job, "JobCreateRequest", "JobResponse", 201, {}},
      {"GET", "/api/v1/jobs/{id}", "getJob", "Tiến độ và kết quả công việc", "jobs", kLogin, any, get_job, "", "JobResponse", 200, {}},
      {"POST", "/api/v1/jobs/{id}/retry", "retryJob", "Chạy lại công việc đã thất bại", "jobs", kLogin, any, retry_job, "", "JobResponse", 200, {}},
      {"GET", "/api/v1/notifications", "listNotifications", "Thông báo của tôi", "notifications", kLogin, any, list_notifications, "", "NotificationListResponse", 200,
       {{"unread", "string", false, "1: chỉ thông báo chưa đọc"}, {"before_id", "integer", false, "Trang tiếp theo"}, {"limit", "integer", false, "Tối đa 100"}}},
      {"GET", "/api/v1/notifications/unread-count", "countUnreadNotifications", "Số thông báo chưa đọc", "notifications", kLogin, any, count_unread_notifications, "", "UnreadCountResponse", 200, {}},
      {"POST", "/api/v1/notifications/{id}/read", "readNotification", "Đánh dấu đã đọc", "notifications", kLogin, any, read_notification, "", "", 204, {}},
      {"POST", "/api/v1/notifications/read-all", "readAllNotifications", "Đánh dấu tất cả đã đọc", "notifications", kLogin, any, read_all_notifications, "", "", 204, {}},
      {"GET", "/api/v1/notification-prefs", "getNotificationPrefs", "Cài đặt nhận thư thông báo", "notifications", kLogin, any, get_notification_prefs, "", "NotificationPrefsResponse", 200, {}},
      {"PUT", "/api/v1/notification-prefs", "setNotificationPrefs", "Đổi cài đặt nhận thư thông báo", "notifications", kLogin, any, set_notification_prefs, "NotificationPrefsRequest", "NotificationPrefsResponse", 200, {}},
      {"GET", "/api/v1/notification-templates", "listNotificationTemplates", "Mẫu thông báo", "notifications", kLogin, registry_editors, list_notification_templates, "", "TemplateListResponse", 200, {}},
      {"PATCH", "/api/v1/notification-templates/{code}", "updateNotificationTemplate", "Sửa mẫu thông báo", "notifications", kLogin, system_admin, update_notification_template, "TemplateUpdateRequest", "TemplateResponse", 200, {}},
      {"GET", "/api/v1/scheduler", "listScheduledTasks", "Lịch tác vụ định kỳ và các lần chạy gần đây", "scheduler", kLogin, admin, list_scheduled_tasks, "", "SchedulerResponse", 200, {}},
      {"GET", "/api/v1/scheduler/{name}/runs", "listTaskRuns", "Các lần chạy của một tác vụ", "scheduler", kLogin, admin, list_task_runs, "", "TaskRunListResponse", 200,
       {{"limit", "integer", false, "Tối đa 200"}}},
      {"POST", "/api/v1/scheduler/{name}/run", "runTaskNow", "Chạy tác vụ ngay", "scheduler", kLogin, admin, run_task_now, "", "MessageResponse", 202, {}},
      {"GET", "/api/v1/emails", "listEmails", "Hàng đợi thư điện tử", "scheduler", kLogin, admin, list_emails, "", "EmailListResponse", 200, {}},
      {"POST", "/api/v1/password-reset", "requestPasswordReset", "Yêu cầu liên kết đặt lại mật khẩu qua email", "session", kPublic, any, request_password_reset, "PasswordResetEmailRequest", "MessageResponse", 202, {}},
      {"POST", "/api/v1/password-reset/confirm", "confirmPasswordReset", "Đặt mật khẩu mới bằng liên kết", "session", kPublic, any, confirm_password_reset, "PasswordResetConfirmRequest", "PasswordResetConfirmResponse", 200, {}},
      {"POST", "/api/v1/users/import/preview", "previewUsersImport", "Xem trước nhập tài khoản từ CSV", "users", kLogin, admin, preview_users_import, "UsersImportPreviewRequest", "UsersImportPreviewResponse", 200, {}},
      // The calendar (api/calendar_api.cpp).
      {"GET", "/api/v1/calendar/school-years", "listSchoolYears", "Các năm học (thời gian, học kỳ, tháng cao điểm)", "calendar", kLogin, any, list_school_years, "", "SchoolYearListResponse", 200, {}},
      {"PUT", "/api/v1/calendar/school-years/{code}", "putSchoolYear", "Đặt thời gian một năm học", "calendar", kLogin, registry_editors, put_school_year, "SchoolYearRequest", "SchoolYearResponse", 200, {}},
      {"GET", "/api/v1/calendar/holidays", "listHolidays", "Ngày nghỉ lễ, nghỉ bù và ngày làm bù của một năm", "calendar", kLogin, any, list_holidays, "", "HolidayListResponse", 200,
       {{"year", "integer", false, "Năm dương lịch; mặc định năm nay"}}},
      {"PUT", "/api/v1/calendar/holidays/{day}", "putHoliday", "Đặt một ngày nghỉ hoặc ngày làm bù", "calendar", kLogin, registry_editors, put_holiday, "HolidayRequest", "HolidayResponse", 200, {}},
      {"DELETE", "/api/v1/calendar/holidays/{day}", "deleteHoliday", "Xóa một ngày nghỉ hoặc ngày làm bù", "calendar", kLogin, registry_editors, delete_holiday, "", "", 204, {}},
      {"GET", "/api/v1/calendar/periods", "getCalendarPeriods", "Năm học, học kỳ, tháng cao điểm, năm dương lịch và năm thống kê của một ngày", "calendar", kLogin, any, get_calendar_periods, "", "CalendarPeriodsResponse", 200,
       {{"date", "date", false, "Ngày (YYYY-MM-DD); mặc định hôm nay"}}},
      {"GET", "/api/v1/calendar/deadline", "getDeadline", "Hạn chót sau một số ngày làm việc (23:59 giờ Việt Nam)", "calendar", kLogin, any, get_deadline, "", "DeadlineResponse", 200,
       {{"from", "date", true, "Ngày bắt đầu (YYYY-MM-DD)"}, {"working_days", "integer", true, "Số ngày làm việc, 0 đến 365"}}},
      {"PUT", "/api/v1/calendar/settings", "putCalendarSettings", "Đặt ngày bắt đầu năm thống kê", "calendar", kLogin, registry_editors, put_calendar_settings, "CalendarSettingsRequest", "CalendarSettingsResponse", 200, {}},
      // Indicators and denominators.
      {"GET", "/api/v1/indicators", "listIndicators", "Danh mục chỉ tiêu và nguồn dữ liệu", "indicators", kLogin, any, list_indicators, "", "IndicatorListResponse", 200, {}},
      {"POST", "/api/v1/indicators/preview", "previewIndicator", "Kiểm tra và tính thử công thức chỉ tiêu", "indicators", kLogin, registry_editors, preview_indicator, "IndicatorPreviewRequest", "IndicatorPreviewResponse", 200,
       {{"view", "string", false, "Cách cộng dồn: time (cơ cấu tại thời điểm phát sinh, mặc định) hoặc as_of (cơ cấu tại ngày chọn)"}, {"as_of", "date", false, "Ngày chọn khi view=as_of (YYYY-MM-DD); mặc định hôm nay"}}},
      {"PUT", "/api/v1/indicators/{code}", "updateIndicator", "Thêm hoặc sửa chỉ tiêu", "indicators", kLogin, registry_editors, update_indicator, "IndicatorUpdateRequest", "IndicatorResponse", 200, {}},
      {"GET", "/api/v1/enrolments", "listEnrolments", "Sĩ số học sinh theo trường, năm học, cấp học", "enrolments", kLogin, any, list_enrolments, "", "EnrolmentListResponse", 200,
       {{"school_year", "string", false, "Năm học (YYYY-YYYY)"}, {"unit_id", "integer", false, "Chỉ các đơn vị thuộc đơn vị này"}}},
      {"POST", "/api/v1/enrolments/import", "importEnrolments", "Nhập sĩ số từ CSV", "enrolments", kLogin, enrolment_importers, import_enrolments, "EnrolmentImportRequest", "EnrolmentImportResponse", 200, {}},
      {"GET", "/api/v1/enrolments/totals", "getEnrolmentTotals", "Tổng sĩ số của một đơn vị và các đơn vị trực thuộc", "enrolments", kLogin, any, get_enrolment_totals, "", "EnrolmentTotalsResponse", 200,
       {{"school_year", "string", true, "Năm học (YYYY-YYYY)"}, {"unit_id", "integer", false, "Mặc định đơn vị của người dùng"}}},
      {"GET", "/api/v1/settings/retention", "getRetentionSettings", "Thời hạn lưu trữ dữ liệu cá nhân", "settings", kLogin, system_admin, get_retention_settings, "", "RetentionSettingsResponse", 200, {}},
      {"PUT", "/api/v1/settings/retention", "putRetentionSettings", "Đặt thời hạn lưu trữ dữ liệu cá nhân (1–36.500 ngày)", "settings", kLogin, system_admin, put_retention_settings, "RetentionSettingsRequest", "RetentionSettingsResponse", 200, {}},
      {"GET", "/api/v1/search", "globalSearch", "Tìm đơn vị và người (không dấu, không phân biệt hoa thường)", "search", kLogin, any, global_search, "", "SearchResponse", 200,
       {{"q", "string", true, "Từ khóa: mỗi từ khớp đầu một từ của tên"}, {"limit", "integer", false, "Tối đa 50 mỗi loại; mặc định 10"}}},
  };
  return table;
}

}  // namespace atgt::api
