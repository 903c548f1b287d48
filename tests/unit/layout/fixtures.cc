#include "fixtures.h"

#include <stdexcept>

#include "support/paths.h"

namespace folio::layout::fixtures {

text::FontBook& book() {
  static text::FontBook fonts = std::move(text::FontBook::load(test::source_dir() / "fonts" / "fonts.toml")).value();
  return fonts;
}

style::Style small_page(int width, const std::string& more) {
  auto s = style::parse_style("[page]\nwidth = " + std::to_string(width) + R"(
height = 288
margins = { top = 40, right = 36, bottom = 40, left = 36 }
[text]
size = 10
leading = 1.3
paragraph_spacing = 0
)" + more,
                              "small-page.toml");
  if (!s) throw std::runtime_error(s.error().front().message);
  return *s;
}

Builder::Builder(std::string lang, std::string title) {
  doc.metadata.language = std::move(lang);
  doc.metadata.title = std::move(title);
  doc.metadata.organization = "Folio Test Office";
  doc.metadata.date = "2024-05-02";
}

Builder& Builder::heading(int level, std::string t) {
  model::Block b;
  b.node = model::Heading{level, {text(std::move(t))}};
  doc.blocks.push_back(std::move(b));
  return *this;
}

Builder& Builder::para(std::string t, std::string lang) { return para(model::Inlines{text(std::move(t))}, std::move(lang)); }

Builder& Builder::para(model::Inlines inlines, std::string lang) {
  model::Block b;
  b.info.lang = std::move(lang);
  b.node = model::Paragraph{std::move(inlines)};
  doc.blocks.push_back(std::move(b));
  return *this;
}

Builder& Builder::block(model::Block b) {
  doc.blocks.push_back(std::move(b));
  return *this;
}

model::Document Builder::finish() {
  model::assign_ids(doc);
  return doc;
}

model::Inline text(std::string t) { return model::make_text(std::move(t)); }

model::Inline emphasis(std::string t) {
  model::Inline i;
  i.node = model::Emphasis{{text(std::move(t))}};
  return i;
}

model::Inline strong(std::string t) {
  model::Inline i;
  i.node = model::Strong{{text(std::move(t))}};
  return i;
}

model::Inline link(std::string href, std::string t) {
  model::Inline i;
  i.node = model::Link{std::move(href), {text(std::move(t))}};
  return i;
}

model::Inline span(std::string lang, std::string t) {
  model::Inline i;
  i.info.lang = std::move(lang);
  i.node = model::Span{{text(std::move(t))}};
  return i;
}

model::Inline struck(std::string t) {
  model::Inline i;
  i.node = model::Strikethrough{{text(std::move(t))}};
  return i;
}

model::Inline note_ref(std::string note, std::string label) {
  model::Inline i;
  i.node = model::NoteRef{std::move(note), std::move(label)};
  return i;
}

model::Inline image(const std::string& file, std::string alt) {
  model::Inline i;
  i.node = model::Image{test::fixture(file).string(), std::move(alt)};
  return i;
}

}  // namespace folio::layout::fixtures
