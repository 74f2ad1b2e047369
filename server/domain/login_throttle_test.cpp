#include "domain/login_throttle.h"

#include <gtest/gtest.h>

namespace atgt {
namespace {

TEST(LoginThrottle, LocksTheAddressNotTheAccount) {
  ThrottleCounts attacker{5, 5, 5, 10, false};
  EXPECT_FALSE(login_throttle(attacker).allowed);
  ThrottleCounts owner{0, 0, 5, 10, true};  // the same login, from the owner's address
  EXPECT_TRUE(login_throttle(owner).allowed);
  ThrottleCounts fresh{0, 0, 5, 10, false};  // a new address without failures
  EXPECT_TRUE(login_throttle(fresh).allowed);
  EXPECT_FALSE(login_throttle({4, 50, 4, 10, false}).allowed);  // an address probing many logins
}

TEST(LoginThrottle, HeavyAttackSlowsDownUnknownAddresses) {
  EXPECT_EQ(login_throttle({0, 0, 60, 200'000, false}).retry_after_seconds, 1);
  EXPECT_TRUE(login_throttle({0, 0, 60, 1'500'000, false}).allowed);
  EXPECT_TRUE(login_throttle({0, 0, 60, 200'000, true}).allowed);
}

}  // namespace
}  // namespace atgt
