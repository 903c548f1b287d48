#include "transform/image_labels.h"

#include "model/inline.h"
#include "transform/text_edit.h"
#include "transform/wording.h"

namespace folio::transform {
namespace {

void label(model::Image& image, const std::string& lang, int& count) {
  if (image.alt) return;
  image.missing_alt_label = missing_alt_label(lang);
  image.missing_alt_lang = image.missing_alt_label.empty() ? "" : lang;
  ++count;
}

void label_inlines(model::Inlines& inlines, const std::string& lang, int& count) {
  for (auto& inl : inlines) {
    const std::string& here = inl.info.lang.empty() ? lang : inl.info.lang;
    if (auto* image = std::get_if<model::Image>(&inl.node)) label(*image, here, count);
    if (auto* kids = model::children_of(inl)) label_inlines(*kids, here, count);
  }
}

}  // namespace

std::string missing_alt_label(const std::string& lang) { return wording(Phrase::image_without_description, lang); }

int label_undescribed_images(model::Document& document) {
  int count = 0;
  for_each_inline_list(document, [&](model::Inlines& inlines, const std::string& lang, model::Block& block) {
    label_inlines(inlines, lang, count);
    if (auto* figure = std::get_if<model::Figure>(&block.node); figure && &inlines == &figure->caption) {
      label(figure->image, lang, count);
    }
  });
  return count;
}

}  // namespace folio::transform
