// The XML writer of xml_writer.h.
#include "render/xml_writer.h"

namespace atgt::render {

std::string xml_escape(std::string_view s, bool attribute) {
  std::string out;
  out.reserve(s.size() + 8);
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '"':
        out += attribute ? "&quot;" : "\"";
        continue;
      case '\'':
        out += attribute ? "&apos;" : "'";
        continue;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        continue;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        continue;
      case '\r':
        out += "&#13;";  // a raw CR would be normalised away by the parser
        continue;
      default:
        break;
    }
    if (c < 0x20) continue;  // not allowed in XML 1.0
    // U+FFFE and U+FFFF (EF BF BE / EF BF BF) are not XML characters either.
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE) {
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

XmlWriter& XmlWriter::declaration() {
  out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  return *this;
}

void XmlWriter::end_start_tag() {
  if (in_start_tag_) out_ += '>';
  in_start_tag_ = false;
}

XmlWriter& XmlWriter::open(std::string_view name, Attrs attrs) {
  end_start_tag();
  out_ += '<';
  out_ += name;
  stack_.emplace_back(name);
  in_start_tag_ = true;
  for (const auto& [k, v] : attrs) attr(k, v);
  return *this;
}

XmlWriter& XmlWriter::attr(std::string_view name, std::string_view value) {
  if (!in_start_tag_) return *this;  // contract: only right after open()
  out_ += ' ';
  out_ += name;
  out_ += "=\"";
  out_ += xml_escape(value, true);
  out_ += '"';
  return *this;
}

XmlWriter& XmlWriter::text(std::string_view s) {
  end_start_tag();
  out_ += xml_escape(s);
  return *this;
}

XmlWriter& XmlWriter::raw(std::string_view s) {
  end_start_tag();
  out_ += s;
  return *this;
}

XmlWriter& XmlWriter::close() {
  if (stack_.empty()) return *this;
  if (in_start_tag_) {
    out_ += "/>";
    in_start_tag_ = false;
  } else {
    out_ += "</";
    out_ += stack_.back();
    out_ += '>';
  }
  stack_.pop_back();
  return *this;
}

XmlWriter& XmlWriter::leaf(std::string_view name, Attrs attrs, std::string_view s) {
  open(name, attrs);
  if (!s.empty()) text(s);
  return close();
}

std::string XmlWriter::finish() {
  while (!stack_.empty()) close();
  return std::move(out_);
}

}  // namespace atgt::render
