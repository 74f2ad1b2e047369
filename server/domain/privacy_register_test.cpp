#include "domain/privacy_register.h"

#include <gtest/gtest.h>

namespace atgt::privacy {
namespace {

model::ProcessingPurpose purpose() {
  model::ProcessingPurpose p;
  p.code = "violation_handling";
  p.name = "Thông báo vi phạm";
  p.legal_basis = "Luật 36/2024/QH15";
  p.data_categories = "Họ tên";
  p.data_subjects = "Học sinh";
  p.recipients = "Nhà trường";
  return p;
}

TEST(PrivacyRegister, APurposeNeedsItsBasisDataSubjectsRecipientsAndABoundedRetention) {
  EXPECT_TRUE(check_purpose(purpose()).ok());
  auto p = purpose();
  p.legal_basis = "   ";
  p.recipients = "";
  p.retention_days = 0;
  auto st = check_purpose(p);
  ASSERT_FALSE(st.ok());
  EXPECT_TRUE(st.fields().count("legal_basis"));
  EXPECT_TRUE(st.fields().count("recipients"));
  EXPECT_TRUE(st.fields().count("retention_days"));
  EXPECT_FALSE(st.fields().count("name"));
  p = purpose();
  p.retention_days = 36501;
  EXPECT_FALSE(check_purpose(p).ok());
  p.retention_days = 36500;
  EXPECT_TRUE(check_purpose(p).ok());
  p.retention_days.reset();  // the general setting
  EXPECT_TRUE(check_purpose(p).ok());
  p.description = std::string(kMaxText + 1, 'a');
  EXPECT_TRUE(check_purpose(p).fields().count("description"));
  std::string vi;  // 4,000 characters of two bytes each: within the limit, as the API counts
  for (size_t i = 0; i < kMaxText; ++i) vi += "đ";
  p.description = vi;
  EXPECT_TRUE(check_purpose(p).ok());
}

TEST(PrivacyRegister, ARiskHasThreeLevelsAndItsMeasures) {
  model::DpiaRisk r;
  r.purpose_code = "accidents";
  r.risk = "Lộ họ tên";
  r.measures = "Chỉ nhà trường thấy";
  r.likelihood = "low";
  r.impact = "high";
  r.residual = "medium";
  EXPECT_TRUE(check_risk(r).ok());
  r.impact = "severe";
  r.measures = "";
  auto st = check_risk(r);
  EXPECT_TRUE(st.fields().count("impact"));
  EXPECT_TRUE(st.fields().count("measures"));
  EXPECT_FALSE(st.fields().count("likelihood"));
}

TEST(PrivacyRegister, AReviewIsDatedAndItsNextReviewComesAfterIt) {
  model::DpiaReview r;
  r.reviewed_on = "2026-01-15";
  r.conclusion = "Đạt";
  EXPECT_TRUE(check_review(r).ok());
  r.next_review_on = "2026-01-15";
  EXPECT_TRUE(check_review(r).fields().count("next_review_on"));
  r.next_review_on = "2027-01-15";
  EXPECT_TRUE(check_review(r).ok());
  r.reviewed_on = "15/01/2026";
  EXPECT_TRUE(check_review(r).fields().count("reviewed_on"));
}

}  // namespace
}  // namespace atgt::privacy
