#include "model/image_text.h"

namespace folio::model {

std::string image_stand_in(const Image& image) {
  if (!image.alt) return "[Image without description]";
  if (image.alt->empty()) return "";
  return "[" + *image.alt + "]";
}

}  // namespace folio::model
