// Small documents written for the layout tests (project wording), built in C++.
#pragma once

#include <string>

#include "model/document.h"
#include "style/style.h"
#include "text/font_book.h"

namespace folio::layout::fixtures {

/// The project's fonts (fonts/fonts.toml), loaded once.
text::FontBook& book();

/// 10 pt text on 13 pt lines, no space between paragraphs, on a page `width` wide and 288 high
/// (16 lines); `more` adds TOML sections (a footer), none by default.
style::Style small_page(int width = 300, const std::string& more = {});

/// A document with metadata set and ids assigned once `finish` is called.
struct Builder {
  model::Document doc;
  explicit Builder(std::string lang = "en", std::string title = "Layout test");
  Builder& heading(int level, std::string text);
  Builder& para(std::string text, std::string lang = {});
  Builder& para(model::Inlines inlines, std::string lang = {});
  Builder& block(model::Block block);
  model::Document finish();
};

model::Inline text(std::string t);
model::Inline emphasis(std::string t);
model::Inline strong(std::string t);
model::Inline link(std::string href, std::string t);
model::Inline span(std::string lang, std::string t);
model::Inline struck(std::string t);
model::Inline note_ref(std::string note, std::string label);
/// An inline image of the fixture file `file` (tests/fixtures/…), with `alt` ("" decorative).
model::Inline image(const std::string& file, std::string alt);

}  // namespace folio::layout::fixtures
