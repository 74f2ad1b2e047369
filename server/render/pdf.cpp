// A letter as a PDF: the Decree 30/2020 blocks placed on a pdf::Canvas.
#include "render/pdf.h"

#include <algorithm>

#include "render/pdf_canvas.h"

namespace atgt::render {

using namespace pdf;

namespace {

constexpr double kBodySize = 13;
constexpr double kParagraphGap = 6;  // after each body block
constexpr double kIndent = 1.27 * 10 * kMm;

Style centred(double size, bool bold = false, bool italic = false) {
  Style s;
  s.size = size;
  s.bold = bold;
  s.italic = italic;
  s.align = PANGO_ALIGN_CENTER;
  return s;
}

// A boxed word (DỰ THẢO, KHẨN) with its top left at (x, top); returns its height.
double boxed(Canvas& c, const std::string& word, double x, double top, bool right_aligned) {
  LayoutPtr l = c.text(word, centred(13, true), 400);
  pango_layout_set_width(l.get(), -1);
  double w = Canvas::ink_width(l.get()) + 12, h = Canvas::height(l.get()) + 4;
  if (right_aligned) x -= w;
  c.box(x, top, w, h);
  c.draw(l.get(), x + 6, top + 2);
  return h;
}

// One agency block centred in [x, x + w); returns its bottom.
double agency(Canvas& c, const Agency& a, double x, double w, double top) {
  if (!a.parent.empty()) {
    LayoutPtr p = c.text(a.parent, centred(12.5), w);
    c.draw(p.get(), x, top);
    top += Canvas::height(p.get());
  }
  LayoutPtr n = c.text(a.name, centred(12.5, true), w);
  c.draw(n.get(), x, top);
  top += Canvas::height(n.get());
  // A short line under the name: a third of its width, centred.
  double lw = Canvas::ink_width(n.get()) / 3;
  c.hline(x + (w - lw) / 2, x + (w + lw) / 2, top + 2);
  return top + 2;
}

// The header: agencies and number on the left, national name, motto and date on the right;
// then the subject (công văn) and the urgency mark on the left. Moves the cursor under it.
void header(Canvas& c, const Letter& l) {
  if (l.draft) boxed(c, "DỰ THẢO", kLeft + kTextWidth, 7 * kMm, true);
  double top = c.y;
  // The national column is at least as wide as the national name; the agencies share the rest.
  LayoutPtr nation = c.text(l.national_name, centred(12.5, true), kTextWidth);
  double right_w = std::max(0.58 * kTextWidth, Canvas::ink_width(nation.get()) + 8);
  double left_w = kTextWidth - right_w, right_x = kLeft + left_w;
  pango_layout_set_width(nation.get(), static_cast<int>(right_w * PANGO_SCALE));

  std::vector<Agency> agencies{l.issuer};
  agencies.insert(agencies.end(), l.co_issuers.begin(), l.co_issuers.end());
  double each = left_w / static_cast<double>(agencies.size()), left_bottom = top;
  for (size_t i = 0; i < agencies.size(); ++i)
    left_bottom = std::max(left_bottom, agency(c, agencies[i], kLeft + each * i, each, top));

  c.draw(nation.get(), right_x, top);
  double ry = top + Canvas::height(nation.get());
  LayoutPtr motto = c.text(l.motto, centred(13.5, true), right_w);
  c.draw(motto.get(), right_x, ry);
  ry += Canvas::height(motto.get());
  double mw = Canvas::ink_width(motto.get());
  c.hline(right_x + (right_w - mw) / 2, right_x + (right_w + mw) / 2, ry + 1);
  ry += 2;

  double row = std::max(left_bottom, ry) + 8;
  LayoutPtr number = c.text(number_line(l), centred(13), left_w);
  c.draw(number.get(), kLeft, row);
  double ly = row + Canvas::height(number.get());
  LayoutPtr date = c.text(date_line(l), centred(13, false, true), right_w);
  c.draw(date.get(), right_x, row);
  ry = row + Canvas::height(date.get());

  if (auto v = subject_line(l); !v.empty()) {
    LayoutPtr s = c.text(v, centred(12.5), left_w);
    c.draw(s.get(), kLeft, ly + 2);
    ly += 2 + Canvas::height(s.get());
  }
  if (l.urgency != Urgency::kNone) {
    LayoutPtr probe = c.text(urgency_text(l.urgency), centred(13, true), left_w);
    pango_layout_set_width(probe.get(), -1);
    double w = Canvas::ink_width(probe.get()) + 12;
    ly += 6 + boxed(c, urgency_text(l.urgency), kLeft + (left_w - w) / 2, ly + 6, false);
  }
  c.y = std::max(ly, ry) + 14;
}

// KẾ HOẠCH / THÔNG BÁO ... centred, the subject under it and a short line.
void title(Canvas& c, const Letter& l) {
  if (l.type_name.empty()) return;
  c.y += 4;
  LayoutPtr t = c.text(l.type_name, centred(14, true), kTextWidth);
  c.draw(t.get(), kLeft, c.y);
  c.y += Canvas::height(t.get());
  if (!l.subject.empty()) {
    LayoutPtr s = c.text(l.subject, centred(14, true), kTextWidth * 0.85);
    c.draw(s.get(), kLeft + kTextWidth * 0.075, c.y);
    c.y += Canvas::height(s.get());
    double w = std::min(Canvas::ink_width(s.get()), kTextWidth * 0.85) / 3;
    c.hline(kLeft + (kTextWidth - w) / 2, kLeft + (kTextWidth + w) / 2, c.y + 2);
    c.y += 2;
  }
  c.y += 14;
}

// Kính gửi: one recipient on the line, several as "- " items aligned after the label.
void recipients(Canvas& c, const Letter& l) {
  if (l.recipients.empty()) return;
  Style s;
  s.size = kBodySize;
  s.line_spacing = 1.15;
  if (l.recipients.size() == 1) {
    LayoutPtr one = c.text("Kính gửi: " + l.recipients[0], centred(kBodySize), kTextWidth);
    c.flow(one.get(), kLeft);
  } else {
    LayoutPtr label = c.text("Kính gửi:", s, kTextWidth);
    pango_layout_set_width(label.get(), -1);
    double lx = kLeft + kTextWidth * 0.16;
    double ix = lx + Canvas::ink_width(label.get()) + 6;
    c.draw(label.get(), lx, c.y);
    for (const auto& r : l.recipients) {
      LayoutPtr it = c.text("- " + r, s, kLeft + kTextWidth - ix);
      c.flow(it.get(), ix);
    }
  }
  c.y += 10;
}

void body(Canvas& c, const Letter& l) {
  for (const auto& b : l.body) {
    Style s;
    s.size = kBodySize;
    s.justify = b.kind != Block::Kind::kHeading;
    s.indent = kIndent;
    s.line_spacing = 1.15;
    s.bold = b.kind == Block::Kind::kHeading;
    std::vector<Run> runs;
    if (!b.label.empty()) runs.push_back({b.label + " "});
    runs.insert(runs.end(), b.runs.begin(), b.runs.end());
    LayoutPtr p = c.layout(runs, s, kTextWidth);
    // A heading is kept with two lines of what follows.
    if (b.kind == Block::Kind::kHeading && c.room() < Canvas::height(p.get()) + 2 * 17)
      c.new_page();
    c.flow(p.get(), kLeft);
    c.y += kParagraphGap;
  }
}

// One signing block centred in [x, x + w) from `top`; returns its bottom. Draws only if `draw`.
double signer(Canvas& c, const Signer& s, double x, double w, double top, bool draw) {
  double y = top;
  auto line = [&](const std::string& text, const Style& st) {
    if (text.empty()) return;
    LayoutPtr l = c.text(text, st, w);
    if (draw) c.draw(l.get(), x, y);
    y += Canvas::height(l.get());
  };
  line(s.authority, centred(13, true));
  line(s.title, centred(13, true));
  if (s.note.empty()) {
    y += 72;  // room for the signature and the seal
  } else {
    y += 24;
    line(s.note, centred(13, false, true));
    y += 24;
  }
  line(s.name, centred(13, true));
  return y;
}

// Nơi nhận in [x, x + w) from `top`; returns its bottom.
double copies(Canvas& c, const Letter& l, double x, double w, double top, bool draw) {
  if (l.copies_to.empty()) return top;
  double y = top;
  Style label;
  label.size = 12;
  label.bold = label.italic = true;
  LayoutPtr t = c.text("Nơi nhận:", label, w);
  if (draw) c.draw(t.get(), x, y);
  y += Canvas::height(t.get());
  Style item;
  item.size = 11;
  for (const auto& s : l.copies_to) {
    LayoutPtr i = c.text("- " + s, item, w);
    if (draw) c.draw(i.get(), x, y);
    y += Canvas::height(i.get());
  }
  return y;
}

// Signing block(s) and Nơi nhận, kept together on one page.
void closing(Canvas& c, const Letter& l) {
  c.y += 6;
  auto place = [&](double top, bool draw) {
    if (l.signers.size() <= 1) {
      double lw = kTextWidth * 0.42;
      double sb =
          l.signers.empty() ? top : signer(c, l.signers[0], kLeft + lw, kTextWidth - lw, top, draw);
      return std::max(sb, copies(c, l, kLeft, lw, top, draw));
    }
    double each = kTextWidth / static_cast<double>(l.signers.size()), bottom = top;
    for (size_t i = 0; i < l.signers.size(); ++i)
      bottom = std::max(bottom, signer(c, l.signers[i], kLeft + each * i, each, top, draw));
    return copies(c, l, kLeft, kTextWidth * 0.42, bottom + 12, draw);
  };
  double h = place(c.y, false) - c.y;
  if (c.room() < h) c.new_page();
  c.y = place(c.y, true);
}

}  // namespace

Result<std::string> render_pdf(const Letter& l) {
  std::string out;
  {
    Canvas c(&out);
    ATGT_TRY(c.check_font());
    c.set_title(l.type_name.empty() ? subject_line(l) : l.type_name + " " + l.subject);
    header(c, l);
    title(c, l);
    recipients(c, l);
    body(c, l);
    closing(c, l);
    ATGT_TRY(c.finish());
  }
  return out;
}

}  // namespace atgt::render
