#include "model/image_text.h"

namespace folio::model {

std::string image_stand_in(const Image& image) {
  if (!image.alt) {
    return "[" + (image.missing_alt_label.empty() ? std::string("Image without description") : image.missing_alt_label) +
           "]";
  }
  if (image.alt->empty()) return "";
  return "[" + *image.alt + "]";
}

std::string missing_alt_language(const Image& image) {
  return image.missing_alt_label.empty() ? "en" : image.missing_alt_lang;
}

}  // namespace folio::model
