#include "base/vn_encoding.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

#include "base/csv.h"
#include "base/embedded.h"
#include "base/text.h"

namespace atgt {
namespace {

// ---- Encoders (tests only), from the same tables the decoders read ---------------------------

std::vector<std::string> utf8_chars(std::string_view s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    out.emplace_back(s.substr(i, len));
    i += len;
  }
  return out;
}

std::string hex_bytes(const std::string& h) {
  std::string out;
  for (size_t i = 0; i + 1 < h.size(); i += 3)
    out.push_back(static_cast<char>(std::stoi(h.substr(i, 2), nullptr, 16)));
  return out;
}

// unicode_char -> bytes for "tcvn3.csv" (column tcvn3_bytes) or "vni.csv" (vni_bytes).
std::map<std::string, std::string> table(const std::string& file, const std::string& column) {
  std::map<std::string, std::string> m;
  for (const auto& f : embedded_encoding_tables()) {
    if (f.name != file) continue;
    auto csv = parse_csv(f.data);
    EXPECT_TRUE(csv.ok());
    int ch = csv->column("unicode_char"), b = csv->column(column);
    for (const auto& row : csv->rows) m[row[ch]] = hex_bytes(row[b]);
  }
  return m;
}

std::string encode_with(const std::map<std::string, std::string>& t, std::string_view text) {
  std::string out;
  for (const auto& c : utf8_chars(text)) {
    if (c.size() == 1) {
      out += c;
      continue;
    }
    auto it = t.find(c);
    EXPECT_NE(it, t.end()) << c;
    if (it != t.end()) out += it->second;
  }
  return out;
}

std::string encode_tcvn3(std::string_view text) {
  static const auto t = table("tcvn3.csv", "tcvn3_bytes");
  return encode_with(t, text);
}
std::string encode_vni(std::string_view text) {
  static const auto t = table("vni.csv", "vni_bytes");
  return encode_with(t, text);
}

// Windows-1258 as Windows writes Vietnamese: the letter without its tone (a byte of its own:
// ă â ê ô ơ ư đ...) followed by the combining tone mark byte.
std::string encode_cp1258(std::string_view text) {
  static const auto reverse = [] {
    std::map<std::string, char> r;
    for (int b = 0x80; b < 0x100; ++b)
      r[decode_cp1258(std::string(1, static_cast<char>(b)))] = static_cast<char>(b);
    return r;
  }();
  const char* tones[] = {"", "\xCC\x80", "\xCC\x81", "\xCC\x89", "\xCC\x83", "\xCC\xA3"};
  const char* lower[] = {"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
                         "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
                         "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
                         "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ"};
  std::map<std::string, std::pair<std::string, std::string>> split;  // letter -> base, tone mark
  for (const char* row : lower) {
    auto cs = utf8_chars(row);
    for (int t = 0; t < 6; ++t) split[cs[t]] = {cs[0], tones[t]};
  }
  std::string out;
  for (const auto& c : utf8_chars(text)) {
    std::string base = c, mark;
    if (auto it = split.find(c); it != split.end()) std::tie(base, mark) = it->second;
    for (const std::string& part : {base, mark}) {
      if (part.empty()) continue;
      if (part.size() == 1) {
        out += part;
        continue;
      }
      auto r = reverse.find(part);
      EXPECT_NE(r, reverse.end()) << part;
      if (r != reverse.end()) out.push_back(r->second);
    }
  }
  return out;
}

// A roster as schools export it. No toned capital letters (TCVN3 has no code of its own for
// them; see DecodesVnTimeHCapitals).
const char* kRoster =
    "STT,Họ và tên,Ngày sinh,Giới tính,Lớp,Họ tên cha/mẹ/người giám hộ,Số điện thoại\n"
    "1,Nguyễn Văn An,05/03/2009,Nam,9A1,Nguyễn Văn Bình,0912345678\n"
    "2,Trần Thị Bích Ngọc,17/11/2008,Nữ,9A2,Trần Quốc Tuấn,0987654321\n"
    "3,Phạm Thị Thu Hằng,2009-01-20,Nữ,9A1,\"Phạm Đức Thắng, bố\",0901234567\n"
    "4,Lê Hoàng Quỳnh Anh,12/12/2009,Nữ,8B,Lê Thị Huyền,0934567890\n"
    "5,Đặng Minh Khôi,01/06/2010,Nam,7C,Đặng Văn Trường,0977123456\n"
    "6,Vũ Thị Hương Giang,22/02/2010,Nữ,7C,Vũ Văn Nghĩa,0966111222\n"
    "7,Hồ Ngọc Yến,03/09/2011,Nữ,6A,Hồ Sỹ Dũng,0944555666\n"
    "8,Bùi Xuân Trường,30/04/2011,Nam,6A,Bùi Thị Thuỷ,0911222333\n"
    "9,Dương Quang Huy,15/08/2010,Nam,7A,Dương Thị Nguyệt,0922333444\n"
    "10,Ngô Gia Khiêm,09/10/2009,Nam,9A3,Ngô Thị Ưng,0933444555\n";

// ---- Names -----------------------------------------------------------------------------------

TEST(Encoding, ParsesNames) {
  EXPECT_EQ(parse_encoding("auto").value(), Encoding::kAuto);
  EXPECT_EQ(parse_encoding("UTF-8").value(), Encoding::kUtf8);
  EXPECT_EQ(parse_encoding("utf8").value(), Encoding::kUtf8);
  EXPECT_EQ(parse_encoding("cp1258").value(), Encoding::kCp1258);
  EXPECT_EQ(parse_encoding("windows-1258").value(), Encoding::kCp1258);
  EXPECT_EQ(parse_encoding("TCVN3").value(), Encoding::kTcvn3);
  EXPECT_EQ(parse_encoding("vni").value(), Encoding::kVni);
  auto bad = parse_encoding("latin1");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().kind(), Kind::kInvalid);
  EXPECT_NE(bad.status().message().find("latin1"), std::string::npos);
  EXPECT_NE(bad.status().message().find("tcvn3"), std::string::npos);
  for (auto e :
       {Encoding::kAuto, Encoding::kUtf8, Encoding::kCp1258, Encoding::kTcvn3, Encoding::kVni})
    EXPECT_EQ(parse_encoding(encoding_name(e)).value(), e);
}

// ---- Syllables -------------------------------------------------------------------------------

TEST(Syllable, AcceptsVietnameseSyllables) {
  for (const char* w :
       {"Nguyễn", "NGUYỄN", "nguyễn", "Thị",   "Hằng",  "Phạm",  "Đức",   "Trường", "Quyền",
        "Hoàng",  "Huỳnh",  "Quỳnh",  "quốc",  "quà",   "quê",   "quân",  "quen",   "quăng",
        "quý",    "gì",     "gìn",    "giữ",   "giếng", "Giang", "ghi",   "nghĩa",  "nghiêng",
        "ngà",    "kỳ",     "kì",     "kiều",  "khuya", "khuỷu", "huých", "thuở",   "người",
        "rượu",   "ngoặc",  "hoà",    "hòa",   "thuỷ",  "thủy",  "Yến",   "uyên",   "Ánh",
        "Ưng",    "ếch",    "xẻng",   "ngoạm", "Khánh", "Tuấn",  "Nhật",  "Lực",    "Bích",
        "đạt",    "Ơ",      "ấp",     "Ý",     "Việt"}) {
    EXPECT_TRUE(is_vietnamese_syllable(w)) << w;
  }
}

TEST(Syllable, RefusesWhatIsNotASyllable) {
  for (const char* w : {"",
                        "kà",  // k only before i e ê y
                        "cê",
                        "ghà",
                        "ngê",
                        "gè",  // c/g/ng not before front vowels; gh/ngh only there
                        "đat",
                        "hàt",
                        "cảch",
                        "lỗp",  // a stop coda takes sắc or nặng only
                        "ả\xCC\x81",
                        "ảá",  // two tones
                        "aơ",
                        "uô",
                        "ươa",
                        "nguyean",
                        "Jăn",
                        "façade",
                        "Wố",
                        "Zũ",
                        "qà",
                        "quu",
                        "ngh",
                        "a1",
                        "Lê-",
                        "Ðức" /* Ð U+00D0, not Đ */,
                        "\xEF\xBF\xBD"}) {
    EXPECT_FALSE(is_vietnamese_syllable(w)) << w;
  }
}

// ---- The tables ------------------------------------------------------------------------------

TEST(Encoding, EveryTableRowDecodes) {
  for (const auto& [name, col] :
       {std::pair{"tcvn3.csv", "tcvn3_bytes"}, std::pair{"vni.csv", "vni_bytes"}}) {
    std::string file = name;
    auto t = table(file, col);
    EXPECT_EQ(t.size(), 134u) << file;
    for (const auto& [ch, bytes] : t) {
      std::string d = file == "tcvn3.csv" ? decode_tcvn3(bytes) : decode_vni(bytes);
      if (file == "tcvn3.csv" && d != ch) {
        // A toned capital shares its byte with the lower-case letter: alone it reads lower.
        EXPECT_EQ(fold(d), fold(ch)) << ch;
        EXPECT_EQ(decode_tcvn3("AB" + bytes), "AB" + ch) << ch;  // in a capitals-only field
      } else {
        EXPECT_EQ(d, ch) << file << " " << ch;
      }
    }
  }
}

// ---- Round trips -----------------------------------------------------------------------------

void expect_round_trip(Encoding enc, const std::string& bytes) {
  auto explicit_ = decode_text(bytes, enc);
  ASSERT_TRUE(explicit_.ok()) << explicit_.status().message();
  EXPECT_EQ(explicit_->text, kRoster);
  EXPECT_EQ(explicit_->encoding, enc);
  auto detected = decode_text(bytes, Encoding::kAuto);
  ASSERT_TRUE(detected.ok()) << encoding_name(enc) << ": " << detected.status().message();
  EXPECT_EQ(detected->encoding, enc);
  EXPECT_EQ(detected->text, kRoster);
  auto table = parse_csv(detected->text);
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(table->rows.size(), 10u);
  EXPECT_EQ(table->rows[2][5], "Phạm Đức Thắng, bố");
}

TEST(Encoding, Utf8RoundTripWithAndWithoutBom) {
  expect_round_trip(Encoding::kUtf8, kRoster);
  auto bom = decode_text(std::string("\xEF\xBB\xBF") + kRoster, Encoding::kAuto);
  ASSERT_TRUE(bom.ok());
  EXPECT_EQ(bom->text, kRoster);  // the BOM is dropped
  EXPECT_EQ(decode_text(std::string("\xEF\xBB\xBF") + kRoster, Encoding::kUtf8)->text, kRoster);
  // Decomposed (NFD, as macOS writes) comes out composed.
  EXPECT_EQ(decode_text("Nguye\xcc\x82\xcc\x83n", Encoding::kAuto)->text, "Nguyễn");
}

TEST(Encoding, Cp1258RoundTrip) {
  expect_round_trip(Encoding::kCp1258, encode_cp1258(kRoster));
}
TEST(Encoding, Tcvn3RoundTrip) {
  expect_round_trip(Encoding::kTcvn3, encode_tcvn3(kRoster));
}
TEST(Encoding, VniRoundTrip) {
  expect_round_trip(Encoding::kVni, encode_vni(kRoster));
}

TEST(Encoding, DecodesVnTimeHCapitals) {
  // S6 of the sources: "VI" + 0xD6 + "T NAM" in .VnTimeH is "VIỆT NAM".
  EXPECT_EQ(decode_tcvn3("VI\xD6T NAM"), "VIỆT NAM");
  EXPECT_EQ(decode_tcvn3(encode_tcvn3("NGUYỄN ÁNH,9A")), "NGUYỄN ÁNH,9A");
  // In a field with lower-case letters the byte is the lower-case letter.
  EXPECT_EQ(decode_tcvn3(encode_tcvn3("Lê Văn Ánh")), "Lê Văn ánh");
  EXPECT_EQ(decode_tcvn3(encode_tcvn3("Lê")), "Lê");  // one capital decides nothing
  // VNI: a mark of the other case than its base (Caps Lock) is tolerated.
  EXPECT_EQ(decode_vni("NGUYE\xE3N"), "NGUYỄN");
}

// ---- Refusals --------------------------------------------------------------------------------

void expect_undecided(const std::string& bytes) {
  auto r = decode_text(bytes, Encoding::kAuto);
  ASSERT_FALSE(r.ok()) << encoding_name(r->encoding);
  EXPECT_EQ(r.status().kind(), Kind::kInvalid);
  EXPECT_NE(r.status().message().find("--encoding"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("bảng mã"), std::string::npos);
}

TEST(Encoding, RefusesRandomBytes) {
  std::mt19937 rng(11);
  for (int round = 0; round < 20; ++round) {
    std::string s;
    for (int i = 0; i < 2000; ++i) s.push_back(static_cast<char>(1 + rng() % 255));
    s[0] = '\x80';  // never a byte-order mark
    expect_undecided(s);
  }
}

TEST(Encoding, RefusesMixedEncodings) {
  std::string roster = kRoster;
  size_t half = roster.find("6,");
  // UTF-8 lines then TCVN3 lines; TCVN3 then VNI; cp1258 then VNI.
  expect_undecided(roster.substr(0, half) + encode_tcvn3(roster.substr(half)));
  expect_undecided(encode_tcvn3(roster.substr(0, half)) + encode_vni(roster.substr(half)));
  expect_undecided(encode_cp1258(roster.substr(0, half)) + encode_vni(roster.substr(half)));
}

TEST(Encoding, RefusesAmbiguousText) {
  // "Ma" + 0xF9 is "Má" in VNI and "Maù" (a syllable: màu with the tone on a) in Windows-1258.
  auto r = decode_text("Ten\nMa\xF9\n", Encoding::kAuto);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("cp1258"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("vni"), std::string::npos);
  EXPECT_NE(r.status().message().find("--encoding"), std::string::npos);
  // Chosen explicitly, it decodes.
  EXPECT_EQ(decode_text("Ten\nMa\xF9\n", Encoding::kVni)->text, "Ten\nMá\n");
}

TEST(Encoding, RefusesNulBytesAndUtf16) {
  std::string s = "Họ và tên,Lớp\nAn,6A\nB";
  s.push_back('\0');
  s += "nh,6B\n";
  for (auto enc :
       {Encoding::kAuto, Encoding::kUtf8, Encoding::kTcvn3, Encoding::kVni, Encoding::kCp1258}) {
    auto r = decode_text(s, enc);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().kind(), Kind::kInvalid);
    EXPECT_NE(r.status().message().find("NUL"), std::string::npos);
    EXPECT_NE(r.status().message().find("dòng 3"), std::string::npos) << r.status().message();
    ASSERT_EQ(r.status().rows().size(), 1u);
    EXPECT_EQ(r.status().rows()[0].row, 3);
  }
  auto u16 = decode_text(std::string("\xFF\xFEH\0o\0", 6), Encoding::kAuto);
  ASSERT_FALSE(u16.ok());
  EXPECT_NE(u16.status().message().find("UTF-16"), std::string::npos);
}

TEST(Encoding, RefusesWrongExplicitChoice) {
  auto r = decode_text(encode_tcvn3(kRoster), Encoding::kUtf8);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("dòng 1"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("--encoding"), std::string::npos);
  auto bom = decode_text(std::string("\xEF\xBB\xBF") + kRoster, Encoding::kTcvn3);
  ASSERT_FALSE(bom.ok());
  EXPECT_NE(bom.status().message().find("BOM"), std::string::npos);
  // A BOM promises UTF-8: auto does not guess past it.
  EXPECT_FALSE(decode_text("\xEF\xBB\xBF" + encode_vni(kRoster), Encoding::kAuto).ok());
}

TEST(Encoding, PlainAsciiIsUtf8) {
  auto r = decode_text("Ho va ten,Lop\nNguyen Van An,6A\n", Encoding::kAuto);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->encoding, Encoding::kUtf8);
}

}  // namespace
}  // namespace atgt
