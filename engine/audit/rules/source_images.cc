#include "audit/rules/source_rules.h"

namespace folio::audit::source {

namespace {
void walk_images(const model::Inlines& inlines, const std::function<void(const model::Inline&, const model::Image&)>& fn) {
  for (const model::Inline& inl : inlines) {
    if (const auto* image = std::get_if<model::Image>(&inl.node)) fn(inl, *image);
    if (const model::Inlines* kids = model::children_of(inl)) walk_images(*kids, fn);
  }
}
}  // namespace

void for_each_image(const model::Document& doc, const std::function<void(const base::Span&, const model::Image&)>& fn) {
  model::for_each_block(doc.blocks, [&](const model::Block& block) {
    if (const auto* figure = std::get_if<model::Figure>(&block.node)) fn(block.info.span, figure->image);
    if (const model::Inlines* inlines = model::inline_content(block)) {
      walk_images(*inlines, [&](const model::Inline& inl, const model::Image& image) { fn(inl.info.span, image); });
    }
  });
}

}  // namespace folio::audit::source
