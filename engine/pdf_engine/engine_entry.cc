// The PDF engine's table: the one symbol the module exports (engine.map).
#include "layout/layout_document.h"
#include "pdf_engine/pdf_engine.h"
#include "text/font_book.h"
#include "text/hyphenator.h"

namespace folio::pdf_engine {

namespace {

// Loading the fonts (fontconfig, the manifest, FreeType faces) costs more than laying a release
// out, so one FontBook serves every document of the process. Layout is not run concurrently;
// the first call may come from prepare()'s thread, and the other waits for it (static init).
// Like every font book here, never destroyed: it serves until the process ends, and unmapping
// its font files one by one at exit cost ~1 ms.
base::Result<text::FontBook>& default_fonts() {
  static auto* const fonts = new base::Result<text::FontBook>(text::FontBook::load());
  return *fonts;
}

// A long document's second half is laid out on another thread, with fonts of its own
// (layout/paragraphs_ahead.h), loaded there the first time; their lookups are the default
// book's to keep.
text::FontBook* helper_fonts() {
  static auto* const fonts = new base::Result<text::FontBook>(text::FontBook::load());
  return *fonts ? &**fonts : nullptr;
}

base::Result<base::Warned<layout::PagedDocument>> lay_out(const model::Document& document,
                                                          const style::Style& style,
                                                          const layout::ImageSource& images) {
  auto& fonts = default_fonts();
  if (!fonts) return base::Unexpected{fonts.error()};
  auto laid = layout::layout_document(document, style, *fonts, images, helper_fonts);
  fonts->save_lookups();
  return laid;
}

void prepare() { default_fonts(); }

base::Result<std::string> describe_fonts(const std::string& manifest) {
  auto fonts = manifest.empty() ? text::FontBook::load() : text::FontBook::load(manifest);
  if (!fonts) return base::Unexpected{fonts.error()};
  std::string described = fonts->describe_fonts() + "\n" + fonts->hyphenator().describe();
  fonts->save_lookups();
  return described;
}

constexpr Engine kEngine{lay_out, pdf::write_pdf, audit::audit_pdf, audit::pdf_rule_list, describe_fonts, prepare};

}  // namespace

}  // namespace folio::pdf_engine

extern "C" __attribute__((visibility("default"))) const folio::pdf_engine::Engine* folio_pdf_engine() {
  return &folio::pdf_engine::kEngine;
}
