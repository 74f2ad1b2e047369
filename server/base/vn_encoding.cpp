// Legacy Vietnamese encodings, detection and the syllable check (see vn_encoding.h).
#include "base/vn_encoding.h"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/csv.h"
#include "base/embedded.h"
#include "base/text.h"

namespace atgt {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Decodes valid UTF-8 into code points; an invalid byte becomes U+FFFD.
std::u32string to_u32(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
      out.push_back(kReplacement);
      ++i;
      continue;
    }
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    bool ok = true;
    for (int k = 1; k < len; ++k) {
      unsigned char d = s[i + k];
      if ((d & 0xC0) != 0x80) ok = false;
      cp = (cp << 6) | (d & 0x3F);
    }
    out.push_back(ok ? cp : kReplacement);
    i += ok ? len : 1;
  }
  return out;
}

bool ascii_letter(unsigned char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
bool ascii_upper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}
bool ascii_lower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}

unsigned hex_byte(std::string_view h) {
  unsigned v = 0;
  for (char c : h) {
    v <<= 4;
    if (c >= '0' && c <= '9')
      v |= c - '0';
    else if (c >= 'A' && c <= 'F')
      v |= c - 'A' + 10;
    else if (c >= 'a' && c <= 'f')
      v |= c - 'a' + 10;
  }
  return v;
}

// ---- The tables ------------------------------------------------------------------------------

struct Tables {
  std::array<char32_t, 256> cp1252{};  // Windows-1252 (fallback for unmapped bytes)
  std::array<char32_t, 256> cp1258{};  // Windows-1258 from ICU's converter (may be combining)
  std::array<char32_t, 256> tcvn3{};   // 0 = not a TCVN3 letter
  std::array<bool, 256> tcvn3_lower_position{};     // lower-case letters (.VnTimeH shows capitals)
  std::array<char32_t, 256> vni_single{};           // 0 = not a one-byte VNI letter
  std::unordered_map<uint16_t, char32_t> vni_pair;  // (base << 8 | mark) -> letter
  std::array<bool, 256> vni_mark{};
};

void fill_codepage(const char* name, std::array<char32_t, 256>& table) {
  for (int b = 0; b < 0x80; ++b) table[b] = static_cast<char32_t>(b);
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(name, &err), &ucnv_close);
  for (int b = 0x80; b < 0x100; ++b) {
    table[b] = kReplacement;
    if (U_FAILURE(err) || !conv) continue;
    char in = static_cast<char>(b);
    UChar out[4];
    UErrorCode e = U_ZERO_ERROR;
    ucnv_reset(conv.get());
    int32_t n = ucnv_toUChars(conv.get(), out, 4, &in, 1, &e);
    if (U_SUCCESS(e) && n == 1 && out[0] != 0x1A && out[0] != 0xFFFD) table[b] = out[0];
  }
}

// Parses the embedded data/reference/encodings tables. A missing or malformed table is a build
// defect: the decoders would then map nothing and the tests fail loudly.
const Tables& tables() {
  static const Tables t = [] {
    Tables t;
    fill_codepage("windows-1252", t.cp1252);
    fill_codepage("windows-1258", t.cp1258);
    for (const auto& f : embedded_encoding_tables()) {
      auto csv = parse_csv(f.data);
      if (!csv.ok()) continue;
      int ch = csv->column("unicode_char");
      if (f.name == "tcvn3.csv") {
        int bytes = csv->column("tcvn3_bytes"), rep = csv->column("representation");
        for (const auto& row : csv->rows) {
          if (row[rep] != "native") continue;  // toned capitals: see decode_tcvn3
          std::u32string c = to_u32(row[ch]);
          unsigned b = hex_byte(row[bytes]);
          if (c.size() != 1 || b < 0x80 || b > 0xFF) continue;
          t.tcvn3[b] = c[0];
          t.tcvn3_lower_position[b] = u_islower(static_cast<UChar32>(c[0]));
        }
      } else if (f.name == "vni.csv") {
        int bytes = csv->column("vni_bytes");
        for (const auto& row : csv->rows) {
          std::u32string c = to_u32(row[ch]);
          const std::string& h = row[bytes];
          if (c.size() != 1) continue;
          if (h.size() == 2) {
            t.vni_single[hex_byte(h)] = c[0];
          } else if (h.size() == 5) {
            unsigned base = hex_byte(h.substr(0, 2)), mark = hex_byte(h.substr(3, 2));
            t.vni_pair[static_cast<uint16_t>(base << 8 | mark)] = c[0];
            // A mark follows an ASCII base; the bytes after ơ/ư (single letters) are the tone
            // marks, which also follow ASCII bases.
            t.vni_mark[mark] = true;
          }
        }
      }
    }
    return t;
  }();
  return t;
}

// ---- Decoders --------------------------------------------------------------------------------

std::string decode_tcvn3_impl(std::string_view bytes, bool vntimeh_capitals) {
  const Tables& t = tables();
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  // A field: the text between CSV/TSV separators and line ends. In a field with at least two
  // ASCII capitals and no ASCII lower-case letter, lower-case-position letters are capitals.
  size_t i = 0;
  while (i < bytes.size()) {
    size_t end = i;
    int upper = 0, lower = 0;
    while (end < bytes.size() &&
           std::string_view(",;\t\r\n\"").find(bytes[end]) == std::string_view::npos) {
      unsigned char c = bytes[end];
      upper += ascii_upper(c);
      lower += ascii_lower(c);
      ++end;
    }
    bool caps = vntimeh_capitals && upper >= 2 && lower == 0;
    for (size_t k = i; k < end; ++k) {
      unsigned char c = bytes[k];
      if (c < 0x80) {
        out.push_back(static_cast<char>(c));
      } else if (t.tcvn3[c]) {
        char32_t cp = t.tcvn3[c];
        if (caps && t.tcvn3_lower_position[c])
          cp = static_cast<char32_t>(u_toupper(static_cast<UChar32>(cp)));
        append_utf8(out, cp);
      } else {
        append_utf8(out, t.cp1252[c]);
      }
    }
    if (end < bytes.size()) out.push_back(bytes[end++]);
    i = end;
  }
  return out;  // precomposed letters only: already NFC
}

std::string decode_vni_impl(std::string_view bytes) {
  const Tables& t = tables();
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  for (size_t i = 0; i < bytes.size();) {
    unsigned char c = bytes[i];
    if (i + 1 < bytes.size()) {
      unsigned char m = bytes[i + 1];
      if (t.vni_mark[m] || t.vni_mark[m ^ 0x20]) {
        auto it = t.vni_pair.find(static_cast<uint16_t>(c << 8 | m));
        // Tolerated: a mark of the other case than its base (typed with Caps Lock).
        if (it == t.vni_pair.end())
          it = t.vni_pair.find(static_cast<uint16_t>(c << 8 | (m ^ 0x20)));
        if (it != t.vni_pair.end()) {
          append_utf8(out, it->second);
          i += 2;
          continue;
        }
      }
    }
    if (c < 0x80)
      out.push_back(static_cast<char>(c));
    else
      append_utf8(out, t.vni_single[c] ? t.vni_single[c] : t.cp1252[c]);
    ++i;
  }
  return out;  // precomposed letters only: already NFC
}

std::string decode_cp1258_impl(std::string_view bytes) {
  const Tables& t = tables();
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  bool combining = false;
  for (unsigned char c : bytes) {
    char32_t cp = t.cp1258[c];
    combining |= cp >= 0x300 && cp < 0x370;
    append_utf8(out, cp);
  }
  return combining ? nfc(out) : out;
}

// ---- The syllable check ----------------------------------------------------------------------

struct Syllables {
  // Vowel letter (either case, any tone) -> its lower-case toneless letter and tone (0 = none,
  // 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng).
  std::unordered_map<char32_t, std::pair<char32_t, int>> vowels;
  std::unordered_set<std::u32string> rhymes;
  std::vector<std::u32string> onsets;  // longest first
};

const Syllables& syllables() {
  static const Syllables s = [] {
    Syllables s;
    const char* lower[] = {"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
                           "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ"};
    const char* upper[] = {"AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
                           "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ"};
    for (size_t v = 0; v < 12; ++v) {
      std::u32string lo = to_u32(lower[v]), up = to_u32(upper[v]);
      for (int tone = 0; tone < 6; ++tone) {
        s.vowels[lo[tone]] = {lo[0], tone};
        s.vowels[up[tone]] = {lo[0], tone};
      }
    }
    // The rhymes of standard Vietnamese orthography, toneless, with their medial.
    const char* rhymes =
        "a ac ach ai am an ang anh ao ap at au ay "
        "ăc ăm ăn ăng ăp ăt "
        "âc âm ân âng âp ât âu ây "
        "e ec em en eng eo ep et "
        "ê êch êm ên ênh êp êt êu "
        "i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu "
        "o oc oi om on ong op ot ooc oong "
        "ô ôc ôi ôm ôn ông ôp ôt "
        "ơ ơi ơm ơn ơp ơt "
        "u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt "
        "ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu "
        "y yêm yên yêt yêu "
        "oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet "
        "uân uâng uât uây uê uêch uênh uơ uy uya uych uyn uynh uyp uyt uyu uyên uyêt";
    std::u32string all = to_u32(rhymes), cur;
    for (char32_t c : all + U" ") {
      if (c == U' ') {
        if (!cur.empty()) s.rhymes.insert(cur);
        cur.clear();
      } else {
        cur.push_back(c);
      }
    }
    for (const char* o :
         {"ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d",
          "đ",   "g",  "h",  "k",  "l",  "m",  "n",  "p",  "r",  "s",  "t",  "v", "x", ""})
      s.onsets.push_back(to_u32(o));
    return s;
  }();
  return s;
}

bool front_vowel(char32_t c) {
  return c == U'i' || c == U'e' || c == U'ê' || c == U'y';
}

bool rhyme_fits(const Syllables& s, const std::u32string& onset, const std::u32string& r) {
  if (onset == U"qu") {
    if (r.empty()) return false;
    return s.rhymes.count(U"u" + r) || s.rhymes.count(U"o" + r);
  }
  if (onset == U"gi") return r.empty() || s.rhymes.count(r) || s.rhymes.count(U"i" + r);
  if (r.empty() || !s.rhymes.count(r)) return false;
  char32_t f = r[0];
  if (onset == U"c") return !front_vowel(f);
  if (onset == U"k") return front_vowel(f);
  if (onset == U"g" || onset == U"ng") return !(f == U'i' || f == U'e' || f == U'ê');
  if (onset == U"gh" || onset == U"ngh") return f == U'i' || f == U'e' || f == U'ê';
  return true;
}

}  // namespace

bool is_vietnamese_syllable(std::string_view word) {
  const Syllables& s = syllables();
  std::u32string base;
  int tones = 0, tone = 0;
  for (char32_t c : to_u32(word)) {
    auto v = s.vowels.find(c);
    if (v != s.vowels.end()) {
      base.push_back(v->second.first);
      if (v->second.second) {
        ++tones;
        tone = v->second.second;
      }
    } else if (c == U'đ' || c == U'Đ') {
      base.push_back(U'đ');
    } else if (c < 0x80 && ascii_letter(static_cast<unsigned char>(c))) {
      base.push_back(c | 0x20);
    } else {
      return false;
    }
  }
  if (base.empty() || base.size() > 8 || tones > 1) return false;
  bool stop = base.back() == U'p' || base.back() == U't' || base.back() == U'c' ||
              (base.size() >= 2 && base.substr(base.size() - 2) == U"ch");
  if (stop && tone != 2 && tone != 5) return false;
  for (const auto& onset : s.onsets) {
    if (base.compare(0, onset.size(), onset) != 0) continue;
    if (rhyme_fits(s, onset, base.substr(onset.size()))) return true;
  }
  return false;
}

std::string decode_cp1258(std::string_view bytes) {
  return decode_cp1258_impl(bytes);
}
std::string decode_tcvn3(std::string_view bytes) {
  return decode_tcvn3_impl(bytes, true);
}
std::string decode_vni(std::string_view bytes) {
  return decode_vni_impl(bytes);
}

Result<Encoding> parse_encoding(std::string_view name) {
  std::string n;
  for (char c : name) n.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (n == "auto") return Encoding::kAuto;
  if (n == "utf-8" || n == "utf8") return Encoding::kUtf8;
  if (n == "cp1258" || n == "windows-1258") return Encoding::kCp1258;
  if (n == "tcvn3" || n == "abc" || n == "tcvn") return Encoding::kTcvn3;
  if (n == "vni" || n == "vni-windows") return Encoding::kVni;
  return Status(Kind::kInvalid, "encoding",
                "Bảng mã \"" + std::string(name) +
                    "\" không được hỗ trợ; hãy chọn auto, utf-8, cp1258, tcvn3 hoặc vni.")
      .with_field("encoding", "Bảng mã không được hỗ trợ.");
}

std::string_view encoding_name(Encoding e) {
  switch (e) {
    case Encoding::kAuto:
      return "auto";
    case Encoding::kUtf8:
      return "utf-8";
    case Encoding::kCp1258:
      return "cp1258";
    case Encoding::kTcvn3:
      return "tcvn3";
    case Encoding::kVni:
      return "vni";
  }
  return "auto";
}

namespace {

Status encoding_error(std::string message) {
  return {Kind::kInvalid, "encoding", std::move(message)};
}

int line_of(std::string_view bytes, size_t pos) {
  return 1 +
         static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<long>(pos), '\n'));
}

// Offset of the first byte that breaks UTF-8, or npos.
size_t first_invalid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    size_t len = c < 0x80                   ? 1
                 : (c >= 0xC2 && c <= 0xDF) ? 2
                 : (c >= 0xE0 && c <= 0xEF) ? 3
                 : (c >= 0xF0 && c <= 0xF4) ? 4
                                            : 0;
    if (len == 0 || i + len > s.size() || !valid_utf8(s.substr(i, len))) return i;
    i += len;
  }
  return std::string_view::npos;
}

const char* kChoose = "(--encoding utf-8|cp1258|tcvn3|vni)";

struct Score {
  Encoding enc;
  size_t words = 0, invalid = 0;
};

}  // namespace

Result<DecodedText> decode_text(std::string_view bytes, Encoding encoding) {
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")
    return encoding_error("Tệp dùng bảng mã UTF-16; hãy lưu lại dưới dạng CSV UTF-8.");
  if (size_t nul = bytes.find('\0'); nul != std::string_view::npos)
    return encoding_error("Tệp chứa byte NUL (mã 0) ở dòng " + std::to_string(line_of(bytes, nul)) +
                          ": đây không phải tệp văn bản CSV.")
        .with_row({line_of(bytes, nul), "", "Byte NUL (mã 0) không được phép trong tệp văn bản."});
  bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
  if (encoding == Encoding::kUtf8 || encoding == Encoding::kAuto) {
    std::string_view body = bom ? bytes.substr(3) : bytes;
    if (valid_utf8(body)) return DecodedText{nfc(body), Encoding::kUtf8};
    size_t bad = first_invalid_utf8(body);
    if (encoding == Encoding::kUtf8 || bom) {
      int line = line_of(bytes, bad + (bom ? 3 : 0));
      return encoding_error("Tệp không phải UTF-8 hợp lệ (dòng " + std::to_string(line) +
                            "); hãy chọn đúng bảng mã " + kChoose + ".")
          .with_row({line, "", "Byte không hợp lệ trong UTF-8."});
    }
  } else if (bom) {
    return encoding_error("Tệp có dấu BOM của UTF-8 nhưng bảng mã được chọn là " +
                          std::string(encoding_name(encoding)) +
                          "; hãy chọn --encoding utf-8 hoặc auto.");
  }
  switch (encoding) {
    case Encoding::kCp1258:
      return DecodedText{decode_cp1258_impl(bytes), encoding};
    case Encoding::kTcvn3:
      return DecodedText{decode_tcvn3_impl(bytes, true), encoding};
    case Encoding::kVni:
      return DecodedText{decode_vni_impl(bytes), encoding};
    default:
      break;
  }

  // kAuto on text that is not UTF-8: score each legacy encoding on the words with high bytes.
  std::array<Score, 3> scores{Score{Encoding::kCp1258}, Score{Encoding::kTcvn3},
                              Score{Encoding::kVni}};
  for (size_t i = 0; i < bytes.size();) {
    auto in_word = [&](size_t k) {
      unsigned char c = bytes[k];
      return c >= 0x80 || ascii_letter(c);
    };
    if (!in_word(i)) {
      ++i;
      continue;
    }
    size_t end = i;
    bool high = false;
    while (end < bytes.size() && in_word(end))
      high |= static_cast<unsigned char>(bytes[end++]) >= 0x80;
    if (high) {
      std::string_view w = bytes.substr(i, end - i);
      for (auto& s : scores) {
        std::string d = s.enc == Encoding::kCp1258  ? decode_cp1258_impl(w)
                        : s.enc == Encoding::kTcvn3 ? decode_tcvn3_impl(w, false)
                                                    : decode_vni_impl(w);
        ++s.words;
        s.invalid += !is_vietnamese_syllable(d);
      }
    }
    i = end;
  }
  std::sort(scores.begin(), scores.end(),
            [](const Score& a, const Score& b) { return a.invalid < b.invalid; });
  auto passes = [](const Score& s) { return s.words > 0 && s.invalid * 50 <= s.words; };  // >= 98%
  auto percent = [](const Score& s) {
    return std::to_string(s.words ? (100 * (s.words - s.invalid)) / s.words : 0) + "%";
  };
  if (passes(scores[0])) {
    bool clear = !passes(scores[1]) || (scores[0].invalid * 2 <= scores[1].invalid &&
                                        scores[0].invalid + 3 <= scores[1].invalid);
    if (clear) {
      auto d = decode_text(bytes, scores[0].enc);
      if (!d.ok()) return d.status();
      return DecodedText{std::move(d->text), scores[0].enc};
    }
    return encoding_error("Không xác định được bảng mã của tệp: tệp đọc được theo cả " +
                          std::string(encoding_name(scores[0].enc)) + " và " +
                          std::string(encoding_name(scores[1].enc)) + "; hãy chọn rõ bảng mã " +
                          kChoose + ".");
  }
  std::string detail;
  for (const auto& s : scores)
    detail += (detail.empty() ? "" : ", ") + std::string(encoding_name(s.enc)) + " " + percent(s);
  return encoding_error("Không xác định được bảng mã của tệp; hãy chọn rõ bảng mã " +
                        std::string(kChoose) + ". Tỷ lệ từ tiếng Việt hợp lệ: " + detail +
                        " (cần ít nhất 98%).");
}

}  // namespace atgt
