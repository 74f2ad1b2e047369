#include "domain/document.h"

#include <gtest/gtest.h>

namespace atgt::doc {
namespace {

TEST(DocumentNumber, LeadingZeroBelowTen) {
  EXPECT_EQ(number_text(1, "KH-SGDĐT"), "01/KH-SGDĐT");
  EXPECT_EQ(number_text(9, "SGDĐT-VP"), "09/SGDĐT-VP");
  EXPECT_EQ(number_text(10, "SGDĐT-VP"), "10/SGDĐT-VP");
  EXPECT_EQ(number_text(688, "KHPH-CAHP-SGDĐT"), "688/KHPH-CAHP-SGDĐT");
}

TEST(DocumentSymbol, FollowsDecree30) {
  EXPECT_EQ(symbol("KH", "SGDĐT", "", "VP"), "KH-SGDĐT") << "a typed document ignores the section";
  EXPECT_EQ(symbol("", "SGDĐT", "", "VP"), "SGDĐT-VP") << "a công văn: AGENCY-SECTION";
  EXPECT_EQ(symbol("", "SGDĐT", "", ""), "SGDĐT");
  EXPECT_EQ(symbol("KHPH", "CAHP", "SGDĐT", ""), "KHPH-CAHP-SGDĐT") << "joint: TYPE-LEAD-PARTNER";
}

TEST(DocumentSecrecy, ClassifiedRefused) {
  EXPECT_TRUE(check_not_classified("").ok());
  EXPECT_TRUE(check_not_classified("thuong").ok());
  for (const char* s : {"mat", "toi_mat", "tuyet_mat"}) {
    Status st = check_not_classified(s);
    EXPECT_EQ(st.kind(), Kind::kInvalid);
    EXPECT_NE(st.message().find("bí mật nhà nước"), std::string::npos);
  }
}

TEST(DocumentBody, ParsesAndRefuses) {
  auto ok = parse_body(
      R"([{"kind":"paragraph","text":"  Một   đoạn "},{"kind":"item","label":"1.","text":"Mục"}])");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ((*ok)[0].text, "Một đoạn");
  EXPECT_EQ((*ok)[1].label, "1.");
  EXPECT_FALSE(parse_body("{}").ok());
  EXPECT_FALSE(parse_body(R"([{"kind":"table","text":"x"}])").ok());
  EXPECT_FALSE(parse_body(R"([{"kind":"paragraph","text":""}])").ok());
  EXPECT_FALSE(parse_body(R"([{"kind":"paragraph","text":"a\nb"}])").ok())
      << "a newline makes a new block";
  EXPECT_FALSE(parse_body(R"([{"kind":"paragraph","text":"x","style":"big"}])").ok());
}

TEST(DocumentRuns, BoldAndItalicMarks) {
  auto r = runs_of("Thực hiện **Kế hoạch số 688** và *Chỉ thị 31*.");
  ASSERT_EQ(r.size(), 5u);
  EXPECT_EQ(r[1].text, "Kế hoạch số 688");
  EXPECT_TRUE(r[1].bold);
  EXPECT_TRUE(r[3].italic);
  EXPECT_FALSE(r[4].bold || r[4].italic);
  auto open = runs_of("a ** b * c");
  ASSERT_EQ(open.size(), 1u) << "unbalanced marks stay as text";
  EXPECT_EQ(open[0].text, "a ** b * c");
}

model::Document doc_in(const std::string& status, std::optional<int64_t> section = 1) {
  model::Document d;
  d.status = status;
  d.unit_id = 10;
  d.section_id = section;
  return d;
}

Principal user(int64_t id) {
  Principal p;
  p.user_id = id;
  p.unit_id = 10;
  return p;
}

TEST(DocumentSteps, DesignatedOfficersInOrder) {
  std::vector<model::DocumentOfficer> officers = {
      {1, 10, 2, "check", 1, "", "", "", ""},
      {2, 10, 3, "sign", std::nullopt, "KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", ""},
      {3, 10, 4, "clerk", std::nullopt, "", "", "", ""},
      {4, 10, 5, "check", 2, "", "", "", ""},
  };
  EXPECT_TRUE(check_step(doc_in("draft"), Step::kCheck, user(2), officers).ok());
  EXPECT_EQ(check_step(doc_in("draft"), Step::kCheck, user(5), officers).kind(), Kind::kForbidden)
      << "the head of another section";
  EXPECT_TRUE(check_step(doc_in("draft", std::nullopt), Step::kCheck, user(5), officers).ok())
      << "a draft without a section: any checker";
  EXPECT_EQ(check_step(doc_in("draft"), Step::kSign, user(3), officers).kind(), Kind::kConflict);
  EXPECT_TRUE(check_step(doc_in("checked"), Step::kSign, user(3), officers).ok());
  auto designated = doc_in("checked");
  designated.signer_id = 99;
  EXPECT_EQ(check_step(designated, Step::kSign, user(3), officers).kind(), Kind::kForbidden)
      << "presented to another signer";
  EXPECT_EQ(check_step(doc_in("checked"), Step::kIssue, user(4), officers).kind(), Kind::kConflict)
      << "no number before the signature";
  EXPECT_TRUE(check_step(doc_in("signed"), Step::kIssue, user(4), officers).ok());
  EXPECT_EQ(check_step(doc_in("signed"), Step::kIssue, user(3), officers).kind(), Kind::kForbidden);
  Status locked = check_step(doc_in("issued"), Step::kEdit, user(2), officers);
  EXPECT_EQ(locked.code(), "document_locked");
  EXPECT_TRUE(check_step(doc_in("signed"), Step::kReturn, user(3), officers).ok());
}

TEST(DocumentRecipientRules, ParseAndRefuse) {
  auto r = parse_recipient_rules(R"({"units":[3,2,3],"groups":[{"type":"THPT","under":1}]})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->units, (std::vector<int64_t>{2, 3}));
  EXPECT_EQ(r->groups[0].type, "THPT");
  EXPECT_FALSE(parse_recipient_rules(R"({"groups":[{"type":"THPT"}]})").ok())
      << "a group needs its root";
  EXPECT_FALSE(parse_recipient_rules(R"({"units":["x"]})").ok());
  EXPECT_FALSE(parse_recipient_rules(R"([])").ok());
}

model::UnitVersion v(int64_t id, const std::string& type, std::optional<int64_t> parent,
                     const std::string& from = "1900-01-01",
                     std::optional<std::string> to = std::nullopt) {
  model::UnitVersion x;
  x.unit_id = id;
  x.code = "U" + std::to_string(id);
  x.name = "Đơn vị " + std::to_string(id);
  x.type = type;
  x.parent_id = parent;
  x.valid_from = from;
  x.valid_to = to;
  return x;
}

TEST(DocumentRecipients, GroupsResolveOnTheSendingDate) {
  // 1 the Department; 2 a district office until 30/6/2025; 3 a commune office from 1/7/2025;
  // 4, 5 upper-secondary schools.
  OrgIndex org({v(1, "SO_GDDT", std::nullopt), v(2, "PHONG_GDDT", 1, "1900-01-01", "2025-06-30"),
                v(3, "PHONG_VHXH", 1, "2025-07-01"), v(4, "THPT", 1), v(5, "THPT", 1)},
               {});
  RecipientRules offices{{}, {{"PHONG_GDDT", 1, false}, {"PHONG_VHXH", 1, false}}};
  auto march = resolve_recipients(org, offices, "2025-03-15", 1);
  ASSERT_TRUE(march.ok());
  EXPECT_EQ(march->units, (std::vector<int64_t>{2}));
  auto september = resolve_recipients(org, offices, "2025-09-15", 1);
  ASSERT_TRUE(september.ok());
  EXPECT_EQ(september->units, (std::vector<int64_t>{3}));
  RecipientRules nobody{{}, {{"DV_TRUC_THUOC", 1, false}}};
  EXPECT_EQ(resolve_recipients(org, nobody, "2025-09-15", 1).status().kind(), Kind::kInvalid);
  RecipientRules mixed{{}, {{"DV_TRUC_THUOC", 1, false}, {"THPT", 1, false}}};
  auto m = resolve_recipients(org, mixed, "2025-09-15", 1);
  ASSERT_TRUE(m.ok()) << "a group may be empty, only the total may not";
  EXPECT_TRUE(m->groups[0].units.empty());
  EXPECT_EQ(m->units, (std::vector<int64_t>{4, 5}));
  RecipientRules dead{{2}, {}};
  EXPECT_EQ(resolve_recipients(org, dead, "2025-09-15", 1).status().kind(), Kind::kInvalid)
      << "a named unit that has ended";
  RecipientRules self{{1, 4}, {}};
  EXPECT_EQ(resolve_recipients(org, self, "2025-09-15", 1)->units, (std::vector<int64_t>{4}))
      << "the sender is never its own recipient";
}

TEST(DocumentPdfSig, ReadsPopplersReport) {
  const char* text =
      "Digital Signature Info of: ky.pdf\n"
      "Signature #1:\n"
      "  - Signer Certificate Common Name: Đỗ Thị Hòa\n"
      "  - Signer full Distinguished Name: CN=Đỗ Thị Hòa,O=Sở Giáo dục và Đào tạo Hải Phòng,L=Hải "
      "Phòng,C=VN\n"
      "  - Signing Time: Mar 18 2024 09:15:02\n"
      "  - Signing Hash Algorithm: SHA-256\n"
      "  - Signature Validation: Signature is Valid.\n"
      "  - Certificate Validation: Certificate issuer isn't Trusted.\n";
  auto sigs = parse_pdfsig(text);
  ASSERT_EQ(sigs.size(), 1u);
  EXPECT_EQ(sigs[0].signer, "Đỗ Thị Hòa");
  EXPECT_EQ(sigs[0].agency, "Sở Giáo dục và Đào tạo Hải Phòng");
  EXPECT_EQ(sigs[0].time, "Mar 18 2024 09:15:02");
  EXPECT_TRUE(sigs[0].valid);
  EXPECT_EQ(sigs[0].summary, "Certificate issuer isn't Trusted.");
  EXPECT_TRUE(parse_pdfsig("File 'x.pdf' does not contain any signatures\n").empty());
}

}  // namespace
}  // namespace atgt::doc
