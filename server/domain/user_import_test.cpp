// Planning a users import: header aliases, row and column errors, scope, duplicates.
#include "domain/user_import.h"

#include <gtest/gtest.h>

#include <set>

namespace atgt {
namespace {

model::UnitVersion v(int64_t id, std::optional<int64_t> parent,
                     std::optional<std::string> to = std::nullopt) {
  model::UnitVersion x;
  x.unit_id = id;
  x.code = "U" + std::to_string(id);
  x.valid_from = "1900-01-01";
  x.valid_to = std::move(to);
  x.parent_id = parent;
  x.name = x.code;
  x.type = "T";
  return x;
}

// 1 the Department with school 2 and a dissolved school 3; 4 another tree.
struct Fixture {
  OrgIndex org{{v(1, std::nullopt), v(2, 1), v(3, 1, "2020-12-31"), v(4, std::nullopt)}, {}};
  UserImportInput input() {
    UserImportInput in;
    in.org = &org;
    in.scope = {1, 2, 3};
    in.today = "2026-11-29";
    in.unit_by_code = [](const std::string& code) -> int64_t {
      return code.size() == 2 && code[0] == 'U' ? code[1] - '0' : 0;
    };
    in.login_taken = [](const std::string& login) { return login == "da.co"; };
    return in;
  }
};

CsvTable table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
  return {std::move(header), std::move(rows)};
}

TEST(UserImport, ReadsVietnameseOrEnglishHeadersAndRoleNames) {
  Fixture f;
  auto vi = plan_user_import(table({"Mã đơn vị", "Họ và tên", "Email", "Vai trò"},
                                   {{"U2", " Nguyễn  Văn An ", "An@Example.VN", "Giáo viên"}}),
                             f.input());
  ASSERT_TRUE(vi.ok()) << vi.status().message();
  ASSERT_EQ(vi->size(), 1u);
  EXPECT_EQ((*vi)[0].full_name, "Nguyễn Văn An");
  EXPECT_EQ((*vi)[0].email, "an@example.vn");
  EXPECT_EQ((*vi)[0].login, "an@example.vn");  // no login column: the email
  EXPECT_EQ((*vi)[0].role, "school_staff");
  EXPECT_EQ((*vi)[0].unit_id, 2);
  auto en = plan_user_import(table({"unit_code", "full_name", "email", "role", "login"},
                                   {{"U1", "Trần Bình", "b@x.vn", "department", "tran.binh"}}),
                             f.input());
  ASSERT_TRUE(en.ok());
  EXPECT_EQ((*en)[0].login, "tran.binh");
}

TEST(UserImport, EveryProblemIsReportedWithItsRowAndColumn) {
  Fixture f;
  auto r = plan_user_import(table({"Mã đơn vị", "Họ tên", "Email", "Vai trò", "Tên đăng nhập"},
                                  {{"U2", "Đúng", "a@x.vn", "school_staff", "dung"},
                                   {"U9", "", "sai", "vua", "Có Dấu"},
                                   {"U4", "Ngoài", "n@x.vn", "school_staff", "ngoai"},
                                   {"U3", "Giải thể", "g@x.vn", "school_staff", "giai.the"},
                                   {"U2", "Trùng", "t@x.vn", "school_staff", "dung"},
                                   {"U2", "Đã có", "d@x.vn", "school_staff", "da.co"}}),
                            f.input());
  ASSERT_FALSE(r.ok());
  std::set<std::string> got;
  for (const auto& e : r.status().rows()) got.insert(std::to_string(e.row) + ":" + e.column);
  for (const char* want : {"3:Mã đơn vị", "3:Họ tên", "3:Email", "3:Vai trò", "3:Tên đăng nhập",
                           "4:Mã đơn vị", "5:Mã đơn vị", "6:Tên đăng nhập", "7:Tên đăng nhập"})
    EXPECT_TRUE(got.count(want)) << want;
  EXPECT_FALSE(got.count("2:Mã đơn vị"));
}

TEST(UserImport, MissingColumnsAndEmptyOrHugeFiles) {
  Fixture f;
  auto missing = plan_user_import(table({"Họ tên"}, {{"A"}}), f.input());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().rows().size(), 3u);
  EXPECT_EQ(missing.status().rows()[0].row, 1);
  EXPECT_FALSE(
      plan_user_import(table({"Mã đơn vị", "Họ tên", "Email", "Vai trò"}, {}), f.input()).ok());
  std::vector<std::vector<std::string>> many(kMaxImportRows + 1,
                                             {"U2", "A", "a@x.vn", "school_staff"});
  auto big = plan_user_import(table({"Mã đơn vị", "Họ tên", "Email", "Vai trò"}, many), f.input());
  ASSERT_FALSE(big.ok());
  EXPECT_NE(big.status().message().find("tối đa"), std::string::npos);
}

TEST(UserImport, LoginAndEmailRules) {
  EXPECT_TRUE(valid_login("gv.hongbang"));
  EXPECT_TRUE(valid_login("an@example.vn"));
  EXPECT_FALSE(valid_login("Có Dấu"));
  EXPECT_FALSE(valid_login("ab"));
  EXPECT_TRUE(valid_email("a.b@truong.edu.vn"));
  EXPECT_FALSE(valid_email("a@b@c.vn"));
  EXPECT_FALSE(valid_email("khong-co-a-cong"));
}

}  // namespace
}  // namespace atgt
