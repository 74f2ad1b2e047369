// Render benchmark (bench/run.sh section "render"): the seed letter to PDF and to DOCX (warm,
// percentiles of N runs), a bare Pango/Cairo loop drawing the same text on a PDF surface in the
// same process (the reference), a 50-page document to PDF and a 100,000-row XLSX export.
// Usage: atgt_bench_render [runs]   (default 60). Prints a Markdown table.
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "render/docx.h"
#include "render/pdf.h"
#include "render/sample_letters.h"
#include "render/xlsx.h"

using namespace atgt::render;
using Clock = std::chrono::steady_clock;

namespace {

struct Stats {
  double p50 = 0, p95 = 0, max = 0;
  size_t bytes = 0;
};

Stats measure(int runs, int warm, const std::function<size_t()>& fn) {
  for (int i = 0; i < warm; ++i) fn();
  std::vector<double> ms;
  size_t bytes = 0;
  for (int i = 0; i < runs; ++i) {
    auto t0 = Clock::now();
    bytes = fn();
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  auto at = [&](double p) {
    return ms[std::min(ms.size() - 1, static_cast<size_t>(p * ms.size()))];
  };
  return {at(0.5), at(0.95), ms.back(), bytes};
}

cairo_status_t sink(void* closure, const unsigned char*, unsigned int n) {
  *static_cast<size_t*>(closure) += n;
  return CAIRO_STATUS_SUCCESS;
}

// The letter's text as one justified 13 pt layout on one A4 PDF page: no blocks, no header.
size_t bare_pango(const std::string& text) {
  size_t n = 0;
  cairo_surface_t* s = cairo_pdf_surface_create_for_stream(sink, &n, 595.276, 841.89);
  cairo_t* cr = cairo_create(s);
  PangoContext* ctx = pango_font_map_create_context(pango_cairo_font_map_get_default());
  pango_cairo_context_set_resolution(ctx, 72);
  pango_cairo_update_context(cr, ctx);
  PangoLayout* l = pango_layout_new(ctx);
  PangoFontDescription* d = pango_font_description_from_string("Liberation Serif 13");
  pango_layout_set_font_description(l, d);
  pango_font_description_free(d);
  pango_layout_set_width(l, 468 * PANGO_SCALE);
  pango_layout_set_justify(l, TRUE);
  pango_layout_set_text(l, text.data(), static_cast<int>(text.size()));
  cairo_move_to(cr, 85, 57);
  pango_cairo_show_layout(cr, l);
  g_object_unref(l);
  g_object_unref(ctx);
  cairo_destroy(cr);
  cairo_surface_finish(s);
  cairo_surface_destroy(s);
  return n;
}

std::string letter_text(const Letter& l) {
  std::string t = l.national_name + "\n" + l.motto + "\n" + l.issuer.parent + "\n" + l.issuer.name +
                  "\n" + number_line(l) + "\n" + date_line(l) + "\n" + subject_line(l) + "\n";
  for (const auto& r : l.recipients) t += r + "\n";
  for (const auto& b : l.body) {
    t += b.label;
    for (const auto& r : b.runs) t += r.text;
    t += "\n";
  }
  for (const auto& s : l.signers) t += s.authority + "\n" + s.title + "\n" + s.name + "\n";
  for (const auto& c : l.copies_to) t += c + "\n";
  return t;
}

void row(const char* what, const Stats& s, int runs) {
  std::printf("| %s | %d | %.2f | %.2f | %.2f | %zu |\n", what, runs, s.p50, s.p95, s.max, s.bytes);
}

}  // namespace

int main(int argc, char** argv) {
  int runs = argc > 1 ? std::max(20, std::atoi(argv[1])) : 60;
  Letter seed = seed_letter(false);
  Letter long50 = long_letter(50);
  auto first = Clock::now();
  auto cold = render_pdf(seed);
  double cold_ms = std::chrono::duration<double, std::milli>(Clock::now() - first).count();
  if (!cold.ok()) {
    std::fprintf(stderr, "render_pdf failed: %s\n", cold.status().message().c_str());
    return 1;
  }
  std::string text = letter_text(seed);
  Stats pdf = measure(runs, 5, [&] { return render_pdf(seed)->size(); });
  Stats bare = measure(runs, 5, [&] { return bare_pango(text); });
  Stats docx = measure(runs, 5, [&] { return render_docx(seed)->size(); });
  Stats pages = measure(5, 1, [&] { return render_pdf(long50)->size(); });
  Sheet sheet;
  sheet.header = {"Mã", "Họ và tên", "Số lần", "Ngày"};
  for (int i = 0; i < 100000; ++i)
    sheet.rows.push_back({std::string("HS") + std::to_string(i), std::string("Nguyễn Văn An"),
                          static_cast<double>(i % 7), CellDate{2024, 1 + i % 12, 1 + i % 28}});
  Stats xlsx = measure(3, 0, [&] { return render_xlsx(sheet)->size(); });

  std::printf("First render on the thread (fonts loaded): %.1f ms.\n\n", cold_ms);
  std::printf("| what | runs | p50 ms | p95 ms | max ms | bytes |\n|---|---|---|---|---|---|\n");
  row("seed letter → PDF (render_pdf)", pdf, runs);
  row("reference: bare Pango/Cairo, same text, one layout, one page", bare, runs);
  row("seed letter → DOCX (render_docx)", docx, runs);
  row("50-page KẾ HOẠCH → PDF", pages, 5);
  row("100,000 rows × 4 columns → XLSX (constant_memory)", xlsx, 3);
  std::printf("\nRatio render_pdf / bare Pango p95: %.2f×.\n", pdf.p95 / bare.p95);
  return 0;
}
