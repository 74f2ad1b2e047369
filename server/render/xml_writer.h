// A small streaming XML writer for the OOXML parts of DOCX (and any other generated XML): start
// tags with attributes, escaped text, end tags closed in order. Not thread-safe per object (one
// writer per document); no shared state.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace atgt::render {

// Text escaped for XML 1.0: & < > always, " ' and TAB CR LF as character references when
// `attribute` is set; characters XML 1.0 forbids (C0 controls except TAB CR LF, U+FFFE/U+FFFF)
// are dropped. The input is assumed to be valid UTF-8.
std::string xml_escape(std::string_view s, bool attribute = false);

class XmlWriter {
 public:
  using Attrs = std::initializer_list<std::pair<std::string_view, std::string_view>>;

  // Writes the XML declaration (UTF-8, standalone).
  XmlWriter& declaration();
  // <name a="v" ...>; attributes may be added with attr() until the next call of anything else.
  XmlWriter& open(std::string_view name, Attrs attrs = {});
  XmlWriter& attr(std::string_view name, std::string_view value);
  XmlWriter& text(std::string_view s);
  // Closes the innermost open element (<x/> when it has no content).
  XmlWriter& close();
  // <name a="v"/>, or <name a="v">text</name> when `text` is not empty.
  XmlWriter& leaf(std::string_view name, Attrs attrs = {}, std::string_view text = {});
  // Writes bytes as they are (a fragment the caller built with this class).
  XmlWriter& raw(std::string_view s);

  int depth() const { return static_cast<int>(stack_.size()); }
  // The document so far; closes every element still open first.
  std::string finish();

 private:
  void end_start_tag();
  std::string out_;
  std::vector<std::string> stack_;
  bool in_start_tag_ = false;
};

}  // namespace atgt::render
