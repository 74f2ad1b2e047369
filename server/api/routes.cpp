// The whole API: one line per endpoint. The OpenAPI document (/api/v1/openapi.json), the
// dispatcher, the token scopes and the access-matrix test are all driven by this table.
#include "api/handlers.h"
#include "api/route.h"

namespace atgt::api {

const std::vector<Route>& routes() {
  using enum Auth;
  const std::vector<std::string> any;
  const std::vector<std::string> admin = {role::kAdmin};
  const std::vector<std::string> registry_editors = {role::kAdmin, role::kDepartment};
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
      {"GET", "/api/v1/audit", "listAudit", "Nhật ký thao tác", "audit", kLogin, admin, list_audit, "", "AuditListResponse", 200,
       {{"entity", "string", false, "Loại đối tượng"}, {"user_id", "integer", false, "Người thực hiện"}, {"from", "date", false, "Từ ngày"},
        {"to", "date", false, "Đến ngày"}, {"before_id", "integer", false, "Trang tiếp theo"}, {"limit", "integer", false, "Tối đa 200"}}},
      {"GET", "/api/v1/search", "globalSearch", "Tìm đơn vị và người (không dấu, không phân biệt hoa thường)", "search", kLogin, any, global_search, "", "SearchResponse", 200,
       {{"q", "string", true, "Từ khóa: mỗi từ khớp đầu một từ của tên"}, {"limit", "integer", false, "Tối đa 50 mỗi loại; mặc định 10"}}},
  };
  return table;
}

}  // namespace atgt::api
