// A letter as OOXML WordprocessingML: the parts, then zip_pack.
#include "render/docx.h"

#include <algorithm>
#include <string>
#include <vector>

#include "render/xml_writer.h"
#include "render/zip_pack.h"

namespace atgt::render {

namespace {

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kFont = "Times New Roman";
constexpr int kTextWidth = 11906 - 1701 - 851;  // twips: A4 less 30 mm and 15 mm

struct RunStyle {
  bool bold = false;
  bool italic = false;
  int half_points = 26;  // 13 pt
  bool boxed = false;
};

struct ParaStyle {
  const char* jc = "center";
  int first_line = 0;  // twips
  int before = 0, after = 0;
  int line = 240;      // 240 = single, 276 = 1.15
  int rule_width = 0;  // > 0: a bottom rule this wide (twips), centred in `box_width`
  int box_width = 0;   // the width the rule is centred in
  bool keep_next = false;
  int exact = 0;            // > 0: an exact line height (twips) and a paragraph mark this size
  bool body_style = false;  // the "Body" style (justified, indent, 6 pt after, 1.15)
};

std::string itos(int v) {
  return std::to_string(v);
}

void run(XmlWriter& w, const std::string& text, const RunStyle& s) {
  w.open("w:r").open("w:rPr");
  if (s.bold) w.leaf("w:b");
  if (s.italic) w.leaf("w:i");
  if (s.boxed)
    w.leaf("w:bdr", {{"w:val", "single"}, {"w:sz", "8"}, {"w:space", "1"}, {"w:color", "auto"}});
  if (s.half_points != 26) {
    w.leaf("w:sz", {{"w:val", itos(s.half_points)}});
    w.leaf("w:szCs", {{"w:val", itos(s.half_points)}});
  }
  w.close();
  w.open("w:t", {{"xml:space", "preserve"}}).text(text).close();
  w.close();
}

void para_props(XmlWriter& w, const ParaStyle& p) {
  w.open("w:pPr");
  if (p.body_style) {
    w.leaf("w:pStyle", {{"w:val", "Body"}});
  }
  if (p.keep_next) w.leaf("w:keepNext");
  if (p.rule_width > 0) {
    w.open("w:pBdr")
        .leaf("w:bottom",
              {{"w:val", "single"}, {"w:sz", "6"}, {"w:space", "1"}, {"w:color", "auto"}})
        .close();
  }
  if (!p.body_style) {
    w.leaf("w:spacing", {{"w:before", itos(p.before)},
                         {"w:after", itos(p.after)},
                         {"w:line", itos(p.exact > 0 ? p.exact : p.line)},
                         {"w:lineRule", p.exact > 0 ? "exact" : "auto"}});
    int side = p.rule_width > 0 ? std::max(0, (p.box_width - p.rule_width) / 2) : 0;
    w.leaf("w:ind",
           {{"w:left", itos(side)}, {"w:right", itos(side)}, {"w:firstLine", itos(p.first_line)}});
    w.leaf("w:jc", {{"w:val", p.jc}});
  }
  if (p.exact > 0) {
    std::string half = itos(std::max(2, p.exact / 10));
    w.open("w:rPr").leaf("w:sz", {{"w:val", half}}).leaf("w:szCs", {{"w:val", half}}).close();
  }
  w.close();
}

void para(XmlWriter& w, const std::vector<std::pair<std::string, RunStyle>>& runs,
          const ParaStyle& p) {
  w.open("w:p");
  para_props(w, p);
  for (const auto& [t, s] : runs) run(w, t, s);
  w.close();
}

void para(XmlWriter& w, const std::string& text, const RunStyle& r, const ParaStyle& p) {
  para(w, {{text, r}}, p);
}

// A short rule centred under a text, as an empty 2 pt paragraph with a bottom border indented so
// that its width is about `fraction` of the text's estimated width.
void rule(XmlWriter& w, const std::string& text, double size_pt, double fraction, int box_width) {
  // Average advance of Times/Liberation Serif bold: ~0.62 em upper case, ~0.5 em mixed case.
  size_t chars = 0;
  bool upper = true;
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) ++chars;
    if (c >= 'a' && c <= 'z') upper = false;
  }
  double width_pt = static_cast<double>(chars) * size_pt * (upper ? 0.66 : 0.42);
  ParaStyle p;
  p.exact = 60;
  p.rule_width = std::min(box_width, static_cast<int>(width_pt * 20 * fraction));
  p.box_width = box_width;
  para(w, "", RunStyle{false, false, 4}, p);
}

// Vertical space: an empty paragraph exactly `twips` high.
void spacer(XmlWriter& w, int twips) {
  ParaStyle p;
  p.exact = twips;
  para(w, {}, p);
}

void table_start(XmlWriter& w, const std::vector<int>& widths) {
  int total = 0;
  for (int x : widths) total += x;
  w.open("w:tbl").open("w:tblPr");
  w.leaf("w:tblW", {{"w:w", itos(total)}, {"w:type", "dxa"}});
  w.leaf("w:tblLayout", {{"w:type", "fixed"}});
  w.open("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
    w.leaf(side, {{"w:val", "nil"}});
  w.close();
  w.open("w:tblCellMar")
      .leaf("w:left", {{"w:w", "0"}, {"w:type", "dxa"}})
      .leaf("w:right", {{"w:w", "0"}, {"w:type", "dxa"}})
      .close();
  w.close();
  w.open("w:tblGrid");
  for (int x : widths) w.leaf("w:gridCol", {{"w:w", itos(x)}});
  w.close();
}

void cell_start(XmlWriter& w, int width) {
  w.open("w:tc").open("w:tcPr").leaf("w:tcW", {{"w:w", itos(width)}, {"w:type", "dxa"}}).close();
}

void agency(XmlWriter& w, const Agency& a, int width) {
  if (!a.parent.empty()) para(w, a.parent, RunStyle{false, false, 25}, {});
  para(w, a.name, RunStyle{true, false, 25}, {});
  rule(w, a.name, 12.5, 1.0 / 3, width);
}

void header(XmlWriter& w, const Letter& l) {
  std::vector<Agency> agencies{l.issuer};
  agencies.insert(agencies.end(), l.co_issuers.begin(), l.co_issuers.end());
  int right = kTextWidth * 58 / 100, left = kTextWidth - right;
  int each = left / static_cast<int>(agencies.size());
  std::vector<int> widths(agencies.size(), each);
  widths.push_back(kTextWidth - each * static_cast<int>(agencies.size()));
  table_start(w, widths);
  // Row 1: agencies | national name and motto.
  w.open("w:tr");
  for (const auto& a : agencies) {
    cell_start(w, each);
    agency(w, a, each);
    w.close();
  }
  cell_start(w, widths.back());
  para(w, l.national_name, RunStyle{true, false, 25}, {});
  para(w, l.motto, RunStyle{true, false, 27}, {});
  rule(w, l.motto, 13.5, 1.0, widths.back());
  w.close().close();
  // Row 2: number (and V/v, urgency) | place and date.
  w.open("w:tr");
  w.open("w:tc").open("w:tcPr").leaf("w:tcW", {{"w:w", itos(left)}, {"w:type", "dxa"}});
  if (agencies.size() > 1)
    w.leaf("w:gridSpan", {{"w:val", itos(static_cast<int>(agencies.size()))}});
  w.close();
  ParaStyle gap;
  gap.before = 120;
  para(w, number_line(l), {}, gap);
  if (auto v = subject_line(l); !v.empty()) para(w, v, RunStyle{false, false, 25}, {});
  if (l.urgency != Urgency::kNone) {
    ParaStyle p;
    p.before = 120;
    para(w, std::string(" ") + urgency_text(l.urgency) + " ", RunStyle{true, false, 26, true}, p);
  }
  w.close();
  cell_start(w, widths.back());
  para(w, date_line(l), RunStyle{false, true, 26}, gap);
  w.close().close();
  w.close();  // tbl
  spacer(w, 280);
}

void title(XmlWriter& w, const Letter& l) {
  if (l.type_name.empty()) return;
  ParaStyle p;
  p.before = 120;
  p.keep_next = true;
  para(w, l.type_name, RunStyle{true, false, 28}, p);
  if (!l.subject.empty()) {
    ParaStyle s;
    s.keep_next = true;
    para(w, l.subject, RunStyle{true, false, 28}, s);
    rule(w, l.subject, 14, 1.0 / 3, kTextWidth);
  }
  spacer(w, 240);
}

void recipients(XmlWriter& w, const Letter& l) {
  if (l.recipients.empty()) return;
  ParaStyle p;
  p.after = 120;
  if (l.recipients.size() == 1) {
    para(w, "Kính gửi: " + l.recipients[0], {}, p);
    return;
  }
  int label = kTextWidth * 30 / 100;
  table_start(w, {label, kTextWidth - label});
  w.open("w:tr");
  cell_start(w, label);
  ParaStyle right;
  right.jc = "right";
  right.line = 276;
  para(w, "Kính gửi:\u00a0", {}, right);
  w.close();
  cell_start(w, kTextWidth - label);
  ParaStyle left;
  left.jc = "left";
  left.line = 276;
  for (const auto& r : l.recipients) para(w, "- " + r, {}, left);
  w.close().close().close();
  spacer(w, 200);
}

void body(XmlWriter& w, const Letter& l) {
  for (const auto& b : l.body) {
    ParaStyle p;
    p.body_style = true;
    p.keep_next = b.kind == Block::Kind::kHeading;
    std::vector<std::pair<std::string, RunStyle>> runs;
    bool heading = b.kind == Block::Kind::kHeading;
    if (!b.label.empty()) runs.push_back({b.label + " ", RunStyle{heading}});
    for (const auto& r : b.runs) runs.push_back({r.text, RunStyle{r.bold || heading, r.italic}});
    para(w, runs, p);
  }
}

void signer(XmlWriter& w, const Signer& s) {
  ParaStyle p;
  if (!s.authority.empty()) para(w, s.authority, RunStyle{true}, p);
  if (!s.title.empty()) para(w, s.title, RunStyle{true}, p);
  ParaStyle space = p;
  if (s.note.empty()) {
    space.before = 1440;  // room for the signature and the seal
  } else {
    space.before = 480;
    space.after = 480;
    para(w, s.note, RunStyle{false, true}, space);
    space = p;
  }
  para(w, s.name, RunStyle{true}, space);
}

void copies(XmlWriter& w, const Letter& l) {
  ParaStyle p;
  p.jc = "left";
  if (l.copies_to.empty()) {
    para(w, "", {}, p);
    return;
  }
  para(w, "Nơi nhận:", RunStyle{true, true, 24}, p);
  for (const auto& c : l.copies_to) para(w, "- " + c, RunStyle{false, false, 22}, p);
}

// Single signer: Nơi nhận | signing block. Joint: the signing blocks side by side, then Nơi
// nhận under them. Rows are not split across pages.
void closing(XmlWriter& w, const Letter& l) {
  spacer(w, 120);
  if (l.signers.size() <= 1) {
    int left = kTextWidth * 42 / 100;
    table_start(w, {left, kTextWidth - left});
    w.open("w:tr").open("w:trPr").leaf("w:cantSplit").close();
    cell_start(w, left);
    copies(w, l);
    w.close();
    cell_start(w, kTextWidth - left);
    if (l.signers.empty())
      para(w, "", {}, {});
    else
      signer(w, l.signers[0]);
    w.close().close().close();
    return;
  }
  int n = static_cast<int>(l.signers.size()), each = kTextWidth / n;
  table_start(w, std::vector<int>(static_cast<size_t>(n), each));
  w.open("w:tr").open("w:trPr").leaf("w:cantSplit").close();
  for (const auto& s : l.signers) {
    cell_start(w, each);
    signer(w, s);
    w.close();
  }
  w.close().close();
  spacer(w, 240);
  copies(w, l);
}

std::string document_xml(const Letter& l) {
  XmlWriter w;
  w.declaration();
  w.open("w:document", {{"xmlns:w", kW}, {"xmlns:r", kR}}).open("w:body");
  header(w, l);
  title(w, l);
  recipients(w, l);
  body(w, l);
  closing(w, l);
  w.open("w:sectPr");
  w.leaf("w:headerReference", {{"w:type", "default"}, {"r:id", "rIdHeader"}});
  w.leaf("w:headerReference", {{"w:type", "first"}, {"r:id", "rIdFirstHeader"}});
  w.leaf("w:pgSz", {{"w:w", "11906"}, {"w:h", "16838"}});
  w.leaf("w:pgMar", {{"w:top", "1134"},
                     {"w:right", "851"},
                     {"w:bottom", "1134"},
                     {"w:left", "1701"},
                     {"w:header", "567"},
                     {"w:footer", "567"},
                     {"w:gutter", "0"}});
  w.leaf("w:titlePg");
  return w.finish();
}

// The header of pages 2..n: the page number field, centred. The first page's header has no
// number: it holds the boxed DỰ THẢO of a draft (at the right), or nothing.
std::string header_xml(bool numbered, bool draft) {
  XmlWriter w;
  w.declaration();
  w.open("w:hdr", {{"xmlns:w", kW}, {"xmlns:r", kR}});
  if (!numbered) {
    ParaStyle p;
    p.jc = "right";
    if (draft)
      para(w, " DỰ THẢO ", RunStyle{true, false, 26, true}, p);
    else
      para(w, {}, p);
    return w.finish();
  }
  w.open("w:p");
  w.open("w:pPr").leaf("w:jc", {{"w:val", "center"}}).close();
  {
    w.open("w:r").leaf("w:fldChar", {{"w:fldCharType", "begin"}}).close();
    w.open("w:r").open("w:instrText", {{"xml:space", "preserve"}}).text(" PAGE ").close().close();
    w.open("w:r").leaf("w:fldChar", {{"w:fldCharType", "separate"}}).close();
    w.open("w:r").leaf("w:t", {}, "2").close();
    w.open("w:r").leaf("w:fldChar", {{"w:fldCharType", "end"}}).close();
  }
  return w.finish();
}

std::string styles_xml() {
  XmlWriter w;
  w.declaration();
  w.open("w:styles", {{"xmlns:w", kW}});
  w.open("w:docDefaults").open("w:rPrDefault").open("w:rPr");
  w.leaf("w:rFonts",
         {{"w:ascii", kFont}, {"w:hAnsi", kFont}, {"w:cs", kFont}, {"w:eastAsia", kFont}});
  w.leaf("w:sz", {{"w:val", "26"}}).leaf("w:szCs", {{"w:val", "26"}});
  w.leaf("w:lang", {{"w:val", "vi-VN"}});
  w.close().close();
  w.open("w:pPrDefault").open("w:pPr");
  w.leaf("w:spacing", {{"w:after", "0"}, {"w:line", "240"}, {"w:lineRule", "auto"}});
  w.close().close().close();
  w.open("w:style", {{"w:type", "paragraph"}, {"w:default", "1"}, {"w:styleId", "Normal"}});
  w.leaf("w:name", {{"w:val", "Normal"}}).leaf("w:qFormat").close();
  w.open("w:style", {{"w:type", "paragraph"}, {"w:styleId", "Body"}});
  w.leaf("w:name", {{"w:val", "Body Text"}}).leaf("w:basedOn", {{"w:val", "Normal"}});
  w.leaf("w:qFormat");
  w.open("w:pPr");
  w.leaf("w:spacing",
         {{"w:before", "0"}, {"w:after", "120"}, {"w:line", "276"}, {"w:lineRule", "auto"}});
  w.leaf("w:ind", {{"w:firstLine", "720"}});
  w.leaf("w:jc", {{"w:val", "both"}});
  w.close().close();
  w.open("w:style", {{"w:type", "table"}, {"w:default", "1"}, {"w:styleId", "TableNormal"}});
  w.leaf("w:name", {{"w:val", "Normal Table"}}).open("w:tblPr");
  w.leaf("w:tblInd", {{"w:w", "0"}, {"w:type", "dxa"}});
  w.open("w:tblCellMar")
      .leaf("w:top", {{"w:w", "0"}, {"w:type", "dxa"}})
      .leaf("w:left", {{"w:w", "0"}, {"w:type", "dxa"}})
      .leaf("w:bottom", {{"w:w", "0"}, {"w:type", "dxa"}})
      .leaf("w:right", {{"w:w", "0"}, {"w:type", "dxa"}})
      .close();
  return w.finish();
}

std::string settings_xml() {
  XmlWriter w;
  w.declaration();
  w.open("w:settings", {{"xmlns:w", kW}});
  w.leaf("w:zoom", {{"w:percent", "100"}});
  w.leaf("w:defaultTabStop", {{"w:val", "720"}});
  w.leaf("w:characterSpacingControl", {{"w:val", "doNotCompress"}});
  w.open("w:compat")
      .leaf("w:compatSetting", {{"w:name", "compatibilityMode"},
                                {"w:uri", "http://schemas.microsoft.com/office/word"},
                                {"w:val", "15"}});
  return w.finish();
}

// Times New Roman, with Liberation Serif (its metric twin) named as the alternative.
std::string fonts_xml() {
  XmlWriter w;
  w.declaration();
  w.open("w:fonts", {{"xmlns:w", kW}}).open("w:font", {{"w:name", kFont}});
  w.leaf("w:altName", {{"w:val", "Liberation Serif"}});
  w.leaf("w:charset", {{"w:val", "00"}}).leaf("w:family", {{"w:val", "roman"}});
  w.leaf("w:pitch", {{"w:val", "variable"}});
  return w.finish();
}

std::string content_types_xml() {
  XmlWriter w;
  w.declaration();
  w.open("Types", {{"xmlns", "http://schemas.openxmlformats.org/package/2006/content-types"}});
  w.leaf("Default", {{"Extension", "rels"},
                     {"ContentType", "application/vnd.openxmlformats-package.relationships+xml"}});
  w.leaf("Default", {{"Extension", "xml"}, {"ContentType", "application/xml"}});
  const std::string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  auto over = [&](const char* part, const std::string& type) {
    w.leaf("Override", {{"PartName", part}, {"ContentType", type}});
  };
  over("/word/document.xml", wml + "document.main+xml");
  over("/word/styles.xml", wml + "styles+xml");
  over("/word/settings.xml", wml + "settings+xml");
  over("/word/fontTable.xml", wml + "fontTable+xml");
  over("/word/header1.xml", wml + "header+xml");
  over("/word/header2.xml", wml + "header+xml");
  over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
  over("/docProps/app.xml",
       "application/vnd.openxmlformats-officedocument.extended-properties+xml");
  return w.finish();
}

std::string relationships(std::initializer_list<std::pair<const char*, const char*>> rels,
                          const char* id_prefix) {
  XmlWriter w;
  w.declaration();
  w.open("Relationships",
         {{"xmlns", "http://schemas.openxmlformats.org/package/2006/relationships"}});
  for (const auto& [type, target] : rels) {
    std::string t = type;
    std::string id = std::string(id_prefix) + t.substr(t.rfind('/') + 1);
    w.leaf("Relationship", {{"Id", id}, {"Type", type}, {"Target", target}});
  }
  return w.finish();
}

std::string core_xml(const Letter& l) {
  XmlWriter w;
  w.declaration();
  w.open("cp:coreProperties",
         {{"xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
          {"xmlns:dc", "http://purl.org/dc/elements/1.1/"}});
  w.leaf("dc:title", {}, l.type_name.empty() ? subject_line(l) : l.type_name + " " + l.subject);
  w.leaf("dc:creator", {}, l.issuer.name);
  w.leaf("dc:language", {}, "vi-VN");
  return w.finish();
}

std::string app_xml() {
  XmlWriter w;
  w.declaration();
  w.open("Properties",
         {{"xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}});
  w.leaf("Application", {}, "ATGT Học đường");
  return w.finish();
}

}  // namespace

Result<std::string> render_docx(const Letter& l) {
  const char* office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  std::string doc_rel = std::string(office) + "officeDocument";
  std::string core_rel =
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
  std::string app_rel = std::string(office) + "extended-properties";
  std::string styles = std::string(office) + "styles", settings = std::string(office) + "settings";
  std::string fonts = std::string(office) + "fontTable", hdr = std::string(office) + "header";
  std::string doc_rels = relationships({{styles.c_str(), "styles.xml"},
                                        {settings.c_str(), "settings.xml"},
                                        {fonts.c_str(), "fontTable.xml"}},
                                       "rId");
  // The two headers share a type: their ids are written by hand.
  doc_rels.insert(doc_rels.rfind("</Relationships>"),
                  "<Relationship Id=\"rIdHeader\" Type=\"" + hdr +
                      "\" Target=\"header1.xml\"/><Relationship Id=\"rIdFirstHeader\" Type=\"" +
                      hdr + "\" Target=\"header2.xml\"/>");
  ZipParts parts = {
      {"[Content_Types].xml", content_types_xml()},
      {"_rels/.rels", relationships({{doc_rel.c_str(), "word/document.xml"},
                                     {core_rel.c_str(), "docProps/core.xml"},
                                     {app_rel.c_str(), "docProps/app.xml"}},
                                    "rId")},
      {"word/document.xml", document_xml(l)},
      {"word/_rels/document.xml.rels", doc_rels},
      {"word/styles.xml", styles_xml()},
      {"word/settings.xml", settings_xml()},
      {"word/fontTable.xml", fonts_xml()},
      {"word/header1.xml", header_xml(true, false)},
      {"word/header2.xml", header_xml(false, l.draft)},
      {"docProps/core.xml", core_xml(l)},
      {"docProps/app.xml", app_xml()},
  };
  return zip_pack(parts);
}

}  // namespace atgt::render
