#include "audit/rules/source_rules.h"

namespace folio::audit::source {

namespace {
void check(const model::Document& doc, const Emit& emit);
}  // namespace

constexpr SourceRule kSourceImageAlt{{"source.image-alt", RuleFormat::source, Severity::error, "WCAG 2.2 1.1.1", "", "1.1.1",
                         "Every image has alternative text (an empty alt only for decoration).",
                         "Describe each image in its alt text."},
                        check};

namespace {
void walk_images(const model::Inlines& inlines, const std::function<void(const model::Inline&, const model::Image&)>& fn) {
  for (const model::Inline& inl : inlines) {
    if (const auto* image = std::get_if<model::Image>(&inl.node)) fn(inl, *image);
    if (const model::Inlines* kids = model::children_of(inl)) walk_images(*kids, fn);
  }
}

void for_each_image(const model::Document& doc, const std::function<void(const base::Span&, const model::Image&)>& fn) {
  model::for_each_block(doc.blocks, [&](const model::Block& block) {
    if (const auto* figure = std::get_if<model::Figure>(&block.node)) fn(block.info.span, figure->image);
    if (const model::Inlines* inlines = model::inline_content(block)) {
      walk_images(*inlines, [&](const model::Inline& inl, const model::Image& image) { fn(inl.info.span, image); });
    }
  });
}

void check(const model::Document& doc, const Emit& emit) {
  const Rule& rule = kSourceImageAlt.rule;
  for_each_image(doc, [&](const base::Span& span, const model::Image& image) {
    if (!image.alt) emit(rule, span, "image " + image.src + " has no alternative text");
  });
}
}  // namespace

}  // namespace folio::audit::source
