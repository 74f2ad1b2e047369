// A letter (letter.h) as a PDF in the Decree 30/2020 layout: A4, margins 20/20/30/15 mm (top,
// bottom, left, right), Liberation Serif (metric twin of Times New Roman) embedded, body 13 pt
// justified with a 1.27 cm first-line indent, page numbers from page 2 at the top centre.
//
// Threading: render_pdf may run on several threads at once. Each call has its own Cairo surface
// and Pango context; fonts come from Pango's default font map, which is per thread (Pango >=
// 1.32.6), so no font cache is shared between threads. The first call on a thread loads the
// fonts (tens of ms); later calls on that thread are warm.
#pragma once

#include <string>

#include "base/status.h"
#include "render/letter.h"

namespace atgt::render {

// The PDF bytes. kUnavailable when Liberation Serif is not installed (fonts-liberation2: the
// renderer never falls back to another font); kInternal when Cairo fails.
Result<std::string> render_pdf(const Letter& letter);

}  // namespace atgt::render
