// The paginating Cairo/Pango canvas of pdf_canvas.h.
#include "render/pdf_canvas.h"

#include <cairo-pdf.h>

#include <cstring>

namespace atgt::render::pdf {

namespace {

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

PangoFontDescription* font(const Style& s) {
  PangoFontDescription* d = pango_font_description_new();
  pango_font_description_set_family_static(d, kFamily);
  pango_font_description_set_size(d, static_cast<int>(s.size * PANGO_SCALE));
  return d;
}

}  // namespace

Canvas::Canvas(std::string* out) {
  surface_ = cairo_pdf_surface_create_for_stream(append, out, kPageWidth, kPageHeight);
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "ATGT Học đường");
  cr_ = cairo_create(surface_);
  // The default font map is per thread (see pdf.h); the context is this call's own.
  ctx_ = pango_font_map_create_context(pango_cairo_font_map_get_default());
  // 72 dpi: one Pango point is one PDF point (the default 96 dpi would make 13 pt 17.3 pt).
  pango_cairo_context_set_resolution(ctx_, 72);
  cairo_font_options_t* fo = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(ctx_, fo);
  cairo_font_options_destroy(fo);
  pango_context_set_round_glyph_positions(ctx_, FALSE);
  pango_context_set_language(ctx_, pango_language_from_string("vi"));
  pango_cairo_update_context(cr_, ctx_);
  cairo_set_source_rgb(cr_, 0, 0, 0);
}

Canvas::~Canvas() {
  if (ctx_) g_object_unref(ctx_);
  if (cr_) cairo_destroy(cr_);
  if (surface_) cairo_surface_destroy(surface_);
}

Status Canvas::check_font() {
  Style s;
  PangoFontDescription* d = font(s);
  PangoFont* f = pango_context_load_font(ctx_, d);
  pango_font_description_free(d);
  if (!f) return Unavailable(std::string("font not found: ") + kFamily);
  PangoFontDescription* got = pango_font_describe(f);
  const char* family = pango_font_description_get_family(got);
  bool same = family && std::strcmp(family, kFamily) == 0;
  std::string name = family ? family : "";
  pango_font_description_free(got);
  g_object_unref(f);
  if (!same) return Unavailable(std::string(kFamily) + " is not installed (got " + name + ")");
  return Status::Ok();
}

void Canvas::set_title(const std::string& title) {
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, title.c_str());
}

Status Canvas::finish() {
  cairo_destroy(cr_);
  cr_ = nullptr;
  cairo_surface_finish(surface_);
  cairo_status_t st = cairo_surface_status(surface_);
  if (st != CAIRO_STATUS_SUCCESS)
    return Internal(std::string("cairo: ") + cairo_status_to_string(st));
  return Status::Ok();
}

LayoutPtr Canvas::layout(const std::vector<Run>& runs, const Style& s, double width) {
  LayoutPtr l(pango_layout_new(ctx_));
  PangoFontDescription* d = font(s);
  pango_layout_set_font_description(l.get(), d);
  pango_font_description_free(d);
  pango_layout_set_width(l.get(), static_cast<int>(width * PANGO_SCALE));
  pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment(l.get(), s.align);
  pango_layout_set_justify(l.get(), s.justify);
  pango_layout_set_indent(l.get(), static_cast<int>(s.indent * PANGO_SCALE));
  if (s.line_spacing != 1.0)
    pango_layout_set_line_spacing(l.get(), static_cast<float>(s.line_spacing));
  std::string all;
  PangoAttrList* attrs = pango_attr_list_new();
  auto add = [&](PangoAttribute* a, size_t from, size_t to) {
    a->start_index = static_cast<guint>(from);
    a->end_index = static_cast<guint>(to);
    pango_attr_list_insert(attrs, a);
  };
  for (const auto& r : runs) {
    size_t from = all.size();
    all += r.text;
    if (r.bold || s.bold) add(pango_attr_weight_new(PANGO_WEIGHT_BOLD), from, all.size());
    if (r.italic || s.italic) add(pango_attr_style_new(PANGO_STYLE_ITALIC), from, all.size());
  }
  pango_layout_set_text(l.get(), all.data(), static_cast<int>(all.size()));
  pango_layout_set_attributes(l.get(), attrs);
  pango_attr_list_unref(attrs);
  return l;
}

LayoutPtr Canvas::text(const std::string& s, const Style& style, double width) {
  return layout({Run{s}}, style, width);
}

double Canvas::height(PangoLayout* l) {
  PangoRectangle logical;
  pango_layout_get_extents(l, nullptr, &logical);
  return static_cast<double>(logical.height) / PANGO_SCALE;
}

double Canvas::ink_width(PangoLayout* l) {
  PangoRectangle logical;
  pango_layout_get_pixel_extents(l, nullptr, &logical);
  int w = 0;
  for (GSList* it = pango_layout_get_lines_readonly(l); it; it = it->next) {
    PangoRectangle r;
    pango_layout_line_get_extents(static_cast<PangoLayoutLine*>(it->data), nullptr, &r);
    if (r.width > w) w = r.width;
  }
  return static_cast<double>(w) / PANGO_SCALE;
}

void Canvas::draw(PangoLayout* l, double x, double top) {
  cairo_move_to(cr_, x, top);
  pango_cairo_show_layout(cr_, l);
}

void Canvas::flow(PangoLayout* l, double x) {
  PangoLayoutIter* it = pango_layout_get_iter(l);
  double offset = 0;  // layout y drawn at the top of the current page
  double origin = y;  // page y of layout y = offset
  do {
    PangoRectangle r;
    pango_layout_iter_get_line_extents(it, nullptr, &r);
    double top = static_cast<double>(r.y) / PANGO_SCALE;
    double bottom = top + static_cast<double>(r.height) / PANGO_SCALE;
    // Break before a line that does not fit, unless it already starts a page.
    bool page_top = top <= offset && origin <= kTop + 0.01;
    if (origin + bottom - offset > kPageHeight - kBottom && !page_top) {
      new_page();
      offset = top;
      origin = y;
    }
    double baseline = static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE;
    cairo_move_to(cr_, x + static_cast<double>(r.x) / PANGO_SCALE, origin + baseline - offset);
    pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(it));
  } while (pango_layout_iter_next_line(it));
  pango_layout_iter_free(it);
  y = origin + height(l) - offset;
}

void Canvas::hline(double x0, double x1, double at, double width) {
  cairo_set_line_width(cr_, width);
  cairo_move_to(cr_, x0, at);
  cairo_line_to(cr_, x1, at);
  cairo_stroke(cr_);
}

void Canvas::box(double x, double top, double w, double h, double width) {
  cairo_set_line_width(cr_, width);
  cairo_rectangle(cr_, x, top, w, h);
  cairo_stroke(cr_);
}

void Canvas::new_page() {
  cairo_show_page(cr_);
  ++page;
  y = kTop;
  // Decree 30: page numbers from page 2, centred in the top margin.
  Style s;
  LayoutPtr n = text(std::to_string(page), s, kTextWidth);
  pango_layout_set_alignment(n.get(), PANGO_ALIGN_CENTER);
  draw(n.get(), kLeft, 10 * kMm);
}

}  // namespace atgt::render::pdf
