#include "domain/passwords.h"

#include <gtest/gtest.h>

#include "testing/test_db.h"

namespace atgt {
namespace {

TEST(PasswordPolicy, LengthCommonListAndLogin) {
  PasswordPolicy p;
  ASSERT_TRUE(p.load_common(testing::data_dir() + "/common_passwords.txt").ok());
  EXPECT_GT(p.common_count(), 50u);
  EXPECT_EQ(p.check("short", "", "pw").kind(), Kind::kInvalid);
  EXPECT_FALSE(p.check("1234567890", "", "pw").ok());
  EXPECT_FALSE(p.check("MatKhau123", "", "pw").ok());  // case-insensitive
  EXPECT_FALSE(p.check("gv.hongbang-2026", "gv.hongbang", "pw").ok());
  EXPECT_TRUE(p.check("Cầu Rào 2 đẹp lắm", "gv.hongbang", "pw").ok());
  // At least 12 characters (ASVS V2.1.1), counted as characters, not bytes.
  EXPECT_FALSE(p.check("Hải Phòng 2", "", "pw").ok());  // 11
  EXPECT_TRUE(p.check("Hải Phòng 26", "", "pw").ok());  // 12
  EXPECT_TRUE(p.check("short", "", "pw").fields().count("pw"));
}

TEST(PasswordHasher, VerifiesArgon2idHashes) {
  PasswordHasher h(1);
  auto hash = h.hash("một mật khẩu dài");
  ASSERT_TRUE(hash.ok());
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(h.verify(*hash, "một mật khẩu dài"));
  EXPECT_FALSE(h.verify(*hash, "một mật khẩu khác"));
  EXPECT_FALSE(h.verify("garbage", "x"));
}

}  // namespace
}  // namespace atgt

TEST(InitialPassword, NeverStartsWithAFormulaCharacter) {
  // 64 URL-safe characters, one of them '-': without the rule, about 1 in 64 passwords would
  // start with it; 5,000 draws miss it with probability below 1e-34.
  for (int i = 0; i < 5000; ++i) {
    std::string p = atgt::initial_password();
    ASSERT_EQ(p.size(), 12u);
    ASSERT_EQ(std::string_view("=+-@_").find(p[0]), std::string_view::npos) << p;
  }
}
