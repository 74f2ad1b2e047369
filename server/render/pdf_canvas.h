// Internal to the PDF renderer: Pango text layouts and a paginating canvas on a Cairo PDF
// surface. Units are PostScript points; y grows downwards from the top of the page.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "render/letter.h"

namespace atgt::render::pdf {

inline constexpr double kMm = 72.0 / 25.4;
inline constexpr double kPageWidth = 210 * kMm;
inline constexpr double kPageHeight = 297 * kMm;
inline constexpr double kTop = 20 * kMm;
inline constexpr double kBottom = 20 * kMm;
inline constexpr double kLeft = 30 * kMm;
inline constexpr double kRight = 15 * kMm;
inline constexpr double kTextWidth = kPageWidth - kLeft - kRight;
inline constexpr const char* kFamily = "Liberation Serif";

struct GUnref {
  void operator()(void* p) const { g_object_unref(p); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GUnref>;

struct Style {
  double size = 13;
  bool bold = false;
  bool italic = false;
  PangoAlignment align = PANGO_ALIGN_LEFT;
  bool justify = false;
  double indent = 0;          // first line (points)
  double line_spacing = 1.0;  // factor of the font's line height
};

// A document being drawn: one Cairo PDF surface written into `out`, one Pango context at 72 dpi.
class Canvas {
 public:
  explicit Canvas(std::string* out);
  ~Canvas();
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;

  // kUnavailable when the family resolves to another font.
  Status check_font();
  // Finishes the surface; kInternal on a Cairo error.
  Status finish();
  void set_title(const std::string& title);

  LayoutPtr layout(const std::vector<Run>& runs, const Style& style, double width);
  LayoutPtr text(const std::string& s, const Style& style, double width);
  static double height(PangoLayout* l);
  static double ink_width(PangoLayout* l);  // width of the widest line's text

  // Draws the whole layout with its top left at (x, y) on the current page.
  void draw(PangoLayout* l, double x, double y);
  // Draws at the cursor, breaking between lines at the bottom margin; moves the cursor.
  void flow(PangoLayout* l, double x);
  void hline(double x0, double x1, double y, double width = 0.6);
  void box(double x, double y, double w, double h, double width = 0.8);

  double y = kTop;  // the cursor
  int page = 1;
  double room() const { return kPageHeight - kBottom - y; }
  void new_page();

 private:
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  PangoContext* ctx_ = nullptr;
};

}  // namespace atgt::render::pdf
