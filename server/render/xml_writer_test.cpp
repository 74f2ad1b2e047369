// xml_writer: escaping (table-driven) and element nesting.
#include "render/xml_writer.h"

#include <gtest/gtest.h>

namespace atgt::render {
namespace {

TEST(RenderXmlWriter, Escape) {
  struct Case {
    std::string in;
    bool attribute;
    std::string out;
  };
  const Case cases[] = {
      {"a & b < c > d", false, "a &amp; b &lt; c &gt; d"},
      {"\"q\" 'a'", false, "\"q\" 'a'"},
      {"\"q\" 'a'", true, "&quot;q&quot; &apos;a&apos;"},
      {"t\tn\nr\r", false, "t\tn\nr&#13;"},
      {"t\tn\nr\r", true, "t&#9;n&#10;r&#13;"},
      {std::string("x\x01y\x1Fz\0w", 7), false, "xyzw"},  // C0 controls dropped
      {"Sở GD&ĐT", false, "Sở GD&amp;ĐT"},                // UTF-8 kept
      {"a\xEF\xBF\xBE"
       "b\xEF\xBF\xBF"
       "c\xEF\xBF\xBD",
       false, "abc\xEF\xBF\xBD"},
      {"]]>", false, "]]&gt;"},
  };
  for (const auto& c : cases) EXPECT_EQ(xml_escape(c.in, c.attribute), c.out) << c.in;
}

TEST(RenderXmlWriter, Nesting) {
  XmlWriter w;
  w.declaration();
  w.open("a", {{"x", "1&2"}}).open("b").close().open("c").text("<t>").close();
  w.leaf("d", {{"k", "v"}}, "text").leaf("e");
  EXPECT_EQ(w.depth(), 1);
  EXPECT_EQ(w.finish(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<a x=\"1&amp;2\"><b/><c>&lt;t&gt;</c><d k=\"v\">text</d><e/></a>");
}

TEST(RenderXmlWriter, AttributeAfterContentIsIgnored) {
  XmlWriter w;
  w.open("a").text("x").attr("late", "1");
  EXPECT_EQ(w.finish(), "<a>x</a>");
}

}  // namespace
}  // namespace atgt::render
